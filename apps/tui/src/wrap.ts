import wrapAnsi from 'wrap-ansi';

const NBSP = '\u00a0';
// A number and the unit after it ("280 km", "7.4 kW", "83 %", "2 h 05 min"): one word for wrapping, so a
// narrow window never leaves a unit alone at the start of the next line. Not the "100 km" inside a unit
// ("19.0 kWh/100 km" may break there rather than be one word too long for a narrow column).
const NUMBER_UNIT =
  /(?<!\/\d*)(\d) (?=(?:km\/h|kWh|kW|km|mi\/kWh|mph|mi|min|h|%|°C|°F|kg|mm|L|s|Nm|PS|lb-ft|V|A|g\/km|K)(?![\p{L}\d]))/gu;

/**
 * Text wrapped to `width` columns (ANSI colours kept): words whole where they fit, a word longer than the
 * line (an address) broken, and a number never parted from its unit.
 */
export function wrapText(text: string, width: number, opts: { trim?: boolean } = {}): string[] {
  const kept = text.replace(NUMBER_UNIT, `$1${NBSP}`);
  return wrapAnsi(kept, Math.max(1, width), { hard: true, trim: opts.trim ?? true })
    .split('\n')
    .map((line) => line.replaceAll(NBSP, ' '));
}
