import {
  assumptionNotes,
  CAR_SECTIONS,
  type FormatOptions,
  figureDispute,
  formatDistance,
  getSource,
  getVehicle,
  isCalculable,
  notCalculableNotice,
  scenarioTable,
  scenarioWords,
  specRows,
  vehicleFacts,
  vehicleModel,
} from '@mini-ev/core';
import type { Output } from '../output.js';
import { bold, dim, table, yellow } from '../output.js';

const SCENARIOS = ['city', 'highway', 'combined'] as const;

function sourceLabel(id: string): string {
  const s = getSource(id);
  return `${s.publisher}${s.date ? `, ${s.date}` : ''}`;
}

export function showCommand(id: string, fmt: FormatOptions): Output {
  const v = getVehicle(id);
  const rows = specRows(v, fmt);
  const calculable = isCalculable(v);
  const model = calculable ? vehicleModel(v) : undefined;
  const scenarios = model ? scenarioTable(model) : undefined;
  const lines = [
    bold(v.name),
    dim(v.summary),
    '',
    table(
      ['figure', 'value', 'as stated', 'source'],
      rows.map((r) => [
        r.label,
        r.disputed
          ? `${r.value} ${yellow('(disputed)')}`
          : r.figure.unverified
            ? `${r.value} ${yellow('(unverified)')}`
            : r.value,
        `"${r.figure.stated}"`,
        `${r.figure.sourceId} (${r.figure.kind})`,
      ]),
    ),
  ];
  const disputed = rows.filter((r) => r.figure.conflict);
  if (disputed.length) {
    lines.push('', bold(CAR_SECTIONS.disputed));
    for (const r of disputed)
      lines.push(`  ${r.label}: ${r.value}. ${figureDispute(r.figure, { cite: 'id' })}`);
  }
  const unverified = rows.filter((r) => r.figure.unverified);
  if (unverified.length) {
    lines.push('', bold(CAR_SECTIONS.unverified));
    for (const r of unverified) lines.push(`  ${r.label}: ${r.figure.unverified}`);
  }
  const noted = rows.filter((r) => r.notes.length);
  if (noted.length) {
    lines.push('', bold(CAR_SECTIONS.notes));
    for (const r of noted) lines.push(`  ${r.label} — ${r.notes.join('; ')}`);
  }
  const facts = vehicleFacts(v);
  if (facts.length) {
    lines.push('', bold(CAR_SECTIONS.facts));
    for (const f of facts) lines.push(`  • ${f.text} ${dim(`[${f.sourceId}]`)}`);
  }
  if (v.unknown.length) {
    lines.push('', bold(CAR_SECTIONS.notPublished));
    for (const u of v.unknown) lines.push(`  • ${u}`);
  }
  if (model && scenarios) {
    const words = scenarioWords(fmt.system, model);
    lines.push('', bold(CAR_SECTIONS.realWorld), dim(words.note));
    lines.push(
      table(
        ['', ...SCENARIOS.map((s) => words.scenario[s])],
        (['mild', 'cold'] as const).map((w) => [
          words.weather[w],
          ...SCENARIOS.map((s) =>
            formatDistance(scenarios.find((r) => r.scenario === s && r.weather === w)!.rangeKm, fmt),
          ),
        ]),
        ['l', 'r', 'r', 'r'],
      ),
    );
  } else {
    lines.push('', dim(notCalculableNotice(v)!));
  }
  if (model) {
    const n = assumptionNotes(model, model.assumptions, fmt);
    lines.push('', bold(n.carHeading));
    for (const a of n.flags) lines.push(`  ${yellow(`! ${a}`)}`);
    for (const a of n.others) lines.push(`  • ${a}`);
  }
  const sourceIds = [...new Set(rows.map((r) => r.figure.sourceId).concat(facts.map((f) => f.sourceId)))];
  lines.push('', bold(CAR_SECTIONS.sources));
  for (const s of sourceIds) lines.push(`  ${s}: ${sourceLabel(s)}`);
  return {
    json: { vehicle: v, calculable, model: model ?? null, scenarios: scenarios ?? null },
    text: lines.join('\n'),
  };
}
