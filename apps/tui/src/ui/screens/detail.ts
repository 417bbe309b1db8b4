import {
  assumptionNotes,
  CAR_SECTIONS,
  type FormatOptions,
  figureDispute,
  formatDistance,
  getVehicle,
  isCalculable,
  notCalculableNotice,
  scenarioTable,
  scenarioWords,
  specRows,
  vehicleFacts,
  vehicleModel,
} from '@mini-ev/core';
import { assumptionRows, blank, heading, type Row } from '../rows.js';

const SCENARIOS = ['city', 'highway', 'combined'] as const;

/** One car: its spec sheet with sources, what is not published, the scenario table and the facts. */
export function detailRows(id: string, fmt: FormatOptions): Row[] {
  const v = getVehicle(id);
  const rows: Row[] = [{ text: v.name, bold: true }, { text: v.summary, color: 'gray' }, blank];
  let group = '';
  for (const r of specRows(v, fmt)) {
    if (r.group !== group) {
      group = r.group;
      rows.push(heading(group));
    }
    rows.push({
      text: `  ${r.label.padEnd(26)} ${r.value.padEnd(24)} ${r.figure.sourceId} · "${r.figure.stated}"`,
      hang: 4,
      color: r.disputed ? 'yellow' : undefined,
    });
    for (const n of r.notes) rows.push({ text: `    ${n}`, color: 'gray', hang: 4 });
    const dispute = figureDispute(r.figure, { cite: 'id' });
    if (dispute) rows.push({ text: `    disputed. ${dispute}`, color: 'yellow', hang: 6 });
  }
  if (v.unknown.length) {
    rows.push(blank, heading(CAR_SECTIONS.notPublished));
    for (const u of v.unknown) rows.push({ text: `  • ${u}` });
  }
  const notice = notCalculableNotice(v);
  if (notice) rows.push(blank, { text: notice, color: 'gray' });
  if (isCalculable(v)) {
    const m = vehicleModel(v);
    const t = scenarioTable(m);
    const words = scenarioWords(fmt.system, m);
    const width = Math.max(...Object.values(words.weather).map((w) => w.length));
    const col = (s: (typeof SCENARIOS)[number]) => Math.max(8, words.scenario[s].length);
    rows.push(blank, heading(CAR_SECTIONS.realWorld), { text: `  ${words.note}`, color: 'gray' });
    rows.push({
      text: `  ${''.padEnd(width)} ${SCENARIOS.map((s) => words.scenario[s].padStart(col(s))).join(' ')}`,
    });
    for (const w of ['mild', 'cold'] as const) {
      const cell = (sc: string) =>
        formatDistance(t.find((r) => r.scenario === sc && r.weather === w)!.rangeKm, fmt);
      rows.push({
        text: `  ${words.weather[w].padEnd(width)} ${SCENARIOS.map((s) => cell(s).padStart(col(s))).join(' ')}`,
      });
    }
  }
  if (isCalculable(v)) {
    const m = vehicleModel(v);
    const n = assumptionNotes(m, m.assumptions, fmt);
    rows.push(blank, heading(n.carHeading), ...assumptionRows(n));
  }
  const facts = vehicleFacts(v);
  if (facts.length) {
    rows.push(blank, heading(CAR_SECTIONS.facts));
    for (const f of facts) rows.push({ text: `  • ${f.text} [${f.sourceId}]` });
  }
  return rows;
}
