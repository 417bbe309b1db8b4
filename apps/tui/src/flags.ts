import {
  choiceError,
  type Dimension,
  describeInputError,
  parseQuantity,
  QUANTITIES,
  type Quantity,
  unitOf,
} from '@mini-ev/core';
import { CliError } from './output.js';

/** The metric unit a bare number is read in: core's, for the quantity of the same name. */
const metricUnit = (d: Dimension) => (d in QUANTITIES ? unitOf(d as Quantity, 'metric') : d);
const EXAMPLES: Partial<Record<Dimension, string>> = {
  speed: '120, 120km/h or 70mph',
  distance: '300, 300km or 190mi',
  temperature: '-5, -5C or 23F',
  power: '50, 50kW',
  mass: '80, 80kg or 175lb',
  percent: '80 or 80%',
  consumption: '15, 15kWh/100km or 4mi/kWh',
};

const BARE = /^[-+−]?\d+(?:\.\d+)?$/;

/** A bare number as people type it (a Unicode minus counts); undefined for anything else. */
export function bareNumber(text: string): number | undefined {
  return BARE.test(text) ? Number(text.replace('−', '-')) : undefined;
}

/**
 * A number with its unit (`70mph`, `62F`, `300mi`), read by core, in the metric unit; undefined unless the
 * whole text is that quantity ("70mphx" is not 70 mph).
 */
export function quantityWithUnit(text: string, dimension: Dimension): number | undefined {
  try {
    const q = parseQuantity(text, dimension);
    return q.text.replace(/\s+/g, '').toLowerCase() === text.replace(/\s+/g, '').toLowerCase()
      ? q.value
      : undefined;
  } catch {
    return undefined;
  }
}

/** A flag value that does not read: the message, and the same three parts for `--json`'s error object. */
function invalidValue(flag: string, value: string, allowed: string): CliError {
  return new CliError(`${flag}: "${value}" is not valid; expected ${allowed}`, 2, { flag, value, allowed });
}

/**
 * Reads a flag value: a bare number in the metric unit, or a number with its unit (`70mph`, `62F`, `300mi`).
 * Returns the value in the metric unit.
 * @throws {CliError} naming the flag, the value and what is allowed
 */
export function quantityFlag(
  flag: string,
  raw: string | undefined,
  dimension: Dimension,
): number | undefined {
  if (raw === undefined) return undefined;
  const text = String(raw).trim();
  const allowed = `a number in ${metricUnit(dimension)} or a value with its unit, e.g. ${EXAMPLES[dimension]}`;
  const value = bareNumber(text) ?? quantityWithUnit(text, dimension);
  if (value === undefined) throw invalidValue(flag, text, allowed);
  return value;
}

/** A plain number flag (prices, shares without units). */
export function numberFlag(flag: string, raw: string | undefined, allowed: string): number | undefined {
  if (raw === undefined) return undefined;
  const text = String(raw).trim().replace(/%$/, '');
  if (!BARE.test(text)) throw invalidValue(flag, String(raw), allowed);
  return Number(text);
}

export function choiceFlag<T extends string>(
  flag: string,
  raw: string | undefined,
  choices: readonly T[],
): T | undefined {
  if (raw === undefined) return undefined;
  if (!(choices as readonly string[]).includes(raw)) {
    // Worded by core, as the site words a choice (and as a contract field's choice, e.g. --fuel, is worded).
    const message = describeInputError(choiceError(flag, raw, choices), {
      system: 'metric',
      nameOf: () => flag,
    });
    throw new CliError(message, 2, { flag, value: raw, allowed: `one of ${choices.join(', ')}` });
  }
  return raw as T;
}

/** A comma-separated list of distances (`120,250km,400`). */
export function distanceListFlag(flag: string, raw: string | undefined): number[] | undefined {
  if (raw === undefined) return undefined;
  return raw
    .split(',')
    .filter((s) => s.trim() !== '')
    .map((s) => quantityFlag(flag, s, 'distance')!);
}
