import { choiceError } from '../errors.js';

export { closestIds } from './suggest.js';

import { deepFreeze } from '../freeze.js';
import type {
  DataSetInput,
  DataSet as DataSetT,
  Figure,
  Market,
  MarketId,
  Source,
  Vehicle,
} from '../schema/index.js';
import { markets } from './markets.js';
import { claims, jointVentures, organisations, plants, timeline } from './organisations.js';
import { sources } from './sources.js';
import { facts, getVehicle, suggestVehicleIds, vehicleIds, vehicleRecords } from './vehicle-data.js';
import { vehicles } from './vehicles.js';

export { getVehicle, suggestVehicleIds, vehicleIds };

/** Version of the data set; bumped whenever a figure changes. */
export const DATA_VERSION = '2026.11.0';

/** The data set exactly as authored, before the defaults are filled in (for the data test). */
export const authoredDataSet: DataSetInput = {
  version: DATA_VERSION,
  sources,
  organisations,
  plants,
  jointVentures,
  vehicles,
  timeline,
  claims,
  markets,
};

/**
 * The whole data set, frozen. It is validated against the zod schemas by the test suite and when the
 * package is built (scripts/export-data.mjs), not on import, so importing it loads no zod.
 */
export const dataSet: DataSetT = /* @__PURE__ */ deepFreeze({
  version: DATA_VERSION,
  sources,
  organisations: organisations.map((o) => ({ ...o, facts: facts(o.facts) })),
  plants: plants.map((p) => ({ ...p, facts: facts(p.facts) })),
  jointVentures: jointVentures.map((j) => ({ ...j, facts: facts(j.facts) })),
  vehicles: vehicleRecords as Vehicle[],
  timeline: timeline.map((t) => ({ ...t, vehicleIds: t.vehicleIds ?? [] })),
  claims: claims.map((c) => ({ ...c, figures: c.figures ?? [] })),
  markets: markets.map((m) => ({ ...m, unknown: m.unknown ?? [] })),
} as DataSetT);

/** The market ids, in data-set order. */
export const marketIds: readonly MarketId[] = dataSet.markets.map((m) => m.id);

/**
 * A market's dated, sourced energy prices and grid intensity, by id.
 * @example getMarket('uk').currency // 'GBP'
 * @throws {InvalidInputError} naming the known market ids
 */
export function getMarket(id: string): Market {
  const m = dataSet.markets.find((x) => x.id === id);
  if (!m) throw choiceError('market', id, marketIds);
  return m;
}

/** @example getSource('electrek-2023').publisher // 'Electrek' */
export function getSource(id: string): Source {
  const s = dataSet.sources.find((x) => x.id === id);
  if (!s) throw new Error(`Unknown source id "${id}"`);
  return s;
}

/** A figure found somewhere in the data set, with the path that leads to it. */
export interface FigureAt {
  path: string;
  figure: Figure;
}

const itemKey = (n: unknown, i: number): string =>
  n && typeof n === 'object' && 'id' in n ? String((n as { id: unknown }).id) : String(i);

function isFigure(x: unknown): x is Figure {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as Figure).value === 'number' &&
    typeof (x as Figure).sourceId === 'string' &&
    typeof (x as Figure).unit === 'string'
  );
}

/**
 * Every numeric figure under a value (a vehicle, a plant, the whole data set), with its path.
 * @example figuresIn(getVehicle('cooper-se-j01')).length > 10 // true
 */
export function figuresIn(root: unknown, path = ''): FigureAt[] {
  const out: FigureAt[] = [];
  const walk = (node: unknown, at: string) => {
    if (isFigure(node)) {
      out.push({ path: at, figure: node });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((n, i) => {
        walk(n, `${at}[${itemKey(n, i)}]`);
      });
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, at ? `${at}.${k}` : k);
    }
  };
  walk(root, path);
  return out;
}

/**
 * What each source supports: the paths of the figures and facts that cite it.
 * @example supportedBy('evkx-se') // ['vehicles.cooper-se-j01.charging.dcCurve']
 */
export function supportedBy(sourceId: string): string[] {
  const out: string[] = [];
  const walk = (node: unknown, at: string) => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => {
        walk(n, `${at}.${itemKey(n, i)}`);
      });
    } else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.sourceId === sourceId) out.push(at);
      for (const [k, v] of Object.entries(o)) if (typeof v === 'object') walk(v, `${at}.${k}`);
    }
  };
  for (const key of [
    'vehicles',
    'plants',
    'jointVentures',
    'organisations',
    'timeline',
    'claims',
    'markets',
  ] as const) {
    walk(dataSet[key], key);
  }
  return out;
}

/** The headline numbers of a vehicle, absent when not published. */
export interface VehicleSummary {
  id: string;
  name: string;
  generation: string | undefined;
  status: Vehicle['status'];
  bodyStyle: Vehicle['bodyStyle'];
  powerKW: number | undefined;
  usableKWh: number | undefined;
  grossKWh: number | undefined;
  wltpRangeKm: number | undefined;
  dcPeakKW: number | undefined;
  acKW: number | undefined;
  years: string | undefined;
}

/**
 * @example vehicleSummary(getVehicle('cooper-se-j01')).wltpRangeKm // 402
 */
export function vehicleSummary(v: Vehicle): VehicleSummary {
  const wltp = v.efficiency.find((e) => e.cycle === 'WLTP');
  return {
    id: v.id,
    name: v.name,
    generation: v.generation,
    status: v.status,
    bodyStyle: v.bodyStyle,
    powerKW: v.performance.powerKW?.value,
    usableKWh: v.battery?.usableKWh?.value,
    grossKWh: v.battery?.grossKWh?.value ?? v.variants[0]?.battery.grossKWh?.value,
    wltpRangeKm: wltp?.rangeKmHigh?.value ?? wltp?.rangeKm?.value,
    dcPeakKW: v.charging?.dcPeakKW?.value,
    acKW: v.charging?.acKW?.value,
    years: v.yearsOnSale
      ? `${v.yearsOnSale.from}${v.yearsOnSale.to === v.yearsOnSale.from ? '' : `–${v.yearsOnSale.to ?? ''}`}`
      : undefined,
  };
}
