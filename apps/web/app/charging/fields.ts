import { CHARGE_CONTRACT } from '@mini-ev/core';
import { contractFields } from '../../lib/contract-fields';

/** The charging calculator's fields: core's contract under the site's URL keys. */
export const CHARGE_FIELDS = contractFields(CHARGE_CONTRACT, {
  from: 'fromPct',
  to: 'toPct',
  kw: 'chargerKW',
  btemp: 'batteryTempC',
});

export type ChargeInputs = { model: string; ac: boolean; kwGiven: boolean; invalid: boolean } & Record<
  keyof typeof CHARGE_FIELDS,
  number
>;

type Pt = { x: number; y: number };
/** The car's DC charging curve (shown even while a field is invalid), and the charger's line on DC. */
export type DcCurve = { kind: string; curve: Pt[]; chargerKW: number | undefined } | undefined;

/** What the charging calculator shows, formatted by core (charging figures are the same in both systems). */
export type ChargeView =
  | {
      ok: true;
      minutes: string;
      toBattery: string;
      fromGrid: string;
      averagePower: string;
      limitedBy: string;
      measured: boolean;
      series: Pt[];
      dc: DcCurve;
    }
  | { ok: false; problem: string; dc?: DcCurve };
