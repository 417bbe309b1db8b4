import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

const NBSP = '\u00a0';
// A number and the short word after it ("280 km", "7.4 kW", "83 %", "2 h 05 min", "mi/kWh"): one word for
// wrapping, so a narrow window never leaves a unit alone at the start of the next line. Taken from the text's
// shape rather than a list of units, so a unit core adds is kept too (a short ordinary word, "26 of", only
// wraps with its number). Not the "100 km" inside a unit ("19.0 kWh/100 km" may break there rather than be
// one word too long for a narrow column).
const NUMBER_UNIT = /(?<!\/\d*)(\d) (?=[^\s\d(][^\s]{0,7}(?:\s|$))/gu;

/**
 * Text wrapped to `width` columns (ANSI colours kept): words whole where they fit, a word longer than the
 * line (an address) broken, and a number never parted from its unit while the two fit on a line.
 */
export function wrapText(text: string, width: number, opts: { trim?: boolean } = {}): string[] {
  const w = Math.max(1, width);
  // A joined pair wider than the line (a quoted '"34.500 Euro"' in a narrow column) would only be cut
  // somewhere worse: it stays two words.
  const kept = text
    .replace(NUMBER_UNIT, `$1${NBSP}`)
    .split(' ')
    .map((word) => (stringWidth(word) > w ? word.replaceAll(NBSP, ' ') : word))
    .join(' ');
  return wrapAnsi(kept, w, { hard: true, trim: opts.trim ?? true })
    .split('\n')
    .map((line) => line.replaceAll(NBSP, ' '));
}
