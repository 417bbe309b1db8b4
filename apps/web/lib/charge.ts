import type { FieldSpec } from './field-spec';

/** The charging calculator's inputs: metric limits and defaults. Shared by the page and the calculator. */
export const CHARGE_FIELDS = {
  from: { label: 'From', kind: 'percent', min: 0, max: 99, def: 10 },
  to: { label: 'To', kind: 'percent', min: 1, max: 100, def: 80 },
  kw: {
    label: 'Charger power',
    kind: 'power',
    min: 1,
    max: 400,
    def: 150,
    hint: 'DC charger, or the wall box on AC',
  },
  btemp: {
    label: 'Battery temperature',
    kind: 'temperature',
    min: -30,
    max: 60,
    def: 25,
    hint: 'a cold battery charges slower on DC',
  },
} satisfies Record<string, FieldSpec>;

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
