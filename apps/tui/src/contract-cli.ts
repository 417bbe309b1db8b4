/**
 * Commander options built from core's calculation contracts. The command line only names the fields
 * (`--temp` for `tempC`): defaults, limits, help and units all come from the contract, and an invalid value
 * is reported through core with the flag and the value as typed.
 */
import {
  type Contract,
  type Dimension,
  defaultOf,
  type Field,
  InvalidInputError,
  limitsOf,
  type Quantity,
  quantityText,
  type UnitSystem,
  unitOf,
} from '@mini-ev/core';
import { type Command, Option } from 'commander';
import { numberFlag, quantityFlag } from './flags.js';

/** A field's flag: `--speed` takes a value; a boolean field is `--ac` (default off) or `--no-climate` (default on). */
export type FlagMap = Readonly<Record<string, string>>;

/** The public flag of each field of each calculation. Keep these exactly: scripts depend on them. */
export const FLAGS = {
  range: {
    speedKmh: '--speed',
    tempC: '--temp',
    fromPct: '--from',
    toPct: '--to',
    payloadKg: '--payload-kg',
    climate: '--no-climate',
  },
  charge: {
    fromPct: '--from',
    toPct: '--to',
    chargerKW: '--charger-kw',
    ac: '--ac',
    batteryTempC: '--temp',
    pricePerKWh: '--price',
  },
  cost: {
    yearlyKm: '--yearly-distance',
    homePricePerKWh: '--home-price',
    publicPricePerKWh: '--public-price',
    publicSharePct: '--public-share',
    tempC: '--temp',
    consumptionKWhPer100Km: '--consumption',
    gridGCO2PerKWh: '--grid-co2',
    fuel: '--fuel',
    litresPer100Km: '--fuel-consumption',
    pricePerLitre: '--fuel-price',
    priceDifference: '--price-difference',
  },
  trip: {
    distanceKm: '--distance',
    speedKmh: '--speed',
    tempC: '--temp',
    climate: '--no-climate',
    payloadKg: '--payload-kg',
    startSocPct: '--start-soc',
    arrivalSocPct: '--arrival-soc',
    minChargerSocPct: '--charger-soc',
    maxSocPct: '--max-soc',
    chargerKW: '--charger-kw',
    chargerSpacingKm: '--charger-spacing',
    stopOverheadMin: '--stop-minutes',
    preconditioning: '--no-preconditioning',
  },
} as const satisfies Record<string, FlagMap>;

/** Quantities a flag value may carry a unit for (`70mph`, `23F`); the rest are bare numbers. */
const DIMENSION: Partial<Record<Quantity, Dimension>> = {
  speed: 'speed',
  temperature: 'temperature',
  distance: 'distance',
  power: 'power',
  mass: 'mass',
  percent: 'percent',
  consumption: 'consumption',
};
const EXAMPLE: Partial<Record<Quantity, string>> = {
  speed: 'e.g. 120 or 75mph',
  temperature: 'e.g. -5 or 23F',
  distance: 'e.g. 300 or 190mi',
  mass: 'e.g. 80 or 175lb',
  consumption: 'e.g. 15 or 4mi/kWh',
};

/** commander's camelCase key for a flag (`--payload-kg` → `payloadKg`, `--no-climate` → `climate`). */
export const optKey = (flag: string) =>
  flag.replace(/^--(no-)?/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** A flag's help from its contract field: help, unit, limits, an example, and the default. */
export function describeField(f: Field, system: UnitSystem): string {
  if (f.type === 'boolean') return f.help;
  if (f.type === 'choice')
    return `${f.help} One of ${f.choices.map((c) => c.value).join(', ')}; default ${f.default}.`;
  const unit = unitOf(f.quantity, system);
  const { min, max } = limitsOf(f, undefined);
  const range =
    typeof f.min === 'function' || typeof f.max === 'function'
      ? ''
      : `, ${quantityText(f.quantity, min, system)} to ${quantityText(f.quantity, max, system)}`;
  // The default as it resolves with no car and no market: a default that depends on them may resolve to none.
  const d = defaultOf(f, undefined) as number | undefined;
  const def = f.defaultText ?? (d === undefined ? 'none' : quantityText(f.quantity, d, system));
  const ex = EXAMPLE[f.quantity];
  return `${f.help} (${unit || 'number'}${range}${ex ? `; ${ex}` : ''}); default ${def}`;
}

/** Adds one option per mapped field of a contract, described from the contract. */
export function addContractOptions(cmd: Command, contract: Contract, flags: FlagMap): Command {
  for (const f of contract.fields) {
    const flag = flags[f.key];
    if (!flag) continue;
    if (f.type === 'boolean') {
      cmd.addOption(new Option(flag, f.default ? `turn off: ${f.label.toLowerCase()}. ${f.help}` : f.help));
      continue;
    }
    const arg = f.type === 'choice' ? '<name>' : `<${f.quantity === 'percent' ? '%' : 'value'}>`;
    cmd.addOption(new Option(`${flag} ${arg}`, describeField(f, 'metric')));
  }
  return cmd;
}

/** What a person typed, read against a contract: metric values by field key, and the text as typed. */
export interface ReadInput {
  input: Record<string, unknown>;
  typed: Record<string, string>;
}

/** Reads a command's options into a contract input (values in metric), remembering each value as typed. */
export function readContractInput(
  contract: Contract,
  flags: FlagMap,
  opts: Record<string, unknown>,
): ReadInput {
  const input: Record<string, unknown> = {};
  const typed: Record<string, string> = {};
  for (const f of contract.fields) {
    const flag = flags[f.key];
    if (!flag) continue;
    const raw = opts[optKey(flag)];
    if (raw === undefined) continue;
    if (f.type === 'boolean') {
      // commander: `--ac` gives true; `--no-climate` gives false and leaves the default (true) otherwise.
      if (raw !== f.default) input[f.key] = raw;
      continue;
    }
    typed[f.key] = String(raw);
    if (f.type === 'choice') {
      input[f.key] = String(raw).toLowerCase();
      continue;
    }
    const dim = DIMENSION[f.quantity];
    input[f.key] = dim
      ? quantityFlag(flag, String(raw), dim)
      : numberFlag(
          flag,
          String(raw),
          `a number${unitOf(f.quantity, 'metric') ? ` (${unitOf(f.quantity, 'metric')})` : ''}`,
        );
  }
  return { input, typed };
}

/** An invalid input in the words of the command line: the flag and the value as typed. */
export function flagNamer(flags: FlagMap, extra: Record<string, string> = {}) {
  return (field: string) => extra[field] ?? flags[field]?.replace(/^--no-/, '--') ?? field;
}

export { InvalidInputError };
