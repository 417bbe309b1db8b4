import {
  dataSet,
  type Figure,
  type FormatOptions,
  formatFigureValue,
  getSource,
  type Market,
  marketFormat,
} from '@mini-ev/core';
import { bold, dim, type Output } from '../output.js';

const PRICES = [
  ['home electricity', (m: Market) => m.prices.homeElectricity],
  ['public fast charging', (m: Market) => m.prices.publicFastCharging],
  ['petrol', (m: Market) => m.prices.petrol],
  ['diesel', (m: Market) => m.prices.diesel],
  ['grid CO2', (m: Market) => m.gridGCO2PerKWh],
] as const;

/** One market's price as a line: value in the reader's units, its date, its source. */
function priceLine(label: string, f: Figure | undefined, m: Market, fmt: FormatOptions): string {
  if (!f) return `  ${label.padEnd(21)} ${dim('not sourced')}`;
  const value = formatFigureValue(f, marketFormat(m, fmt));
  return `  ${label.padEnd(21)} ${value}  ${dim(`${f.asOf ?? 'undated'} · ${getSource(f.sourceId).publisher}`)}`;
}

/** The markets a cost can be priced in: currency and each dated, sourced price. */
export function marketsCommand(fmt: FormatOptions): Output {
  const text = dataSet.markets
    .map((m) =>
      [
        `${bold(m.id)}  ${m.name} · ${m.currency}${m.gallon ? ` · ${m.gallon.toUpperCase()} gallons` : ''}`,
        ...PRICES.map(([label, pick]) => priceLine(label, pick(m), m, fmt)),
        ...m.unknown.map((u) => `  ${dim(u)}`),
      ].join('\n'),
    )
    .join('\n\n');
  return { json: dataSet.markets, text };
}
