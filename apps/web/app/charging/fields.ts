import {
  type AssumptionNotes,
  type CarLimits,
  CHARGE_CONTRACT,
  type ChartWords,
  defaultOf,
  fieldOf,
  type ResultLine,
} from '@mini-ev/core';
import type { CalculatorState } from '../../lib/calculator';
import { DEFAULT_CAR } from '../../lib/car-option';
import { contractFields } from '../../lib/contract-fields';
import { defaultsOf } from '../../lib/field-spec';

/** The charging calculator's fields: core's contract under the site's URL keys. */
export const CHARGE_FIELDS = contractFields(CHARGE_CONTRACT, {
  from: 'fromPct',
  to: 'toPct',
  kw: 'chargerKW',
  btemp: 'batteryTempC',
  price: 'pricePerKWh',
});

export type ChargeInputs = { model: string; ac: boolean; kwGiven: boolean; invalid: boolean } & Record<
  Exclude<keyof typeof CHARGE_FIELDS, 'price'>,
  number
> & {
    /** Optional: with it, the session's cost. */
    price: number | undefined;
  };

/** The contract's default supply (DC unless `ac` is set). */
export const AC_DEFAULT = defaultOf(fieldOf(CHARGE_CONTRACT, 'ac'), undefined) as boolean;

/** The supply the address asks for (`ac=1` or `ac=0`), else the contract's default for this car (AC for a car with no DC charging). */
export const acOf = (flag: string | null, car: CarLimits | undefined): boolean =>
  flag === '1' ? true : flag === '0' ? false : (defaultOf(fieldOf(CHARGE_CONTRACT, 'ac'), car) as boolean);

/** The calculator's inputs as its address gives them (read by readCalculator). */
export function chargeInputsOf(calc: CalculatorState<keyof typeof CHARGE_FIELDS, 'ac'>): ChargeInputs {
  return {
    model: calc.car.id,
    ac: acOf(calc.q.ac, calc.limits),
    kwGiven: calc.q.kw != null,
    invalid: calc.invalid,
    ...calc.values,
  };
}

/** The charger's default and limits depend on the supply (the car's on-board charger on AC). */
export const chargeContext = (q: { ac?: string | null }, car: CarLimits | undefined) => ({
  ac: acOf(q.ac ?? null, car),
});

/** The calculator's inputs when the address sets none: every value is the contract's default. */
export const chargeDefaults = (model = DEFAULT_CAR): ChargeInputs => ({
  model,
  ac: AC_DEFAULT,
  kwGiven: false,
  invalid: false,
  ...defaultsOf(CHARGE_FIELDS),
});

type Pt = { x: number; y: number };
/** The car's DC charging curve (shown even while a field is invalid), and the charger's line on DC. */
/**
 * The car's DC curve and, once a session is computed, the charger's line on the same basis (kW into the
 * cells: its current limit at the pack's voltage, less losses) with its rating as core formats it.
 */
export type DcCurve = { words: ChartWords; curve: Pt[]; charger: { points: Pt[] } | undefined } | undefined;

/** What the charging calculator shows, formatted by core (charging figures are the same in both systems). */
export type ChargeView =
  | {
      ok: true;
      /** What the answer rests on: the car model's flags and its other assumptions, from core. */
      rests: AssumptionNotes;
      minutes: string;
      /** The 80 % interval's ends. */
      minutesInterval: string;
      /** The time with its interval as core says it in one line: "27 min (22–32)". */
      minutesText: string;
      /** Core's answer lines under the time: charger, energy, power, what set it, the pack's warming, the cost. */
      lines: ResultLine[];
      /** What to give to see a cost, in core's words, when no price was given. */
      costHint: string | undefined;
      /** The chart of charge against time, in core's words. */
      chargeChart: ChartWords;
      series: Pt[];
      dc: DcCurve;
    }
  | { ok: false; problem: string; fields?: readonly string[] | undefined; dc?: DcCurve };

/** What the calculator reads besides its number fields (its hook and its early answer both use this). */
export const CHARGE_CALC = { also: ['ac'] as const, contract: CHARGE_CONTRACT, context: chargeContext };
