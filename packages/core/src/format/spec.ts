import { vehicleSummary } from '../data/index.js';
import { isBestTrimFigure } from '../data/vehicle-data.js';
import type { CycleRating, Fact, Figure, LaunchPrice, Vehicle } from '../schema/index.js';
import { boundedText, type FormatOptions, formatChargePower, formatFigureValue } from './index.js';

/**
 * The sections of a car's page, as every face heads them: the site's car page, the terminal app's car
 * screen and `mini-ev show`.
 */
export const CAR_SECTIONS = {
  specifications: 'Specifications',
  disputed: 'Disputed figures',
  unverified: 'Not verified against their source',
  notes: 'Notes',
  facts: 'Facts',
  notPublished: 'Not published',
  realWorld: 'Real-world range',
  charts: 'Charts',
  sources: 'Sources',
} as const;

/**
 * A comparison's sections as every face heads them: the model's answers side by side (with what the
 * site says under the heading), then the published figures.
 */
export const COMPARE_SECTIONS = {
  answers: 'Answers, computed by the model',
  answersIntro: 'From each car’s published figures; the best of each row is marked.',
  published: 'Published figures',
} as const;

/**
 * The columns of the line-up (every car with its headline figures, {@link vehicleSummary}), in order, with
 * the heading a page gives each and the short one a terminal gives it.
 * @example LINEUP_COLUMNS.map((c) => c.short).join(' ') // 'car status years power usable WLTP best DC peak'
 */
export const LINEUP_COLUMNS: readonly {
  key: 'name' | 'status' | 'years' | 'powerKW' | 'usableKWh' | 'wltpRangeKm' | 'dcPeakKW';
  label: string;
  short: string;
  /** A figure (sorted as a number, set to the right), not words. */
  numeric: boolean;
}[] = [
  { key: 'name', label: 'Car', short: 'car', numeric: false },
  { key: 'status', label: 'Status', short: 'status', numeric: false },
  { key: 'years', label: 'Years', short: 'years', numeric: false },
  { key: 'powerKW', label: 'Power', short: 'power', numeric: true },
  { key: 'usableKWh', label: 'Usable battery', short: 'usable', numeric: true },
  // The best trim's figure: a span's top, so the heading says which trim it is.
  { key: 'wltpRangeKm', label: 'WLTP range (best trim)', short: 'WLTP best', numeric: true },
  { key: 'dcPeakKW', label: 'DC peak', short: 'DC peak', numeric: true },
];

/** A column of the line-up ({@link LINEUP_COLUMNS}). */
export type LineupKey = (typeof LINEUP_COLUMNS)[number]['key'];

/**
 * A car's line-up row as every face shows it, in the reader's units: a figure published only as a ceiling
 * or a floor says so ("under 25.2 kWh"), an unknown one is "—". The WLTP range is the best trim's.
 * @example lineupCells(getVehicle('mini-e-2008')).usableKWh // 'under 25.2 kWh'
 * @example lineupCells(getVehicle('cooper-se-j01'), { system: 'imperial' }).wltpRangeKm // '250 mi'
 */
export function lineupCells(v: Vehicle, opts: FormatOptions = {}): Record<LineupKey, string> {
  const s = vehicleSummary(v);
  const wltp = v.efficiency.find((e) => e.cycle === 'WLTP');
  const dash = '—';
  const fig = (f: Figure | undefined) => (f ? formatFigureValue(f, opts) : dash);
  const dc = v.charging?.dcPeakKW;
  return {
    name: v.name,
    status: v.status,
    years: s.years ?? dash,
    powerKW: fig(v.performance.powerKW),
    usableKWh: fig(v.battery?.usableKWh),
    wltpRangeKm: fig(wltp?.rangeKmHigh ?? wltp?.rangeKm),
    dcPeakKW: dc ? boundedText(dc, formatChargePower(dc.value, opts)) : dash,
  };
}

/**
 * A car's headline range for a card or a list, in the reader's units, with the rating it is: the WLTP
 * (best trim) where there is one, rated "WLTP, best trim" where trims differ (a span's top, or a figure
 * published as the best trim's), else whatever official figure the car has (the Ora R1's two Chinese
 * NEDC-based ratings as a span, the 2008 MINI E's launch claim). Undefined for a car with none.
 * @example headlineRange(getVehicle('aceman-se'))?.rating // 'WLTP, best trim'
 * @example headlineRange(getVehicle('ora-r1'))?.value // '310 km – 351 km'
 * @example headlineRange(getVehicle('mini-e-2008'))?.rating // 'maker’s claim'
 */
export function headlineRange(
  v: Vehicle,
  opts: FormatOptions = {},
): { value: string; rating: string } | undefined {
  const wltp = v.efficiency.find((e) => e.cycle === 'WLTP');
  if (wltp?.rangeKm) {
    const best = wltp.rangeKmHigh !== undefined || isBestTrimFigure(wltp);
    return { value: lineupCells(v, opts).wltpRangeKm, rating: best ? 'WLTP, best trim' : 'WLTP' };
  }
  const rated = [...v.efficiency, ...v.variants.flatMap((x) => x.efficiency)].filter((e) => e.rangeKm);
  const first = rated[0];
  if (!first) return undefined;
  const kms = rated
    .filter((e) => e.cycle === first.cycle)
    .flatMap((e) => [e.rangeKm!, e.rangeKmHigh ?? e.rangeKm!])
    .sort((a, b) => a.value - b.value);
  const lo = kms[0]!;
  const hi = kms.at(-1)!;
  // One figure, or the span as a spec sheet writes it.
  const value = hi.value === lo.value ? formatFigureValue(lo, opts) : figureSpan(lo, hi, opts);
  return { value, rating: first.cycle === 'claim' ? 'maker’s claim' : first.cycle };
}

/** Two figures as a span, each with its unit, as a spec sheet writes a span ("225 km – 234 km"). */
function figureSpan(lo: Figure, hi: Figure, opts: FormatOptions): string {
  return `${formatFigureValue(lo, opts)} – ${formatFigureValue(hi, opts)}`;
}

/** One line of a spec sheet: a label, the formatted value and the figure behind it (for its source). */
export interface SpecRow {
  key: string;
  group:
    | 'Battery'
    | 'Performance'
    | 'Charging'
    | 'Efficiency'
    | 'Dimensions'
    | 'Aerodynamics'
    | 'Variants'
    | 'Price'
    | 'Production';
  label: string;
  value: string;
  figure: Figure;
  /** Present when the figure is disputed. */
  disputed: boolean;
  /**
   * What to know besides the value, in order: the figure's own note, and the note of the rating it belongs
   * to, said as such ("rating: Chinese NEDC-based rating"). Empty when there is nothing to say.
   */
  notes: string[];
}

/** A price's basis in words, for its row's label. */
const PRICE_BASIS: Record<LaunchPrice['basis'], string> = {
  list: 'list price',
  'after-grant': 'after the purchase grant',
  'with-destination': 'with destination charge',
};

const rating = (v: Vehicle, cycle: CycleRating['cycle']) => v.efficiency.find((e) => e.cycle === cycle);

/**
 * Every figure of a vehicle as labelled, formatted rows in a stable order, for spec sheets in any face.
 * Absent figures are left out, never shown as zero.
 * @example specRows(getVehicle('cooper-se-j01')).find(r => r.key === 'dcPeakKW')?.value // '95 kW'
 */
export function specRows(v: Vehicle, opts: FormatOptions = {}): SpecRow[] {
  const rows: SpecRow[] = [];
  const add = (
    key: string,
    group: SpecRow['group'],
    label: string,
    f: Figure | undefined,
    value?: string,
    ratingNote?: string,
  ) => {
    if (!f) return;
    rows.push({
      key,
      group,
      label,
      value: value ?? formatFigureValue(f, opts),
      figure: f,
      disputed: !!f.conflict,
      notes: [f.note, ratingNote && `rating: ${ratingNote}`].filter((n): n is string => !!n),
    });
  };
  const span = (lo: Figure | undefined, hi: Figure | undefined) =>
    lo && hi && hi.value !== lo.value ? figureSpan(lo, hi, opts) : undefined;

  add('grossKWh', 'Battery', 'Battery (gross)', v.battery?.grossKWh);
  add('usableKWh', 'Battery', 'Battery (usable)', v.battery?.usableKWh);
  add('powerKW', 'Performance', 'Power', v.performance.powerKW);
  add('torqueNm', 'Performance', 'Torque', v.performance.torqueNm);
  add('accel0to100S', 'Performance', '0–100 km/h', v.performance.accel0to100S);
  add('accel0to60mphS', 'Performance', '0–60 mph', v.performance.accel0to60mphS);
  add('topSpeedKmh', 'Performance', 'Top speed', v.performance.topSpeedKmh);
  const charge = (f: Figure | undefined) => (f ? formatChargePower(f.value, opts) : undefined);
  add('acKW', 'Charging', 'AC charging', v.charging?.acKW, charge(v.charging?.acKW));
  add('dcPeakKW', 'Charging', 'DC peak', v.charging?.dcPeakKW, charge(v.charging?.dcPeakKW));
  // The maker's times by kind (AC, then DC, as the charging rows above) and then by window.
  const times = [...(v.charging?.manufacturerTimes ?? [])].sort(
    (a, b) => a.type.localeCompare(b.type) || a.fromPct - b.fromPct || a.toPct - b.toPct,
  );
  for (const t of times) {
    add(
      `time-${t.type}-${t.fromPct}-${t.toPct}`,
      'Charging',
      `${t.type.toUpperCase()} ${t.fromPct}–${t.toPct} % (maker)`,
      t.minutes,
    );
  }
  for (const cycle of ['WLTP', 'EPA', 'NEDC', 'CLTC', 'claim'] as const) {
    const r = rating(v, cycle);
    if (!r) continue;
    const name = cycle === 'claim' ? 'Maker’s claimed' : cycle;
    const trim = r.rangeKmHigh === undefined && isBestTrimFigure(r) ? ' (best trim)' : '';
    add(
      `${cycle}-range`,
      'Efficiency',
      `${name} range${trim}`,
      r.rangeKm,
      span(r.rangeKm, r.rangeKmHigh),
      r.note,
    );
    add(
      `${cycle}-consumption`,
      'Efficiency',
      `${name} consumption`,
      r.consumptionKWhPer100Km,
      span(r.consumptionKWhPer100Km, r.consumptionKWhPer100KmHigh),
      r.note,
    );
  }
  const d = v.dimensions;
  add('lengthMm', 'Dimensions', 'Length', d.lengthMm);
  // A width across the mirrors is a row of its own: it is not comparable with a body width.
  const mirrors = d.widthBasis === 'incl. mirrors';
  add(
    mirrors ? 'widthMm-incl-mirrors' : 'widthMm',
    'Dimensions',
    mirrors ? 'Width (incl. mirrors)' : 'Width',
    d.widthMm,
  );
  add('heightMm', 'Dimensions', 'Height', d.heightMm);
  add('wheelbaseMm', 'Dimensions', 'Wheelbase', d.wheelbaseMm);
  // One row per basis: a comparison puts a DIN kerb mass and an EU mass with driver on separate rows.
  add(
    d.massBasis ? `massKg-${d.massBasis.toLowerCase().replace(/[^a-z]+/g, '-')}` : 'massKg',
    'Dimensions',
    d.massBasis ? `Mass (${d.massBasis})` : 'Mass (basis not stated)',
    d.massKg,
  );
  add('seats', 'Dimensions', 'Seats', d.seats);
  add('bootL', 'Dimensions', 'Boot (seats up)', d.bootL);
  add('cd', 'Aerodynamics', 'Drag coefficient Cd', v.aerodynamics.cd);
  add('cdaM2', 'Aerodynamics', 'Drag area CdA', v.aerodynamics.cdaM2);
  add('rollingResistance', 'Aerodynamics', 'Rolling resistance', v.aerodynamics.rollingResistance);
  const coast = v.aerodynamics.roadLoad;
  add('roadLoadA', 'Aerodynamics', 'Coast-down a (constant)', coast?.coefficients?.a);
  add('roadLoadB', 'Aerodynamics', 'Coast-down b (× speed)', coast?.coefficients?.b);
  add('roadLoadC', 'Aerodynamics', 'Coast-down c (× speed²)', coast?.coefficients?.c);
  add(
    'roadLoadMass',
    'Aerodynamics',
    'Coast-down test mass',
    coast?.coefficients ? coast.testMassKg : undefined,
  );
  // Each variant's own figures (a second battery, its own rating), named by the variant.
  for (const x of v.variants) {
    add(`variant-${x.id}-grossKWh`, 'Variants', `${x.name}: battery (gross)`, x.battery.grossKWh);
    add(`variant-${x.id}-usableKWh`, 'Variants', `${x.name}: battery (usable)`, x.battery.usableKWh);
    for (const r of x.efficiency) {
      const name = r.cycle === 'claim' ? 'maker’s claimed' : r.cycle;
      add(
        `variant-${x.id}-${r.cycle}-range`,
        'Variants',
        `${x.name}: ${name} range`,
        r.rangeKm,
        span(r.rangeKm, r.rangeKmHigh),
        r.note,
      );
      add(
        `variant-${x.id}-${r.cycle}-consumption`,
        'Variants',
        `${x.name}: ${name} consumption`,
        r.consumptionKWhPer100Km,
        span(r.consumptionKWhPer100Km, r.consumptionKWhPer100KmHigh),
        r.note,
      );
    }
  }
  // One row per market and basis, so a comparison never puts a price after a grant beside a list price.
  // The first price of a market and basis (the entry trim) keeps the row every car shares; a further trim
  // has a row of its own, named by the trim.
  const priced = new Set<string>();
  for (const p of v.prices) {
    const value = formatFigureValue(p.price, opts);
    const base = `price-${p.market}-${p.basis}`;
    const label = `Price, ${p.market.toUpperCase()} (${PRICE_BASIS[p.basis]})`;
    if (priced.has(base) && p.trim) {
      const slug = p.trim.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      add(`${base}-${slug}`, 'Price', `${label}, ${p.trim}`, p.price, value);
    } else add(base, 'Price', label, p.price, p.trim ? `${value} (${p.trim})` : value);
    priced.add(base);
  }
  add('units', 'Production', 'Units built', v.production.units);
  return rows;
}

/** A row of a comparison: one label, the value for each car ('—' when unknown), and whether they differ. */
export interface CompareRow {
  key: string;
  label: string;
  values: string[];
  figures: (Figure | undefined)[];
  /** Each cell's notes (its spec row's `notes`; empty where the car has no such figure). */
  notes: string[][];
  differs: boolean;
}

/**
 * Side-by-side rows for two or more vehicles, in spec-sheet order.
 * @example compareRows([getVehicle('cooper-e-j01'), getVehicle('cooper-se-j01')]).filter(r => r.differs).length // 13
 */
export function compareRows(vehicles: Vehicle[], opts: FormatOptions = {}): CompareRow[] {
  return compareSheets(vehicles.map((v) => specRows(v, opts)));
}

/** The order of a spec sheet's groups, which a comparison keeps. */
const GROUP_ORDER: readonly SpecRow['group'][] = [
  'Battery',
  'Performance',
  'Charging',
  'Efficiency',
  'Dimensions',
  'Aerodynamics',
  'Variants',
  'Price',
  'Production',
];

/**
 * Side-by-side rows from spec sheets made beforehand (one per car, from {@link specRows}), so a page can
 * format every sheet once, e.g. when it is built, and compare any selection of them later without
 * formatting again. Rows are grouped as a spec sheet is (a row only the second car has sits with its
 * group, not at the end), and within a group follow the order in which the sheets first list them.
 * @example
 * const [a, b] = [getVehicle('cooper-e-j01'), getVehicle('cooper-se-j01')];
 * compareSheets([specRows(a), specRows(b)]).length === compareRows([a, b]).length // true
 */
export function compareSheets(
  sheets: readonly (readonly (Pick<SpecRow, 'key' | 'label' | 'value' | 'figure'> &
    Partial<Pick<SpecRow, 'group' | 'notes'>>)[])[],
): CompareRow[] {
  const keys: { key: string; label: string; group: number }[] = [];
  for (const sheet of sheets) {
    for (const r of sheet)
      if (!keys.some((k) => k.key === r.key))
        keys.push({ key: r.key, label: r.label, group: r.group ? GROUP_ORDER.indexOf(r.group) : -1 });
  }
  // A stable sort: first appearance within a group.
  keys.sort((a, b) => a.group - b.group);
  return keys.map(({ key, label }) => {
    const cells = sheets.map((s) => s.find((r) => r.key === key));
    const values = cells.map((c) => c?.value ?? '—');
    // Whether the cars differ is decided on the figures, not on their rounded display, so it is the same in
    // every unit system (1,754 and 1,756 mm differ, though both show as 69.1 in).
    const stored = cells.map((c) => (c ? `${c.figure.value}` : '—'));
    return {
      key,
      label,
      values,
      figures: cells.map((c) => c?.figure),
      notes: cells.map((c) => c?.notes ?? []),
      differs: new Set(stored).size > 1,
    };
  });
}

/**
 * Every fact about a vehicle, for a face's list of facts: its heating (heat pump or not) and whether it can
 * warm its battery for a fast charge, where a source says, then its other facts.
 * @example vehicleFacts(getVehicle('cooper-se-f56'))[0].text // 'Heat pump as standard equipment'
 */
export function vehicleFacts(v: Vehicle): Fact[] {
  return [
    ...(v.heatPump ? [v.heatPump] : []),
    ...(v.batteryPreconditioning ? [v.batteryPreconditioning] : []),
    ...v.facts,
  ];
}
