import { dataSet, type FormatOptions, type MarketPriceLine, marketPriceLines } from '@mini-ev/core';
import { bold, dim, hanging, type Output } from '../output.js';

/** One market's price as a line in core's words: the value stands out, its date, source and any dispute dimmed. */
function priceLine(l: MarketPriceLine, labelWidth: number): string {
  const label = `  ${l.label.padEnd(labelWidth)} `;
  if (l.value === undefined) return hanging(label, dim(l.said));
  return hanging(label, `${l.value}${dim(l.said.slice(l.value.length))}`);
}

/** The markets a cost can be priced in: currency and each dated, sourced price, in core's words. */
export function marketsCommand(fmt: FormatOptions): Output {
  const text = dataSet.markets
    .map((m) => {
      const lines = marketPriceLines(m, fmt);
      const width = Math.max(...lines.map((l) => l.label.length));
      return [
        `${bold(m.id)}  ${m.name} · ${m.currency}${m.gallon ? ` · ${m.gallon.toUpperCase()} gallons` : ''}`,
        ...lines.map((l) => priceLine(l, width)),
        ...m.unknown.map((u) => `  ${dim(u)}`),
      ].join('\n');
    })
    .join('\n\n');
  return { json: dataSet.markets, text };
}
