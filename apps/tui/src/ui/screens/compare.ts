import {
  answerRows,
  COMPARE_SECTIONS,
  compareAnswers,
  compareRows,
  type FormatOptions,
  getVehicle,
} from '@mini-ev/core';
import stringWidth from 'string-width';
import { wrapText } from '../../wrap.js';
import { heading, type Row } from '../rows.js';

const GAP = 2;

/**
 * Two to four cars side by side: first core's computed answers (the best of each row marked `*`), then the
 * published figures, differing rows in bold. Columns are sized to their content; when the cars
 * do not fit the width, as many as fit are shown from `page` on (← → move along), and a value too long for
 * its column wraps within it, so every value stays under its car.
 */
export function compareScreenRows(ids: string[], fmt: FormatOptions, width: number, page: number): Row[] {
  const vs = ids.map(getVehicle);
  const table = compareRows(vs, fmt);
  const answers = compareAnswers(vs.map((v) => answerRows(v, fmt))).map((r) => ({
    ...r,
    values: r.values.map((v, i) => (r.best.includes(i) ? `${v} *` : v)),
  }));
  const all = [...answers, ...table];
  const labelW = Math.min(24, Math.max(...all.map((r) => stringWidth(r.label))), Math.floor(width / 3));
  const natural = vs.map((v, i) =>
    Math.max(stringWidth(v.id), ...all.map((r) => stringWidth(r.values[i] ?? ''))),
  );
  const room = width - labelW;
  // How many cars fit from `page`, each at least 16 columns (or its natural width, if narrower).
  const first = Math.max(0, Math.min(page, vs.length - 1));
  let shown = 0;
  let used = 0;
  for (let i = first; i < vs.length; i++) {
    const w = Math.min(natural[i]!, Math.max(16, Math.floor(room / (vs.length - first)) - GAP));
    if (shown > 0 && used + GAP + w > room) break;
    used += GAP + w;
    shown++;
  }
  const cols = vs.slice(first, first + shown).map((_, k) => {
    const i = first + k;
    const share = Math.floor(room / shown) - GAP;
    return { i, w: Math.max(1, Math.min(natural[i]!, share)) };
  });
  const cell = (text: string, w: number) => wrapText(text, w);
  const line = (label: string, values: string[]) => {
    const parts = [cell(label, labelW), ...values.map((v, k) => cell(v, cols[k]!.w))];
    const height = Math.max(...parts.map((p) => p.length));
    return Array.from({ length: height }, (_, n) =>
      parts
        .map((p, k) => {
          const text = p[n] ?? '';
          const w = k === 0 ? labelW : cols[k - 1]!.w;
          return (k === 0 ? '' : ' '.repeat(GAP)) + text + ' '.repeat(Math.max(0, w - stringWidth(text)));
        })
        .join('')
        .trimEnd(),
    );
  };
  const rows: Row[] = line(
    '',
    cols.map((c) => vs[c.i]!.id),
  ).map((text) => ({ text, bold: true }));
  if (shown < vs.length)
    rows.push({
      text: `cars ${first + 1}–${first + shown} of ${vs.length} · ← → for the others`,
      color: 'yellow',
    });
  rows.push(heading(`${COMPARE_SECTIONS.answers} (* best of the row)`));
  for (const r of answers) {
    for (const text of line(
      r.label,
      cols.map((c) => r.values[c.i] ?? '—'),
    ))
      rows.push({ text });
  }
  rows.push({ text: '' }, heading(`${COMPARE_SECTIONS.published} (rows that differ in bold)`));
  for (const r of table) {
    for (const text of line(
      r.label,
      cols.map((c) => r.values[c.i] ?? '—'),
    ))
      rows.push({ text, bold: r.differs, ...(r.differs ? {} : { color: 'gray' as const }) });
  }
  return rows;
}
