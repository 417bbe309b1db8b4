/**
 * Each screen as a list of plain rows. Only presentation: every number comes from @mini-ev/core.
 */
import {
  type ChargeInput,
  CONTRACTS,
  type CostInput,
  carLimits,
  chargeSession,
  compareRows,
  computeRange,
  contractDefaults,
  dataSet,
  describeInputError,
  describeLimited,
  type Field,
  type FormatOptions,
  fieldOf,
  formatChargePower,
  formatConsumption,
  formatDistance,
  formatDuration,
  formatEnergy,
  formatMoney,
  formatPercent,
  formatPower,
  formatSpeed,
  formatTemperature,
  formatYearlyMoney,
  getSource,
  getVehicle,
  InvalidInputError,
  isCalculable,
  type LimitedInput,
  MiniEvError,
  planTrip,
  type RangeInput,
  rangeBySpeed,
  runningCost,
  scenarioTable,
  shownValue,
  specRows,
  steadySpeedRange,
  supportedBy,
  type TripInput,
  unitOf,
  vehicleModel,
  vehicleSummary,
} from '@mini-ev/core';
import { type CalcKind, fieldValue, type State, screenFields } from './state.js';

export interface Row {
  text: string;
  color?: 'cyan' | 'yellow' | 'green' | 'red' | 'gray' | 'magenta';
  bold?: boolean;
  inverse?: boolean;
}

const blank: Row = { text: '' };
const heading = (text: string): Row => ({ text, bold: true, color: 'cyan' });

/** A horizontal bar of `value / max` over `width` cells, in eighths for smoothness. */
export function bar(value: number, max: number, width: number): string {
  const eighths = Math.max(0, Math.round((value / max) * width * 8));
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  return '█'.repeat(full) + (part ? ' ▏▎▍▌▋▊▉'[part] : '');
}

export function lineupRows(state: State, fmt: FormatOptions): Row[] {
  return dataSet.vehicles.map((v, i) => {
    const s = vehicleSummary(v);
    const mark = state.marked.includes(v.id) ? '◆' : ' ';
    const range = s.wltpRangeKm === undefined ? '—' : formatDistance(s.wltpRangeKm, fmt);
    const kwh = s.usableKWh === undefined ? '' : formatEnergy(s.usableKWh);
    return {
      text: `${mark} ${v.name.padEnd(28)} ${v.status.padEnd(10)} ${range.padStart(7)} ${kwh.padStart(9)}`,
      inverse: i === state.cursor,
      color: v.status === 'concept' ? 'gray' : undefined,
    };
  });
}

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
      color: r.disputed ? 'yellow' : undefined,
    });
    if (r.figure.conflict) {
      const alts = r.figure.conflict.alternatives.map((a) => `"${a.stated}" (${a.sourceId})`).join(', ');
      rows.push({ text: `    disputed: also ${alts}. ${r.figure.conflict.reason}`, color: 'yellow' });
    }
  }
  if (v.unknown.length) {
    rows.push(blank, heading('Not published'));
    for (const u of v.unknown) rows.push({ text: `  • ${u}` });
  }
  if (isCalculable(v)) {
    const t = scenarioTable(vehicleModel(v));
    rows.push(blank, heading('Real-world range, full to empty'), {
      text: `  ${''.padEnd(12)} ${'city'.padStart(8)} ${'highway'.padStart(8)} ${'combined'.padStart(9)}`,
    });
    for (const w of ['mild', 'cold'] as const) {
      const cell = (sc: string) =>
        formatDistance(t.find((r) => r.scenario === sc && r.weather === w)!.rangeKm, fmt);
      rows.push({
        text: `  ${(w === 'mild' ? 'mild 23 °C' : 'cold −10 °C').padEnd(12)} ${cell('city').padStart(8)} ${cell('highway').padStart(8)} ${cell('combined').padStart(9)}`,
      });
    }
  }
  if (v.facts.length) {
    rows.push(blank, heading('Facts'));
    for (const f of v.facts) rows.push({ text: `  • ${f.text} [${f.sourceId}]` });
  }
  return rows;
}

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

export function historyRows(): Row[] {
  return [...dataSet.timeline]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => ({
      text: `${e.date.padEnd(11)} ${e.title}  [${e.sourceId}]`,
      color: e.kind === 'target' ? 'green' : undefined,
    }));
}

export function sourceRows(): Row[] {
  return dataSet.sources.flatMap((s) => [
    { text: `${s.id}`, bold: true },
    { text: `  ${s.title} — ${s.publisher}${s.date ? `, ${s.date}` : ''}` },
    {
      text: `  ${s.url ?? 'no public address'} · supports ${supportedBy(getSource(s.id).id).length} figures and facts`,
      color: 'gray' as const,
    },
  ]);
}

/** A field's value as the reader sees it: the contract's unit in the chosen system, rounded by core. */
function fieldText(f: Field, value: number | string | boolean, fmt: FormatOptions): string {
  if (f.type === 'boolean') return value ? 'on' : 'off';
  if (f.type === 'choice')
    return f.choices.find((c) => c.value === value)?.label.replace(/ \(.*/, '') ?? String(value);
  const system = fmt.system ?? 'metric';
  const shown = shownValue(f.quantity, value as number, system);
  const unit = unitOf(f.quantity, system);
  return unit ? `${shown} ${unit}` : String(shown);
}

type Inputs = Record<string, number | string | boolean>;

function results(kind: CalcKind, id: string, input: Inputs, fmt: FormatOptions, width: number): Row[] {
  const m = vehicleModel(getVehicle(id));
  const chartWidth = Math.max(10, Math.min(50, width - 30));
  const nameOf = (k: string) => fieldOf(CONTRACTS[kind], k).label;
  const notes = (limited: readonly LimitedInput[]): Row[] =>
    limited.map((l) => ({
      text: describeLimited(l, fmt.system ?? 'metric', nameOf),
      color: 'yellow' as const,
    }));
  switch (kind) {
    case 'range': {
      const r = computeRange(m, input as RangeInput);
      const { mode: _m, speedKmh: _s, ...conditions } = r.input;
      const curve = rangeBySpeed(m, conditions, 20);
      const max = Math.max(...curve.map((p) => p.rangeKm));
      return [
        { text: `Range        ${formatDistance(r.rangeKm, fmt)}`, bold: true, color: 'green' },
        {
          text: `Consumption  ${formatConsumption(r.consumptionKWhPer100Km, fmt)} (battery) · ${formatConsumption(r.consumptionAtPlugKWhPer100Km, fmt)} (socket)`,
        },
        ...notes(r.limited),
        blank,
        heading('Range against speed'),
        ...curve.map((p) => ({
          text: `${formatSpeed(p.x, fmt).padStart(9)} ${bar(p.rangeKm, max, chartWidth)} ${formatDistance(p.rangeKm, fmt)}`,
          color:
            r.input.mode === 'steady' && Math.abs(p.x - r.input.speedKmh) < 10
              ? ('green' as const)
              : undefined,
        })),
      ];
    }
    case 'charge': {
      const r = chargeSession(m, input as ChargeInput);
      const max = Math.max(...r.series.map((p) => p.kW));
      const pts = r.series.filter((_, i) => i % 10 === 0 || i === r.series.length - 1);
      return [
        { text: `Time         ${formatDuration(r.minutes)}`, bold: true, color: 'green' },
        {
          text: `Energy       ${formatEnergy(r.energyToBatteryKWh)} into the battery, ${formatEnergy(r.energyFromGridKWh)} from the grid`,
        },
        {
          text: `Average      ${formatChargePower(r.averagePowerKW)} · limited by the ${r.limitedBy} · curve ${r.curveKind}`,
        },
        blank,
        heading('Charging power against charge'),
        ...pts.map((p) => ({
          text: `${formatPercent(p.socPct).padStart(6)} ${formatDuration(p.minute).padStart(9)} ${bar(p.kW, max, chartWidth)} ${formatChargePower(p.kW)}`,
        })),
      ];
    }
    case 'cost': {
      const r = runningCost(m, input as CostInput);
      const c = r.comparison;
      const max = Math.max(r.perYear, c.perYear);
      const fuel = c.fuel === 'petrol' ? 'Petrol' : 'Diesel';
      return [
        {
          text: `Electric     ${formatMoney(r.per100Km)} per 100 km · ${formatYearlyMoney(r.perYear)} a year`,
          bold: true,
          color: 'green',
        },
        {
          text: `${fuel.padEnd(12)} ${formatMoney(c.per100Km)} per 100 km · ${formatYearlyMoney(c.perYear)} a year`,
        },
        { text: `Saving       ${formatYearlyMoney(c.savingPerYear)} a year` },
        blank,
        { text: `electric ${bar(r.perYear, max, chartWidth)}`, color: 'green' },
        { text: `${c.fuel.padEnd(8)} ${bar(c.perYear, max, chartWidth)}`, color: 'yellow' },
      ];
    }
    case 'trip': {
      const p = planTrip(m, input as TripInput);
      if (!p.feasible) return [{ text: `Not possible: ${p.reason}`, color: 'red' }, ...notes(p.limited)];
      return [
        { text: `Total        ${formatDuration(p.totalMinutes)}`, bold: true, color: 'green' },
        {
          text: `Driving      ${formatDuration(p.drivingMinutes)} · charging ${formatDuration(p.chargingMinutes)} in ${p.stops.length} stop(s)`,
        },
        ...notes(p.limited),
        blank,
        heading('Stops'),
        ...p.stops.map((s, i) => ({
          text: `${String(i + 1).padStart(3)}. ${formatDistance(s.km, fmt).padStart(8)}  ${formatPercent(s.arrivalSocPct).padStart(5)} → ${formatPercent(s.departureSocPct).padStart(5)}  ${formatDuration(s.chargeMinutes).padStart(8)}`,
        })),
        ...(p.stops.length ? [] : [{ text: '  none: the battery is enough', color: 'gray' as const }]),
        { text: `Arrive with ${formatPercent(p.arrivalSocPct)}` },
      ];
    }
  }
}

export function calcRows(kind: CalcKind, id: string, state: State, fmt: FormatOptions, width: number): Row[] {
  const input = state.inputs[kind];
  const car = carLimits(vehicleModel(getVehicle(id)));
  const rows: Row[] = [
    { text: `${CONTRACTS[kind].title} · ${getVehicle(id).name}   ([ ] change car)`, bold: true },
    blank,
  ];
  let result: Row[];
  let bad: readonly string[] = [];
  try {
    result = results(kind, id, input, fmt, width);
  } catch (err) {
    if (err instanceof InvalidInputError) bad = err.fields;
    const text =
      err instanceof InvalidInputError
        ? describeInputError(err, {
            system: fmt.system ?? 'metric',
            nameOf: (k) => fieldOf(CONTRACTS[kind], k).label,
          })
        : err instanceof MiniEvError
          ? err.message
          : String(err);
    result = [{ text, color: 'red' }];
  }
  const labelWidth = Math.max(...screenFields(kind).map((f) => f.label.length));
  screenFields(kind).forEach((f, i) => {
    const value = fieldValue(kind, f, input, car);
    const off = f.applies && !f.applies({ ...contractDefaults(CONTRACTS[kind], car, input) });
    rows.push({
      text: `${i === state.field ? '›' : ' '} ${f.label.padEnd(labelWidth)} ◂ ${(off ? '—' : fieldText(f, value, fmt)).padEnd(14)} ▸${bad.includes(f.key) ? ' ✗' : ''}`,
      inverse: i === state.field,
      ...(bad.includes(f.key) ? { color: 'red' as const } : off ? { color: 'gray' as const } : {}),
    });
  });
  const focused = screenFields(kind)[state.field];
  if (focused) rows.push({ text: `  ${focused.help}`, color: 'gray' });
  rows.push(blank, ...result);
  return rows;
}

export const HELP_ROWS: Row[] = [
  heading('Keys'),
  { text: '  ↑ ↓        move, scroll, or choose an input' },
  { text: '  ← →        change the chosen input' },
  { text: '  Enter      open the car' },
  { text: '  Space      mark a car to compare (2–4), then c' },
  { text: '  1 2 3 4    range · charging · cost · trip calculators' },
  { text: '  [ ]        previous / next car' },
  { text: '  h  s       history · sources' },
  { text: '  u          metric / imperial' },
  { text: '  b  ⌫       back' },
  { text: '  ?          this help' },
  { text: '  q  Esc     quit' },
];

export { formatPower };
