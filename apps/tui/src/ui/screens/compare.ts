import { compareRows, type FormatOptions, getVehicle } from '@mini-ev/core';
import type { Row } from '../rows.js';

/** Two to four cars side by side; rows that differ in bold. */
export function compareScreenRows(ids: string[], fmt: FormatOptions): Row[] {
  const vs = ids.map(getVehicle);
  const rows: Row[] = [{ text: `${''.padEnd(24)} ${vs.map((v) => v.id.padEnd(20)).join(' ')}`, bold: true }];
  for (const r of compareRows(vs, fmt)) {
    rows.push({
      text: `${r.label.padEnd(24)} ${r.values.map((x) => x.padEnd(20)).join(' ')}`,
      bold: r.differs,
      color: r.differs ? undefined : 'gray',
    });
  }
  return rows;
}
