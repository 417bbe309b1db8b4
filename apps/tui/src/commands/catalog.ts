import {
  compareRows,
  dataSet,
  type FormatOptions,
  formatChargePower,
  formatDistance,
  formatEnergy,
  formatPower,
  getSource,
  getVehicle,
  isCalculable,
  scenarioTable,
  specRows,
  supportedBy,
  type Vehicle,
  vehicleModel,
  vehicleSummary,
} from '@mini-ev/core';
import { bold, CliError, dim, table, yellow } from '../output.js';

export interface Output {
  json: unknown;
  text: string;
}

const opt = (x: number | undefined, f: (n: number) => string) => (x === undefined ? '—' : f(x));

export function modelsCommand(fmt: FormatOptions): Output {
  const rows = dataSet.vehicles.map(vehicleSummary);
  return {
    json: rows,
    text: table(
      ['id', 'name', 'status', 'years', 'power', 'usable', 'WLTP', 'DC'],
      rows.map((r) => [
        r.id,
        r.name,
        r.status,
        r.years ?? '—',
        opt(r.powerKW, (x) => formatPower(x, fmt)),
        opt(r.usableKWh, (x) => formatEnergy(x, fmt)),
        opt(r.wltpRangeKm, (x) => formatDistance(x, fmt)),
        opt(r.dcPeakKW, (x) => formatChargePower(x, fmt)),
      ]),
      ['l', 'l', 'l', 'l', 'r', 'r', 'r', 'r'],
    ),
  };
}

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
        r.disputed ? `${r.value} ${yellow('(disputed)')}` : r.value,
        `"${r.figure.stated}"`,
        `${r.figure.sourceId} (${r.figure.kind})`,
      ]),
    ),
  ];
  const disputed = rows.filter((r) => r.figure.conflict);
  if (disputed.length) {
    lines.push('', bold('Disputed figures'));
    for (const r of disputed) {
      const alts = r.figure.conflict!.alternatives.map((a) => `"${a.stated}" (${a.sourceId})`).join(', ');
      lines.push(`  ${r.label}: ${r.value} chosen over ${alts}. ${r.figure.conflict!.reason}`);
    }
  }
  if (v.facts.length) {
    lines.push('', bold('Facts'));
    for (const f of v.facts) lines.push(`  • ${f.text} ${dim(`[${f.sourceId}]`)}`);
  }
  if (v.unknown.length) {
    lines.push('', bold('Not published'));
    for (const u of v.unknown) lines.push(`  • ${u}`);
  }
  if (scenarios) {
    lines.push('', bold('Real-world range (full to empty)'));
    lines.push(
      table(
        ['', 'city', 'highway 110 km/h', 'combined'],
        (['mild', 'cold'] as const).map((w) => [
          w === 'mild' ? 'mild 23 °C' : 'cold −10 °C',
          ...(['city', 'highway', 'combined'] as const).map((s) =>
            formatDistance(scenarios.find((r) => r.scenario === s && r.weather === w)!.rangeKm, fmt),
          ),
        ]),
        ['l', 'r', 'r', 'r'],
      ),
    );
  } else {
    lines.push('', dim('No calculations: this car has no WLTP figure to calibrate the model to.'));
  }
  if (model?.assumptions.length) {
    lines.push('', bold('Model assumptions'));
    for (const a of model.assumptions) lines.push(`  • ${a}`);
  }
  const sourceIds = [...new Set(rows.map((r) => r.figure.sourceId).concat(v.facts.map((f) => f.sourceId)))];
  lines.push('', bold('Sources'));
  for (const s of sourceIds) lines.push(`  ${s}: ${sourceLabel(s)}`);
  return {
    json: { vehicle: v, calculable, model: model ?? null, scenarios: scenarios ?? null },
    text: lines.join('\n'),
  };
}

export function compareCommand(ids: string[], fmt: FormatOptions): Output {
  const unique = [...new Set(ids)];
  if (unique.length < 2 || unique.length > 4) {
    throw new CliError(`compare: got ${unique.length} distinct id(s), expected 2 to 4 vehicle ids`);
  }
  const vehicles: Vehicle[] = unique.map(getVehicle);
  const rows = compareRows(vehicles, fmt);
  return {
    json: {
      vehicles: vehicles.map(vehicleSummary),
      rows: rows.map((r) => ({
        key: r.key,
        label: r.label,
        values: r.figures.map((f) => f?.value ?? null),
        differs: r.differs,
      })),
    },
    text: table(
      ['', ...vehicles.map((v) => v.id)],
      rows.map((r) => [r.differs ? bold(r.label) : r.label, ...r.values]),
    ),
  };
}

export function historyCommand(): Output {
  const events = [...dataSet.timeline].sort((a, b) => a.date.localeCompare(b.date));
  return {
    json: events,
    text: table(
      ['date', 'event', 'source'],
      events.map((e) => [
        e.date,
        e.conflict
          ? `${e.title} ${yellow(`(also dated ${e.conflict.alternatives.map((a) => a.date).join(', ')})`)}`
          : e.title,
        e.sourceId,
      ]),
    ),
  };
}

export function sourcesCommand(): Output {
  const rows = dataSet.sources.map((s) => ({ ...s, supports: supportedBy(s.id) }));
  return {
    json: rows,
    text: table(
      ['id', 'publisher', 'date', 'supports', 'address'],
      rows.map((s) => [
        s.id,
        s.publisher.length > 48 ? `${s.publisher.slice(0, 47)}…` : s.publisher,
        s.date ?? 'undated',
        s.supports.length,
        s.url ?? '—',
      ]),
      ['l', 'l', 'l', 'r', 'l'],
    ),
  };
}

export function dataCommand(): Output {
  return { json: dataSet, text: JSON.stringify(dataSet, null, 2) };
}
