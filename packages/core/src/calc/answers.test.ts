import { describe, expect, it } from 'vitest';
import { dataSet, getMarket, getVehicle } from '../data/index.js';
import {
  ANSWER_KEYS,
  ANSWER_YEARLY_KM,
  type AnswerRow,
  answerDependsOnMarket,
  compareAnswers,
} from '../format/answers.js';
import { specRows } from '../format/spec.js';
import { isCalculable, vehicleModel } from '../model/vehicle-model.js';
import { answerRows } from './answers.js';
import { chargeSession } from './charging.js';
import { COST_DEFAULTS, missingMarketPrices, runningCost } from './cost.js';
import { scenarioTable, steadySpeedRange } from './range.js';

const row = (rows: AnswerRow[], key: string) => rows.find((r) => r.key === key);

describe('answerRows: the questions a buyer compares cars on, answered by the model', () => {
  it('each answer is the calculation it names, for every calculable car', () => {
    const uk = getMarket('uk');
    for (const v of dataSet.vehicles.filter(isCalculable)) {
      const m = vehicleModel(v);
      const rows = answerRows(v, { market: uk });
      const table = scenarioTable(m);
      for (const s of ['city', 'highway'] as const)
        for (const w of ['mild', 'cold'] as const)
          expect(row(rows, `range-${s}-${w}`)?.amount, `${v.id} ${s} ${w}`).toBe(
            table.find((r) => r.scenario === s && r.weather === w)!.rangeKm,
          );
      if (m.topSpeedKmh >= 130)
        expect(row(rows, 'consumption-130')?.amount).toBe(
          steadySpeedRange(m, { speedKmh: 130, tempC: 23, climate: false }).consumptionKWhPer100Km,
        );
      if (m.charging.dcPeakKW !== undefined)
        expect(row(rows, 'dc-10-80')?.amount).toBe(
          chargeSession(m, { fromPct: 10, toPct: 80, chargerKW: 150 }).minutes,
        );
      expect(row(rows, 'cost-year')?.amount).toBe(runningCost(m, { market: uk }).perYear);
      expect(row(rows, 'cost-year')?.value).toMatch(/^£/);
    }
  });

  it('the running cost is for the cost calculator’s default distance, so the two faces agree', () => {
    expect(ANSWER_YEARLY_KM).toBe(COST_DEFAULTS.yearlyKm);
    expect(answerRows(getVehicle('aceman-se')).find((r) => r.key === 'cost-year')?.label).toContain(
      '12,000 km',
    );
  });

  it('labels and values are in the reader’s units; the amounts stay in the stored ones', () => {
    const v = getVehicle('cooper-se-j01');
    const metric = answerRows(v);
    const imperial = answerRows(v, { system: 'imperial' });
    expect(row(metric, 'range-highway-cold')?.label).toBe('Real range, highway 110 km/h, cold -10 °C');
    expect(row(imperial, 'range-highway-cold')?.label).toBe('Real range, highway 68 mph, cold 14 °F');
    expect(row(imperial, 'consumption-130')?.label).toContain('81 mph');
    expect(row(imperial, 'range-city-mild')?.value).toMatch(/ mi$/);
    expect(row(imperial, 'consumption-110')?.value).toMatch(/mi\/kWh$/);
    expect(imperial.map((r) => r.amount)).toEqual(metric.map((r) => r.amount));
  });

  it('a question with no answer for a car says why instead of a number', () => {
    const concept = answerRows(getVehicle('rocketman-concept'));
    expect(concept.every((r) => r.amount === undefined && r.value.includes('concept'))).toBe(true);
    const slow = answerRows(getVehicle('ora-r1'));
    expect(row(slow, 'consumption-130')).toMatchObject({ amount: undefined });
    expect(row(slow, 'consumption-130')?.value).toMatch(/above its top speed/);
    expect(row(slow, 'range-highway-mild')?.value).toMatch(/at its top speed/);
    expect(row(answerRows(getVehicle('mini-e-2008')), 'dc-10-80')?.value).toBe('no DC charging');
  });

  it('in every market: a cost where its prices are sourced, else the prices it lacks named', () => {
    for (const market of dataSet.markets) {
      const missing = missingMarketPrices(market);
      const cost = row(answerRows(getVehicle('cooper-se-j01'), { market }), 'cost-year')!;
      if (missing.length === 0) expect(cost.unit).toBe(market.currency);
      if (missing.length === 0) expect(cost.amount).toBeGreaterThan(0);
      else expect(cost).toMatchObject({ amount: undefined, value: expect.stringContaining(missing[0]!) });
    }
    expect(missingMarketPrices(getMarket('uk'))).toEqual([]);
  });

  it('only the cost and the prices change with the market', () => {
    const v = getVehicle('cooper-se-j01');
    const none = answerRows(v);
    const de = answerRows(v, { market: getMarket('de') });
    for (const r of de) {
      const same = none.find((x) => x.key === r.key);
      if (answerDependsOnMarket(r.key)) expect(same?.value).not.toBe(r.value);
      else expect(same).toEqual(r);
    }
  });

  it('a market’s amounts are in its currency and the reader’s number style, as on the spec sheet', () => {
    // Not the market's own style ("36.900 €"): one answer never mixes "1.405 €" with "1,802 kg".
    const v = getVehicle('cooper-se-j01');
    const de = answerRows(v, { market: getMarket('de') });
    expect(row(de, 'price')?.value).toMatch(/^€36,900 \(/);
    expect(row(de, 'cost-year')?.value).toMatch(/^€\d{1,3}(,\d{3})*$/);
    const sheet = specRows(v).find((r) => r.value.includes('36,900'));
    expect(sheet?.value).toContain('€36,900');
  });

  it('a price only with a market, one row per basis, and a car never sold there says so', () => {
    expect(answerRows(getVehicle('cooper-se-j01')).some((r) => r.key.startsWith('price'))).toBe(false);
    const uk = getMarket('uk');
    const f56 = answerRows(getVehicle('cooper-se-f56'), { market: uk }).filter((r) =>
      r.key.startsWith('price'),
    );
    const j01 = answerRows(getVehicle('cooper-se-j01'), { market: uk }).filter((r) =>
      r.key.startsWith('price'),
    );
    // The F56's British price is after the plug-in grant; the J01's is a list price: never the same row.
    expect(f56.map((r) => r.key)).toEqual(['price-after-grant']);
    expect(j01.map((r) => r.key)).toEqual(['price']);
    const us = answerRows(getVehicle('cooper-se-j01'), { market: getMarket('us') });
    expect(row(us, 'price')).toMatchObject({ amount: undefined, value: 'never sold there' });
  });
});

describe('compareAnswers: rows lined up, the best value marked', () => {
  const ids = ['cooper-se-f56', 'cooper-se-j01', 'aceman-se'];
  const rows = compareAnswers(ids.map((id) => answerRows(getVehicle(id), { market: getMarket('uk') })));

  it('marks the longest range and the shortest charge', () => {
    for (const r of rows.filter((x) => x.amounts.filter((a) => a !== undefined).length >= 2)) {
      const known = r.amounts.filter((a): a is number => a !== undefined);
      const best = r.better === 'higher' ? Math.max(...known) : Math.min(...known);
      if (new Set(r.values).size > 1) expect(r.best.map((i) => r.amounts[i])).toContain(best);
    }
    const city = rows.find((r) => r.key === 'range-city-mild')!;
    expect(city.best).toEqual([city.amounts.indexOf(Math.max(...(city.amounts as number[])))]);
  });

  it('rows follow the stable order, and a price on another basis is its own row', () => {
    const order = rows.map((r) => ANSWER_KEYS.indexOf(r.key as (typeof ANSWER_KEYS)[number]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const grant = rows.find((r) => r.key === 'price-after-grant')!;
    expect(grant.values[1]).toBe('—');
    expect(grant.best).toEqual([]); // one car has a price on this basis: nothing to rank
  });

  it('cars that read the same are all best, and a row where all read the same marks none', () => {
    const a: AnswerRow = {
      key: 'x',
      label: 'X',
      value: '30 min',
      amount: 30.2,
      unit: 'min',
      better: 'lower',
    };
    const b: AnswerRow = { ...a, value: '30 min', amount: 29.9 };
    const c: AnswerRow = { ...a, value: '35 min', amount: 35 };
    expect(compareAnswers([[a], [b], [c]])[0]!.best).toEqual([0, 1]);
    expect(compareAnswers([[a], [b]])[0]!.best).toEqual([]);
    expect(compareAnswers([[a], [{ ...c, amount: undefined, value: 'no DC charging' }]])[0]!.best).toEqual(
      [],
    );
  });
});
