import { describe, expect, it } from 'vitest';
import { DataSet, type Figure, type Unit } from '../schema/index.js';
import { type Dimension, parsePrice, parseQuantity } from '../units/parse.js';
import {
  authoredDataSet,
  dataSet,
  figuresIn,
  getVehicle,
  suggestVehicleIds,
  supportedBy,
  vehicleIds,
} from './index.js';

const UNIT_DIMENSION: Record<Unit, { dims: (Dimension | 'price')[]; scale: number }> = {
  kW: { dims: ['power'], scale: 1 },
  Nm: { dims: ['torque'], scale: 1 },
  kWh: { dims: ['energy'], scale: 1 },
  km: { dims: ['distance'], scale: 1 },
  'km/h': { dims: ['speed'], scale: 1 },
  s: { dims: ['time'], scale: 1 },
  min: { dims: ['time'], scale: 1 / 60 },
  kg: { dims: ['mass'], scale: 1 },
  mm: { dims: ['length'], scale: 1 },
  'kWh/100km': { dims: ['consumption'], scale: 1 },
  '%': { dims: ['percent', 'count'], scale: 1 },
  count: { dims: ['count'], scale: 1 },
  'vehicles/year': { dims: ['count'], scale: 1 },
  CNY: { dims: ['money'], scale: 1 },
  USD: { dims: ['money'], scale: 1 },
  EUR: { dims: ['money', 'count'], scale: 1 },
  GBP: { dims: ['money', 'count'], scale: 1 },
  'EUR/kWh': { dims: ['price'], scale: 1 },
  'GBP/kWh': { dims: ['price'], scale: 1 },
  'USD/kWh': { dims: ['price'], scale: 1 },
  'CNY/kWh': { dims: ['price'], scale: 1 },
  'EUR/L': { dims: ['price'], scale: 1 },
  'GBP/L': { dims: ['price'], scale: 1 },
  'USD/L': { dims: ['price'], scale: 1 },
  'CNY/L': { dims: ['price'], scale: 1 },
  'g/kWh': { dims: ['emissionIntensity', 'count'], scale: 1 },
  L: { dims: ['volume'], scale: 1 },
  'm²': { dims: ['area', 'count'], scale: 1 },
  N: { dims: ['force'], scale: 1 },
  'N/(km/h)': { dims: ['forcePerSpeed'], scale: 1 },
  'N/(km/h)²': { dims: ['forcePerSpeedSquared'], scale: 1 },
  '1': { dims: ['count'], scale: 1 },
};

/** Reads a stated figure in the dimension its unit implies; returns value and rounding in the stored unit. */
function read(stated: string, unit: Unit) {
  const { dims, scale } = UNIT_DIMENSION[unit];
  for (const d of dims) {
    if (d === 'price') {
      // A price: its currency and what it is per (kWh or litre) must be the stored unit's, where stated.
      const p = parsePrice(stated);
      const [currency, per] = unit.split('/');
      if (p.currency !== undefined && p.currency !== currency)
        throw new Error(`"${stated}" is in ${p.currency}, stored in ${currency}`);
      if (p.per !== undefined && p.per !== per)
        throw new Error(`"${stated}" is per ${p.per}, stored per ${per}`);
      return { value: p.value, resolution: p.resolution };
    }
    try {
      // A price written the German way ("32.900") has dots between thousands.
      const text = unit === 'EUR' ? stated.replace(/(\d)\.(\d{3})(?!\d)/g, '$1$2') : stated;
      const q = parseQuantity(text, d);
      return { value: q.value * scale, resolution: q.resolution * scale };
    } catch {}
  }
  throw new Error(`"${stated}" does not parse as ${dims.join(' or ')}`);
}

const all = figuresIn(dataSet);
const sourceIds = new Set(dataSet.sources.map((s) => s.id));

describe('the data set as imported', () => {
  it('is exactly what the zod schema parses the authored records to (it is not parsed on import)', () => {
    expect(DataSet.parse(authoredDataSet)).toEqual(dataSet);
  });
  it('is frozen, so a cached model can never be for a changed car', () => {
    expect(Object.isFrozen(dataSet.vehicles[0])).toBe(true);
    expect(Object.isFrozen(dataSet.vehicles[0]!.dimensions)).toBe(true);
  });
});

describe('the data set', () => {
  it('validates against the schema', () => {
    expect(() => DataSet.parse(dataSet)).not.toThrow();
  });

  it('is the same whichever way zod parses it (the module parses once, jitless)', () => {
    // Parsing the already-parsed set again with zod's compiled fast path must change nothing.
    expect(DataSet.parse(dataSet)).toEqual(dataSet);
  });

  it('has the promised vehicle ids', () => {
    expect(vehicleIds).toEqual([
      'cooper-se-f56',
      'cooper-se-convertible',
      'cooper-e-j01',
      'cooper-se-j01',
      'aceman-e',
      'aceman-se',
      'countryman-e',
      'countryman-se-all4',
      'countryman-e-2026',
      'countryman-se-all4-2026',
      'jcw-electric',
      'jcw-aceman',
      'mini-e-2008',
      'rocketman-concept',
      'superleggera-vision',
      'ora-r1',
    ]);
  });

  it('suggests near ids for a mistyped one, and none for text like no id', () => {
    expect(suggestVehicleIds('cooperse')).toEqual(['cooper-se-f56', 'cooper-se-j01']);
    expect(suggestVehicleIds('countrymn')).toEqual(['countryman-e']);
    expect(suggestVehicleIds('jcw')).toEqual(['jcw-aceman', 'jcw-electric']);
    for (const far of ['nope', 'xyz', 'a', 'zzzzzzzz']) expect(suggestVehicleIds(far), far).toEqual([]);
    expect(() => getVehicle('nope')).toThrow(/^Unknown vehicle id "nope"\.$/);
  });

  it('has unique ids in every collection', () => {
    for (const key of [
      'sources',
      'organisations',
      'plants',
      'jointVentures',
      'vehicles',
      'timeline',
      'claims',
    ] as const) {
      const ids = dataSet[key].map((x) => x.id);
      expect(new Set(ids).size, key).toBe(ids.length);
    }
  });

  it('holds many figures, each with a known source', () => {
    expect(all.length).toBeGreaterThanOrEqual(100);
    for (const { path, figure } of all) {
      expect(sourceIds.has(figure.sourceId), `${path} cites unknown source ${figure.sourceId}`).toBe(true);
      for (const alt of figure.conflict?.alternatives ?? [])
        expect(sourceIds.has(alt.sourceId), path).toBe(true);
      for (const c of figure.corroboration ?? []) expect(sourceIds.has(c.sourceId), path).toBe(true);
    }
  });

  it('resolves every reference', () => {
    const orgIds = new Set(dataSet.organisations.map((o) => o.id));
    const plantIds = new Set(dataSet.plants.map((p) => p.id));
    const vIds = new Set(vehicleIds);
    for (const v of dataSet.vehicles) {
      if (v.plantId) expect(plantIds.has(v.plantId), v.id).toBe(true);
      if (v.charging?.dcCurve) expect(sourceIds.has(v.charging.dcCurve.sourceId)).toBe(true);
      for (const f of v.facts) expect(sourceIds.has(f.sourceId), v.id).toBe(true);
    }
    for (const p of dataSet.plants) expect(orgIds.has(p.operatorId), p.id).toBe(true);
    for (const jv of dataSet.jointVentures) {
      expect(orgIds.has(jv.organisationId)).toBe(true);
      for (const p of jv.partners) expect(orgIds.has(p.organisationId)).toBe(true);
      for (const p of jv.plantIds) expect(plantIds.has(p)).toBe(true);
    }
    for (const e of dataSet.timeline) {
      expect(sourceIds.has(e.sourceId), e.id).toBe(true);
      for (const id of e.vehicleIds) expect(vIds.has(id), e.id).toBe(true);
    }
    for (const c of dataSet.claims) {
      expect(orgIds.has(c.by), c.id).toBe(true);
      expect(sourceIds.has(c.sourceId), c.id).toBe(true);
    }
    for (const s of dataSet.sources)
      expect(supportedBy(s.id).length, `${s.id} supports nothing`).toBeGreaterThan(0);
  });

  it.each(all.map((f) => [f.path, f.figure] as [string, Figure]))(
    '%s: stated figure converts to the stored value',
    (_path, figure) => {
      const check = (stated: string, value: number) => {
        // A span with one unit ("da 294 a 310 km", "382/407 km") states both its ends: the stored figure
        // is one of them (its note says which).
        const span =
          /(\d+(?:[.,]\d+)?)\s*(?:–|-|\/|\sa\s|\sto\s|\sbis\s)\s*(\d+(?:[.,]\d+)?)(\s*[^\d\s/–-].*)$/.exec(
            stated,
          );
        const readings = (span ? [`${span[1]}${span[3]}`, `${span[2]}${span[3]}`] : [stated]).map((t) =>
          read(t, figure.unit),
        );
        // Stored values may be rounded a little further than the stated figure (402.3 km kept as 402 km).
        const off = (r: { value: number; resolution: number }) =>
          Math.abs(r.value - value) - (r.resolution + Math.abs(value) * 0.002 + 1e-9);
        const best = readings.reduce((a, b) => (off(b) < off(a) ? b : a));
        expect(
          off(best),
          `"${stated}" reads ${readings.map((r) => r.value).join(' or ')}, stored ${value}`,
        ).toBeLessThanOrEqual(0);
      };
      check(figure.stated, figure.value);
      for (const c of figure.corroboration ?? []) check(c.stated, figure.value);
      for (const alt of figure.conflict?.alternatives ?? []) check(alt.stated, alt.value);
    },
  );
});

describe('known conflicts from vehicles.md', () => {
  const alternatives = (f: Figure | undefined) => f?.conflict?.alternatives.map((a) => a.value) ?? [];
  it('Cooper E DC peak: 75 kW chosen over the article’s 95 kW', () => {
    const dc = getVehicle('cooper-e-j01').charging?.dcPeakKW;
    expect(dc?.value).toBe(75);
    expect(alternatives(dc)).toContain(95);
    expect(dc?.conflict?.reason).toMatch(/75/);
  });
  it('Convertible power: 135 kW stored, the article’s "184 hp" recorded as PS', () => {
    const p = getVehicle('cooper-se-convertible').performance.powerKW;
    expect(p?.value).toBe(135);
    expect(p?.conflict?.alternatives.map((a) => a.stated)).toContain('184 hp');
    expect(p?.conflict?.reason).toMatch(/PS/);
  });
  it('Convertible 0–100 km/h: 8.2 s over 7.1 s', () => {
    const a = getVehicle('cooper-se-convertible').performance.accel0to100S;
    expect(a?.value).toBe(8.2);
    expect(alternatives(a)).toContain(7.1);
  });
  it('the timeline is in date order, oldest first, whatever order the records are written in', () => {
    const dates = dataSet.timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    // Written after the 2024 J01 launch in the source file, the Countryman's November 2023 start comes before it.
    const at = (id: string) => dataSet.timeline.findIndex((e) => e.id === id);
    expect(at('countryman-electric-leipzig')).toBeLessThan(at('j01-launch'));
  });
  it('Superleggera Vision: May 2014 over 2016', () => {
    const ev = dataSet.timeline.find((e) => e.id === 'superleggera-unveiled');
    expect(ev?.date).toBe('2014-05');
    expect(ev?.conflict?.alternatives.map((a) => a.date)).toContain('2016');
    const fact = getVehicle('superleggera-vision').facts.find((f) => f.conflict);
    expect(fact?.conflict?.alternatives[0]?.text).toMatch(/2016/);
  });
  it('J01 SE mass: 1,680 kg (EU, with driver) as mobile.de gives it, and no alternative its page does not hold', () => {
    const m = getVehicle('cooper-se-j01').dimensions.massKg;
    expect(m?.value).toBe(1680);
    expect(m?.sourceId).toBe('mobile-de');
    expect(alternatives(m)).toEqual([]);
  });
  it('each disputed figure’s alternatives cite the page that states them', () => {
    expect(getVehicle('cooper-se-j01').aerodynamics.cd?.conflict?.alternatives[0]?.sourceId).toBe(
      'motoringfile-j01-f66',
    );
    expect(
      getVehicle('cooper-se-convertible').performance.accel0to100S?.conflict?.alternatives[0]?.sourceId,
    ).toBe('insideevs-us-convertible');
  });
  it('J01 drag: 0.28 over 0.26', () => {
    for (const id of ['cooper-e-j01', 'cooper-se-j01']) {
      const cd = getVehicle(id).aerodynamics.cd;
      expect(cd?.value).toBe(0.28);
      expect(alternatives(cd)).toContain(0.26);
    }
  });
});

describe('facts from the three project articles', () => {
  it('Spotlight Automotive: 50:50, ¥5.1 billion invested (the seed article’s ¥1.7 billion is the registered capital), agreed in July 2018, 160,000 a year, Zhangjiagang', () => {
    const jv = dataSet.jointVentures[0]!;
    expect(jv.partners.map((p) => p.share.value)).toEqual([50, 50]);
    expect(jv.investment.map((f) => [f.unit, f.value])).toEqual([['CNY', 5.1e9]]);
    expect(jv.investment[0]?.conflict?.alternatives.map((a) => a.value)).toEqual([1.7e9]);
    expect(jv.facts.map((f) => f.text)).toContain('Registered capital of ¥1.7 billion');
    expect(jv.announced.text).toBe('10 July 2018');
    expect(dataSet.timeline.find((e) => e.id === 'spotlight-jv-announced')).toMatchObject({
      date: '2018-07-10',
      conflict: { alternatives: [{ date: '2019', sourceId: 'spotlight-first-cars' }] },
    });
    const plant = dataSet.plants.find((p) => p.id === 'plant-zhangjiagang')!;
    expect(plant.capacityPerYear?.value).toBe(160_000);
    expect(plant.city?.text).toBe('Zhangjiagang');
    expect(plant.region?.text).toBe('Jiangsu');
  });
  it('the 999-car Convertible series and its roof speed', () => {
    const c = getVehicle('cooper-se-convertible');
    expect(c.production.units?.value).toBe(999);
    expect(c.facts.some((f) => f.stated === 'up to 30 km/h (18.6 mph)')).toBe(true);
  });
  it('programme targets are dated claims', () => {
    const accelerated = dataSet.claims.find((c) => c.id === 'bmw-plan-2023')!;
    expect(accelerated.targetYear).toBe(2023);
    expect(accelerated.figures.map((f) => f.value)).toEqual([25, 13]);
    expect(accelerated.supersedes).toBe('bmw-plan-2025');
    expect(dataSet.claims.find((c) => c.id === 'mini-all-electric-2030')?.targetYear).toBe(2030);
    expect(dataSet.claims.find((c) => c.id === 'mini-europe-share-2023')?.figures[0]?.value).toBe(20);
  });
  it('Ora R1 has two battery variants with Chinese ratings', () => {
    const r1 = getVehicle('ora-r1');
    expect(r1.variants.map((v) => v.battery.grossKWh?.value)).toEqual([30.7, 33.4]);
    expect(r1.variants.map((v) => v.efficiency[0]?.cycle)).toEqual(['NEDC', 'NEDC']);
  });
  it('concepts have no range or charging figures: absent, never zero', () => {
    for (const id of ['rocketman-concept', 'superleggera-vision']) {
      const v = getVehicle(id);
      expect(v.battery).toBeUndefined();
      expect(v.charging).toBeUndefined();
      expect(v.efficiency).toEqual([]);
      expect(v.unknown.length).toBeGreaterThan(0);
    }
  });
  it('a car with a gross battery figure and no usable one says so among what is not published', () => {
    const gaps = dataSet.vehicles.filter((v) => {
      const b = v.variants.find((x) => x.battery)?.battery ?? v.battery;
      return b?.grossKWh && !b.usableKWh;
    });
    expect(gaps.map((v) => v.id)).toContain('jcw-aceman');
    for (const v of gaps)
      expect(
        v.unknown.some((u) => /usable/i.test(u)),
        v.id,
      ).toBe(true);
  });
  it('a car without a published length says so among what is not published', () => {
    for (const v of dataSet.vehicles.filter((x) => x.status !== 'concept' && !x.dimensions.lengthMm))
      expect(
        v.unknown.some((u) => /length/i.test(u)),
        v.id,
      ).toBe(true);
  });
  it('the two Cooper SEs are different cars', () => {
    const f56 = getVehicle('cooper-se-f56');
    const j01 = getVehicle('cooper-se-j01');
    expect(f56.generation).toBe('F56');
    expect(j01.generation).toBe('J01');
    expect(f56.battery?.usableKWh?.value).toBe(28.9);
    expect(j01.battery?.usableKWh?.value).toBe(49.2);
  });
});

describe('markets', () => {
  it('cover Germany, the United Kingdom, the Netherlands, France, the United States and China', () => {
    expect(dataSet.markets.map((m) => m.id).sort()).toEqual(['cn', 'de', 'fr', 'nl', 'uk', 'us']);
  });
  it('date and source every price, in the market’s own currency', () => {
    for (const m of dataSet.markets) {
      const prices = Object.values(m.prices).filter((f): f is Figure => f !== undefined);
      for (const f of [...prices, ...(m.gridGCO2PerKWh ? [m.gridGCO2PerKWh] : [])]) {
        expect(f.asOf, `${m.id} ${f.stated}`).toMatch(/^\d{4}/);
        expect(sourceIds.has(f.sourceId), `${m.id} ${f.sourceId}`).toBe(true);
      }
      for (const f of prices) expect(f.unit.split('/')[0], `${m.id} ${f.stated}`).toBe(m.currency);
    }
  });
  it('say plainly which price is missing', () => {
    const words = {
      homeElectricity: /household electricity/i,
      publicFastCharging: /fast-charging/i,
      petrol: /petrol/i,
      diesel: /diesel/i,
    } as const;
    for (const m of dataSet.markets) {
      for (const [k, re] of Object.entries(words)) {
        if (m.prices[k as keyof typeof words] === undefined)
          expect(
            m.unknown.some((u) => re.test(u)),
            `${m.id} lacks ${k} without saying so`,
          ).toBe(true);
      }
      if (!m.gridGCO2PerKWh)
        expect(
          m.unknown.some((u) => /grid co2/i.test(u)),
          m.id,
        ).toBe(true);
    }
  });
});

describe('launch prices', () => {
  const currencyOf = Object.fromEntries(dataSet.markets.map((m) => [m.id, m.currency]));
  const priced = dataSet.vehicles.filter((v) => v.prices.length > 0);
  it('exist for the cars whose prices were published, each dated, sourced and in its market’s currency', () => {
    expect(priced.map((v) => v.id)).toEqual(
      expect.arrayContaining(['cooper-se-f56', 'cooper-e-j01', 'cooper-se-j01']),
    );
    for (const v of priced)
      for (const p of v.prices) {
        expect(p.price.asOf, `${v.id} ${p.market}`).toMatch(/^\d{4}/);
        expect(p.price.unit, `${v.id} ${p.market}`).toBe(currencyOf[p.market]);
      }
  });
  it('never give one car two prices on the same market and basis unless each names its trim', () => {
    for (const v of priced) {
      const keys = v.prices.map((p) => `${p.market}-${p.basis}-${p.trim ?? ''}`);
      expect(new Set(keys).size, v.id).toBe(keys.length);
      for (const p of v.prices) {
        const same = v.prices.filter((x) => x.market === p.market && x.basis === p.basis);
        if (same.length > 1) expect(p.trim, `${v.id} ${p.market} ${p.basis}`).toBeTruthy();
      }
    }
  });
});

describe('markets a car was never sold in', () => {
  it('each has a sourced fact that names the market', () => {
    const names = Object.fromEntries(dataSet.markets.map((m) => [m.id, m.name]));
    const words: Record<string, RegExp> = { us: /United States/, cn: /China/, uk: /United Kingdom/ };
    for (const v of dataSet.vehicles)
      for (const market of v.notSoldIn) {
        const re = words[market] ?? new RegExp(names[market]!);
        expect(
          v.facts.some((f) => re.test(f.text) && sourceIds.has(f.sourceId)),
          `${v.id} ${market}`,
        ).toBe(true);
      }
    expect(getVehicle('cooper-se-j01').notSoldIn).toContain('us');
  });
});

describe('sources', () => {
  it('each names its publisher and title, says when it was checked, and gives an address or the reason it has none', () => {
    for (const src of dataSet.sources) {
      expect(src.publisher.trim(), src.id).not.toBe('');
      expect(src.title.trim(), src.id).not.toBe('');
      expect(src.publisher, src.id).not.toMatch(/unattributed/i);
      expect(src.checked, src.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (!src.url)
        expect(src.note ?? '', `${src.id} has no address and says nothing about why`).toMatch(
          /address|not among|repository|copy/i,
        );
    }
  });
  it('every figure that could not be found on its page says so, and no other figure does', () => {
    const unverified = all.filter(({ figure }) => figure.unverified !== undefined);
    for (const { path, figure } of unverified) expect(figure.unverified!.length, path).toBeGreaterThan(10);
    // The list is short and each is named in its source's note or the figure itself: it must not grow silently.
    expect(unverified.length).toBeLessThanOrEqual(8);
  });
});
