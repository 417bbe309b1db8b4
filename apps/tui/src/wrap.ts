import { keepUnits } from '@mini-ev/core';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

const NBSP = '\u00a0';

/**
 * Text wrapped to `width` columns (ANSI colours kept): words whole where they fit, a word longer than the
 * line (an address) broken, and a number never parted from its unit while the two fit on a line.
 */
export function wrapText(text: string, width: number, opts: { trim?: boolean } = {}): string[] {
  const w = Math.max(1, width);
  // A joined pair wider than the line (a quoted '"34.500 Euro"' in a narrow column) would only be cut
  // somewhere worse: it stays two words.
  const kept = keepUnits(text)
    .split(' ')
    .map((word) => (stringWidth(word) > w ? word.replaceAll(NBSP, ' ') : word))
    .join(' ');
  return wrapAnsi(kept, w, { hard: true, trim: opts.trim ?? true })
    .split('\n')
    .map((line) => line.replaceAll(NBSP, ' '));
}
