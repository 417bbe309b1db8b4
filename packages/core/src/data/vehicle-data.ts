import { UnknownVehicleError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import type { CycleRating, Fact, Vehicle, VehicleInput } from '../schema/index.js';
import { closestIds } from './suggest.js';
import { vehicles } from './vehicles.js';

// The authored records leave out empty lists and a fact's default kind; these fill them in. The data test
// proves the result is exactly what the zod schema would parse it to, so nothing here can drift from the
// schema, and the schema itself (and zod) never runs when the data set is imported.
export const facts = (fs: readonly Partial<Fact>[] | undefined): Fact[] =>
  (fs ?? []).map((f) => ({ ...f, kind: f.kind ?? 'official' }) as Fact);
const completeVehicle = (v: VehicleInput): Vehicle =>
  ({
    ...v,
    yearsSource: facts(v.yearsSource),
    variants: (v.variants ?? []).map((x) => ({ ...x, efficiency: x.efficiency ?? [] })),
    performance: v.performance ?? {},
    ...(v.charging
      ? {
          charging: {
            ...v.charging,
            acAltKW: v.charging.acAltKW ?? [],
            manufacturerTimes: v.charging.manufacturerTimes ?? [],
          },
        }
      : {}),
    efficiency: v.efficiency ?? [],
    dimensions: v.dimensions ?? {},
    aerodynamics: v.aerodynamics ?? {},
    production: v.production ?? {},
    prices: v.prices ?? [],
    notSoldIn: v.notSoldIn ?? [],
    facts: facts(v.facts),
    unknown: v.unknown ?? [],
  }) as Vehicle;

/**
 * The vehicles of the data set, completed and frozen. Kept apart from the rest of the data set (sources,
 * markets, the factory and its history) so that code which only looks a car up carries only the cars.
 */
export const vehicleRecords: readonly Vehicle[] = /* @__PURE__ */ deepFreeze(vehicles.map(completeVehicle));

/** The stable vehicle ids, in line-up order. */
export const vehicleIds: readonly string[] = vehicleRecords.map((v) => v.id);

/**
 * The known ids closest to a mistyped one, best first.
 * @example suggestVehicleIds('cooper-se') // ['cooper-se-f56', 'cooper-se-j01', …]
 */
export function suggestVehicleIds(id: string, max = 3): string[] {
  return closestIds(id, vehicleIds, max);
}

/**
 * Looks a vehicle up by its stable id.
 * @example getVehicle('cooper-se-j01').battery?.usableKWh?.value // 49.2
 * @throws {UnknownVehicleError} with the closest ids as suggestions
 */
export function getVehicle(id: string): Vehicle {
  const v = vehicleRecords.find((x) => x.id === id);
  if (!v) throw new UnknownVehicleError(id, suggestVehicleIds(id));
  return v;
}

/**
 * Whether a rating's lone figure is the best trim's: marked so in the data set, or stated "up to" (in its
 * words or its note). The one test the model's calibration target, the spec sheet's label and the headline
 * range share; a span's top is the best trim's whatever this says.
 */
export function isBestTrimFigure(r: CycleRating): boolean {
  return r.trim === 'best' || /up to|bis zu/i.test(`${r.rangeKm?.note ?? ''} ${r.rangeKm?.stated ?? ''}`);
}
