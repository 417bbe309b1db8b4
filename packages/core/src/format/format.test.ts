import { describe, expect, it } from 'vitest';
import { dataSet, getVehicle } from '../data/index.js';
import * as f from '../index.js';

describe('format', () => {
  it('metric and imperial', () => {
    expect(f.formatDistance(402)).toBe('402 km');
    expect(f.formatDistance(402, { system: 'imperial' })).toBe('250 mi');
    expect(f.formatSpeed(120, { system: 'imperial' })).toBe('75 mph');
    expect(f.formatTemperature(-10, { system: 'imperial' })).toBe('14 °F');
    expect(f.formatConsumption(15)).toBe('15.0 kWh/100 km');
    expect(f.formatConsumption(15, { system: 'imperial' })).toBe('4.1 mi/kWh');
    expect(f.formatMass(1680, { system: 'imperial' })).toBe('3,704 lb');
  });
  it('power shows PS in metric and hp in imperial', () => {
    expect(f.formatPower(135)).toBe('135 kW (184 PS)');
    expect(f.formatPower(135, { system: 'imperial' })).toBe('135 kW (181 hp)');
  });
  it('reused formatters keep digits, style and locale apart', () => {
    // Formatters are cached per locale and digits: interleaving must not leak one call's options into the next.
    expect(f.formatNumber(1.256, { digits: 2 })).toBe('1.26');
    expect(f.formatNumber(1.256, { digits: 1 })).toBe('1.3');
    expect(f.formatMoney(5, { digits: 2 })).toBe('5.00');
    expect(f.formatNumber(5, { digits: 2 })).toBe('5');
    expect(f.formatConsumption(15, { digits: 2 })).toBe('15.00 kWh/100 km');
    expect(f.formatNumber(1234.5, { digits: 1, locale: 'de-DE' })).toBe('1.234,5');
    expect(f.formatNumber(1234.5, { digits: 1 })).toBe('1,234.5');
  });
  it('durations', () => {
    expect(f.formatDuration(29.7)).toBe('30 min');
    expect(f.formatDuration(95.4)).toBe('1 h 35 min');
    expect(f.formatDuration(120)).toBe('2 h');
  });
  it('money and amounts, never converted', () => {
    expect(f.formatMoney(5.261)).toBe('5.26');
    expect(f.formatMoney(1296, { currency: 'EUR' })).toBe('€1,296');
    expect(f.formatMoney(5.26, { currency: 'EUR', locale: 'de-DE' })).toBe('5,26\u00a0€');
    expect(f.formatMoney(5.26, { currency: 'USD', locale: 'en-US' })).toBe('$5.26');
    expect(f.formatYearlyMoney(631.31)).toBe('631');
    expect(f.formatYearlyMoney(1403.6, { currency: 'EUR' })).toBe('€1,404');
    expect(f.formatAmount(1.7e9, 'CNY')).toBe('CNY 1.7 billion');
    expect(f.formatAmount(232.7e6, 'USD')).toBe('USD 232.7 million');
  });
  it('any stored figure', () => {
    expect(f.formatFigureValue(getVehicle('cooper-se-j01').performance.powerKW!)).toBe('160 kW (218 PS)');
    expect(f.formatFigureValue(getVehicle('cooper-se-f56').charging!.manufacturerTimes[1]!.minutes)).toBe(
      '2 h 30 min',
    );
  });
});

describe('comparisons', () => {
  const f56 = getVehicle('cooper-se-f56');
  const j01 = getVehicle('cooper-se-j01');
  const conv = getVehicle('cooper-se-convertible');
  it('marks the rows where the cars differ, and shows a dash where a car has no figure', () => {
    const rows = f.compareRows([f56, conv]);
    const usable = rows.find((r) => r.key === 'usableKWh')!;
    expect(usable.values).toEqual(['28.9 kWh', '28.9 kWh']);
    expect(usable.differs).toBe(false);
    const power = f.compareRows([f56, j01]).find((r) => r.key === 'powerKW')!;
    expect(power.differs).toBe(true);
    for (const r of rows) expect(r.values[0] === '—').toBe(r.figures[0] === undefined);
  });
  it('marks the same rows in metric and in imperial, for every pair of cars', () => {
    // The site highlights a row when it differs in either system; this keeps that equal to core's answer.
    const vs = dataSet.vehicles;
    for (const [i, a] of vs.entries()) {
      for (const b of vs.slice(i + 1)) {
        const metric = f.compareRows([a, b], { system: 'metric' }).map((r) => r.differs);
        expect(
          f.compareRows([a, b], { system: 'imperial' }).map((r) => r.differs),
          `${a.id} / ${b.id}`,
        ).toEqual(metric);
      }
    }
  });
  it('from sheets made beforehand, equal to comparing the cars directly, in either unit system', () => {
    for (const system of ['metric', 'imperial'] as const) {
      const sheets = [f56, j01, conv].map((v) => f.specRows(v, { system }));
      expect(f.compareSheets(sheets)).toEqual(f.compareRows([f56, j01, conv], { system }));
      expect(f.compareSheets([sheets[1]!, sheets[0]!])).toEqual(f.compareRows([j01, f56], { system }));
    }
  });
});

describe('bases and bounds on spec sheets', () => {
  it('says a ceiling as a ceiling: the Ora R1 is under 11.5 ft long, not 11.5 ft', () => {
    const length = f.specRows(f.getVehicle('ora-r1')).find((r) => r.key === 'lengthMm');
    expect(length?.value).toMatch(/^under 3,505 mm/);
    expect(f.formatFigureValue({ value: 100, unit: 'km', bound: 'lower' })).toBe('at least 100 km');
  });
  it('a row carries its figure’s note and, said as such, its rating’s (the Ora R1’s Chinese NEDC ratings)', () => {
    const rows = f.specRows(f.getVehicle('ora-r1'));
    const variantRange = rows.filter((r) => /^variant-.*-NEDC-range$/.test(r.key));
    expect(variantRange).toHaveLength(2);
    for (const r of variantRange) expect(r.notes).toContain('rating: Chinese NEDC-based rating');
    const length = rows.find((r) => r.key === 'lengthMm')!;
    expect(length.notes).toEqual([length.figure.note]);
    // A comparison keeps each cell's notes, and an empty list where the car has no such figure.
    const cmp = f.compareRows([f.getVehicle('cooper-se-f56'), f.getVehicle('ora-r1')]);
    const variant = cmp.find((r) => r.key === variantRange[0]!.key)!;
    expect(variant.notes).toEqual([[], variantRange[0]!.notes]);
    // A figure without a note, outside a rating, has nothing to say.
    expect(f.specRows(f.getVehicle('cooper-se-j01')).find((r) => r.key === 'powerKW')?.notes).toEqual([]);
  });
  it('the maker’s charging times are listed AC then DC, each by window, whatever order the data holds', () => {
    const labels = f
      .specRows(f.getVehicle('cooper-se-f56'))
      .filter((r) => r.key.startsWith('time-'))
      .map((r) => r.label);
    expect(labels).toEqual([
      'AC 0–80 % (maker)',
      'AC 0–100 % (maker)',
      'DC 0–80 % (maker)',
      'DC 0–100 % (maker)',
    ]);
  });
  it('each trim’s price has its row; the entry trim keeps the row every car shares', () => {
    const rows = f.specRows(f.getVehicle('cooper-se-f56')).filter((r) => r.key.startsWith('price-uk'));
    expect(rows.map((r) => [r.key, r.label, r.value])).toEqual([
      ['price-uk-after-grant', 'Price, UK (after the purchase grant)', '£24,400 (Level I)'],
      ['price-uk-after-grant-level-ii', 'Price, UK (after the purchase grant), Level II', '£26,400'],
      ['price-uk-after-grant-level-iii', 'Price, UK (after the purchase grant), Level III', '£30,400'],
    ]);
    // In a comparison the entry prices share a row; the other trims are rows of the F56's own.
    const rowsOf = f.compareRows([f.getVehicle('cooper-se-f56'), f.getVehicle('countryman-e')]);
    expect(rowsOf.find((r) => r.key === 'price-uk-after-grant')?.values).toEqual([
      '£24,400 (Level I)',
      '£29,255',
    ]);
    expect(rowsOf.find((r) => r.key === 'price-uk-after-grant-level-ii')?.values).toEqual(['£26,400', '—']);
  });
  it('a best-trim range says so in its label; a span does not', () => {
    const label = (v: ReturnType<typeof f.getVehicle>) =>
      f.specRows(v).find((r) => r.key === 'WLTP-range')?.label;
    const countryman = f.getVehicle('countryman-e');
    const best = {
      cycle: 'WLTP' as const,
      rangeKm: countryman.efficiency[0]!.rangeKmHigh!,
      trim: 'best' as const,
    };
    expect(label({ ...countryman, efficiency: [best] })).toBe('WLTP range (best trim)');
    expect(label(countryman)).toBe('WLTP range');
    expect(label(f.getVehicle('cooper-se-j01'))).toBe('WLTP range');
  });
  it('a lone figure stated “up to” is the best trim’s on the spec sheet, in the headline and to the model alike', () => {
    const jcw = f.getVehicle('jcw-electric');
    const rating = jcw.efficiency[0]!;
    const upTo = {
      ...jcw,
      efficiency: [{ ...rating, rangeKm: { ...rating.rangeKm!, stated: 'up to 371 km' } }],
    };
    expect(f.specRows(upTo).find((r) => r.key === 'WLTP-range')?.label).toBe('WLTP range (best trim)');
    expect(f.headlineRange(upTo)?.rating).toBe('WLTP, best trim');
    expect(f.vehicleModel(upTo, { donors: dataSet.vehicles }).calibration.basis).toMatch(
      /“up to” WLTP figure of 371 km/,
    );
    // The figure as published (no "up to") is the rating's alone, everywhere.
    expect(f.specRows(jcw).find((r) => r.key === 'WLTP-range')?.label).toBe('WLTP range');
    expect(f.vehicleModel(jcw).calibration.basis).toMatch(/the WLTP figure of 371 km/);
  });
  it('a row only one car has sits with its group, so the rows line up by meaning', () => {
    const rows = f.compareRows([f.getVehicle('cooper-se-f56'), f.getVehicle('cooper-se-j01')]);
    const groups = rows.map(
      (r) =>
        [f.getVehicle('cooper-se-f56'), f.getVehicle('cooper-se-j01')]
          .flatMap((v) => f.specRows(v))
          .find((x) => x.key === r.key)!.group,
    );
    const order = [
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
    const idx = groups.map((g) => order.indexOf(g));
    expect(idx).toEqual([...idx].sort((a, b) => a - b));
    // The J01's DC 10–80 % (the F56 has only 0–80 %) is among the charging rows, before the ratings.
    const keys = rows.map((r) => r.key);
    expect(keys.indexOf('time-dc-10-80')).toBeLessThan(keys.indexOf('WLTP-range'));
  });
  it('never puts masses of two bases in one comparison row', () => {
    const rows = f.compareRows([f.getVehicle('cooper-se-f56'), f.getVehicle('cooper-se-j01')]);
    const mass = rows.filter((r) => r.label.startsWith('Mass'));
    expect(mass.map((r) => r.label)).toEqual(['Mass (DIN kerb)', 'Mass (EU incl. driver)']);
    for (const r of mass) expect(r.values.filter((v) => v !== '—')).toHaveLength(1);
  });
  it('never puts a width across the mirrors in one row with a body width', () => {
    const rows = f.compareRows([f.getVehicle('rocketman-concept'), f.getVehicle('cooper-se-j01')]);
    const width = rows.filter((r) => r.label.startsWith('Width'));
    expect(width.map((r) => r.label).sort()).toEqual(['Width', 'Width (incl. mirrors)']);
    for (const r of width) expect(r.values.filter((v) => v !== '—')).toHaveLength(1);
  });
});

describe('variants on spec sheets', () => {
  it('shows every variant’s own battery and rating (the Ora R1’s 30.7 and 33.4 kWh versions)', () => {
    const rows = f.specRows(f.getVehicle('ora-r1')).filter((r) => r.group === 'Variants');
    const labels = rows.map((r) => `${r.label} = ${r.value}`);
    expect(labels).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^30\.7 kWh: battery \(gross\) = 30\.7 kWh/),
        expect.stringMatching(/^30\.7 kWh: NEDC range = 310 km/),
        expect.stringMatching(/^33\.4 kWh: battery \(gross\) = 33\.4 kWh/),
        expect.stringMatching(/^33\.4 kWh: NEDC range = 351 km/),
      ]),
    );
  });
});

describe('the energy breakdown as a table', () => {
  const b = f.computeRange(f.vehicleModel(getVehicle('cooper-se-j01')), { speedKmh: 130, tempC: -10 })
    .breakdown!;
  it('in metric: kWh per 100 km, one row per part', () => {
    const t = f.formatBreakdown(b);
    expect(t.unit).toBe('kWh/100 km at the battery');
    expect(t.rows.map((r) => r.key)).toEqual(f.BREAKDOWN_PARTS.map((p) => p.key));
    expect(t.rows.find((r) => r.key === 'aeroKWhPer100Km')?.value).toBe(
      f.formatNumber(b.aeroKWhPer100Km, { digits: 1 }),
    );
  });
  it('in imperial: kWh per 100 miles, so the parts still add up in the reader’s distance', () => {
    const t = f.formatBreakdown(b, { system: 'imperial' });
    expect(t.unit).toBe('kWh/100 mi at the battery');
    expect(t.rows.find((r) => r.key === 'aeroKWhPer100Km')?.value).toBe(
      f.formatNumber(b.aeroKWhPer100Km * 1.609344, { digits: 1 }),
    );
  });
});

describe('a validation case as text', () => {
  it('gives the measurement, the answer with its interval, the errors and the tolerance, one decimal', () => {
    const row = f.accuracyReport().rows.find((r) => r.case.id === 'f56-nyland-90-range')!;
    const c = f.accuracyCells(row);
    expect(c.measured).toBe(`${f.formatNumber(row.case.measured, { digits: 1 })} km`);
    expect(c.model).toBe(
      `${f.formatNumber(row.predicted, { digits: 1 })} (${f.formatNumber(row.low, { digits: 1 })}–${f.formatNumber(row.high, { digits: 1 })})`,
    );
    expect(c.error).toMatch(/^[+−]\d+\.\d %$/);
    expect(c.error.startsWith(row.errorPct < 0 ? '−' : '+')).toBe(true);
    expect(c.tolerance).toBe(`±${row.case.tolerancePct} %`);
    expect(c.naive).toBe(f.formatSignedPercent(row.naiveErrorPct));
  });
});

describe('the validation set’s summary as text', () => {
  it('keeps one decimal on the mean errors, so 6.04 % reads 6.0 %, never 6 %', () => {
    const r = f.accuracyReport();
    const s = f.accuracySummary({ ...r, meanAbsErrorPct: 6.04, naiveMeanAbsErrorPct: 18 });
    expect(s.meanAbsError).toBe('Mean absolute error 6.0 %');
    expect(s.against).toBe(`on ${r.rows.length} real-world measurements (naive method: 18.0 %).`);
  });
  it('counts the cases within tolerance and the interval’s coverage from the report', () => {
    const r = f.accuracyReport();
    const s = f.accuracySummary(r);
    expect(s.withinTolerance).toBe(
      `${r.rows.filter((x) => x.withinTolerance).length} of ${r.rows.length} within their measurement tolerance`,
    );
    const inside = r.rows.filter((x) => x.inInterval).length;
    expect(s.coverage).toBe(
      `${f.formatNumber((inside / r.rows.length) * 100)} % inside the model’s ${f.formatNumber(r.nominalCoverage * 100)} % interval.`,
    );
    expect(s.naiveMethod).toBe(`Naive method: ${r.naiveMethod}`);
  });
});

describe('tripSteps: a trip plan told as steps, each stop with its reason', () => {
  const plan = (input: f.TripInput) => {
    const p = f.planTrip(f.vehicleModel(f.getVehicle('cooper-se-f56')), input);
    if (!p.feasible) throw new Error(p.reason);
    return p;
  };
  it('leaves, drives to each stop and charges there, then arrives', () => {
    const p = plan({ distanceKm: 400, chargerSpacingKm: 60 });
    const steps = f.tripSteps(p);
    expect(steps.map((s) => s.kind)).toEqual([
      'leave',
      ...p.stops.flatMap(() => ['drive', 'charge']),
      'arrive',
    ]);
    expect(steps[0]!.text).toBe('Leave with 90 %');
    expect(steps.at(-1)!.text).toMatch(/^Drive .+, arrive with 10 %$/);
    expect(steps.filter((s) => s.kind === 'charge').map((s) => s.at)).toEqual(
      p.stops.map((_, i) => `stop ${i + 1}`),
    );
    for (const s of steps) expect(s.why === undefined).toBe(s.kind !== 'charge');
  });
  it('a needed stop names the charge the next charger would be reached with, or that it is out of reach', () => {
    const p = plan({ distanceKm: 400, chargerSpacingKm: 60 });
    const charges = f.tripSteps(p).filter((s) => s.kind === 'charge');
    p.stops.forEach((stop, i) => {
      expect(stop.needed).toBe(true);
      expect(charges[i]!.why).toMatch(
        stop.skipSocPct > 0
          ? new RegExp(
              `^Needed: without it the next charger, 60 km on, would be reached with only ${f.formatPercent(stop.skipSocPct, { digits: 1 }).replace('.', '\\.')}, under the 10 % wanted at a charger\\.$`,
            )
          : /^Needed: without it the car could not reach the next charger, 60 km on\.$/,
      );
    });
  });
  it('a stop the car could skip says so, in miles for an imperial reader', () => {
    const p = plan({
      distanceKm: 200,
      chargers: [
        { km: 80, kW: 150 },
        { km: 110, kW: 11 },
      ],
    });
    const charge = f.tripSteps(p, { system: 'imperial' }).find((s) => s.kind === 'charge')!;
    expect(charge.why).toMatch(
      /^Not needed to go on \(the next charger, 19 mi on, would be reached with [\d.]+ %\), but stopping here gives the quickest trip overall\.$/,
    );
    expect(charge.text).toMatch(/on a 150 kW charger$/);
  });
});

describe('tripSummary: the plan’s headline figures, worded once for every face', () => {
  const m = f.vehicleModel(f.getVehicle('cooper-se-f56'));
  const plan = (input: f.TripInput) => {
    const p = f.planTrip(m, input);
    if (!p.feasible) throw new Error(p.reason);
    return p;
  };
  it('counts the stops, adds the time getting on and off, and gives the arrival charge to the tenth', () => {
    const p = plan({ distanceKm: 400, chargerSpacingKm: 60, arrivalSocPct: 12.5 });
    const s = f.tripSummary(p);
    expect(p.stops.length).toBeGreaterThan(1);
    expect(s.total).toBe(f.formatDuration(p.totalMinutes));
    expect(s.charging).toBe(
      `${f.formatDuration(p.chargingMinutes)} in ${p.stops.length} stops (+${f.formatDuration(p.overheadMinutes)} overhead)`,
    );
    expect(s.arrival).toBe(f.formatPercent(p.arrivalSocPct, { digits: 1 }));
    expect(s.text).toBe(
      `${f.formatDuration(p.drivingMinutes)} driving, ${s.charging.replace(' in ', ' charging in ')}, arrive with ${s.arrival}`,
    );
    // The same arrival charge as the plan's last step.
    expect(f.tripSteps(p).at(-1)!.text).toMatch(new RegExp(`arrive with ${s.arrival.replace('.', '\\.')}$`));
  });
  it('one stop is “1 stop”; a trip the battery covers has none', () => {
    const one = plan({ distanceKm: 230, chargerSpacingKm: 60 });
    expect(one.stops).toHaveLength(1);
    expect(f.tripSummary(one).charging).toMatch(/ in 1 stop \(/);
    const none = f.tripSummary(plan({ distanceKm: 60 }));
    expect(none.charging).toBe('no stop');
    expect(none.text).toMatch(/^\d+ min driving without a stop, arrive with [\d.]+ %$/);
  });
});

describe('keepUnits: a number keeps to its unit where a face wraps', () => {
  const NB = '\u00a0';
  it('joins a number to the short word after it and leaves every other space', () => {
    expect(f.keepUnits('Drive 240 km (2 h 11 min), reach a charger with 14 %')).toBe(
      `Drive 240${NB}km (2${NB}h 11${NB}min), reach a charger with 14${NB}%`,
    );
    expect(f.keepUnits('no numbers here')).toBe('no numbers here');
  });
  it('leaves the 100 inside a unit free to break, and a number before a bracket or another number', () => {
    expect(f.keepUnits('19.0 kWh/100 km')).toBe(`19.0${NB}kWh/100 km`);
    expect(f.keepUnits('5 (2 of 3)')).toBe(`5 (2${NB}of 3)`);
    expect(f.keepUnits('10 20')).toBe('10 20');
  });
  it('changes only spaces: the text reads the same with them put back', () => {
    const text = f
      .tripSteps(f.planTrip(f.vehicleModel(f.getVehicle('cooper-se-f56')), {}) as f.TripPlan)
      .map((s) => `${s.text} ${s.why ?? ''}`)
      .join(' ');
    expect(f.keepUnits(text).replaceAll(NB, ' ')).toBe(text);
    expect(f.keepUnits(text)).not.toBe(text);
  });
});

describe('marketPriceNotes: the prices a cost took from its market, with date and publisher', () => {
  const m = f.vehicleModel(f.getVehicle('cooper-e-j01'));
  const uk = f.getMarket('uk');
  it('lists each market price used, in the reader’s units and the market’s currency', () => {
    const notes = f.marketPriceNotes(f.runningCost(m, { market: uk }), uk);
    expect(notes.map((n) => n.field)).toEqual(f.marketCostDefaults(uk, 'petrol').map((d) => d.field));
    const home = notes.find((n) => n.field === 'homePricePerKWh')!;
    expect(home.label).toBe('Home electricity');
    expect(home.text).toBe(
      `£${uk.prices.homeElectricity!.value.toFixed(3)} per kWh (${uk.prices.homeElectricity!.asOf}, ${f.getSource(uk.prices.homeElectricity!.sourceId).publisher})`,
    );
  });
  it('leaves out a price the reader gave, and lists the same ones whether the others were sent or left out', () => {
    const left = f.runningCost(m, { market: uk, homePricePerKWh: 0.1 });
    const sent = f.runningCost(m, { ...left.input, market: uk });
    const fields = (r: f.CostResult) => f.marketPriceNotes(r, uk).map((n) => n.field);
    expect(fields(left)).not.toContain('homePricePerKWh');
    expect(fields(sent)).toEqual(fields(left));
  });
});

describe('figureDispute: a disputed figure in the words every face uses', () => {
  it('gives each other value as stated with its source, then the reason; nothing for an undisputed figure', () => {
    const dc = f.getVehicle('cooper-e-j01').charging!.dcPeakKW!;
    const alt = dc.conflict!.alternatives[0]!;
    expect(f.figureDispute(dc)).toBe(
      `Also given: "${alt.stated}" (${f.getSource(alt.sourceId).publisher}). ${dc.conflict!.reason}`,
    );
    expect(f.figureDispute(dc, { cite: 'id' })).toBe(
      `Also given: "${alt.stated}" (${alt.sourceId}). ${dc.conflict!.reason}`,
    );
    expect(f.figureDispute(f.getVehicle('cooper-e-j01').charging!.acKW!)).toBeUndefined();
  });
});

describe('marketPriceLines: a market’s sourced prices as every face lists them', () => {
  it('gives each price with the cost contract’s label, its date and publisher, in the market’s currency', () => {
    for (const market of f.dataSet.markets) {
      const lines = f.marketPriceLines(market);
      expect(lines.map((l) => l.key)).toEqual([
        'homeElectricity',
        'publicFastCharging',
        'petrol',
        'diesel',
        'gridGCO2PerKWh',
      ]);
      const home = lines[0]!;
      expect(home.label).toBe(f.fieldOf(f.COST_CONTRACT, 'homePricePerKWh').label);
      const fig = market.prices.homeElectricity;
      if (fig) {
        expect(home.value).toBe(f.formatFigureValue(fig, f.marketFormat(market)));
        expect(home.publisher).toBe(f.getSource(fig.sourceId).publisher);
        expect(home.asOf).toBe(fig.asOf ?? 'undated');
      } else expect(home.value).toBeUndefined();
    }
    // China has no sourced fast-charging price: the line says so by having no value.
    const cn = f.marketPriceLines(f.getMarket('cn')).find((l) => l.key === 'publicFastCharging')!;
    expect(cn.value).toBeUndefined();
    expect(cn.publisher).toBeUndefined();
    expect(cn.said).toMatch(/^not sourced/);
  });
  it('names the fuels as the cost contract’s fuel choice does', () => {
    const lines = f.marketPriceLines(f.getMarket('de'));
    expect(lines.find((l) => l.key === 'petrol')!.label).toBe('Petrol');
    expect(lines.find((l) => l.key === 'diesel')!.label).toBe('Diesel');
  });
  it('says where sources disagree on a price: the other value, its publisher, and why the kept one is kept', () => {
    const us = f.getMarket('us');
    const diesel = f.marketPriceLines(us).find((l) => l.key === 'diesel')!;
    const conflict = us.prices.diesel!.conflict!;
    expect(diesel.disputed).toContain(`"${conflict.alternatives[0]!.stated}"`);
    expect(diesel.disputed).toContain(f.getSource(conflict.alternatives[0]!.sourceId).publisher);
    expect(diesel.disputed).toContain(conflict.reason);
    expect(f.marketPriceLines(us).find((l) => l.key === 'petrol')!.disputed).toBeUndefined();
    // The cost's own list of prices carries the same dispute when it uses that price.
    const m = f.vehicleModel(f.getVehicle('countryman-e'));
    const notes = f.marketPriceNotes(f.runningCost(m, { market: us, fuel: 'diesel' }), us);
    expect(notes.find((n) => n.field === 'pricePerLitre')!.disputed).toBe(diesel.disputed);
  });
  it('says each price whole, value, date and publisher, then its dispute, the same in the list and in a cost', () => {
    const us = f.getMarket('us');
    const lines = f.marketPriceLines(us);
    const petrol = lines.find((l) => l.key === 'petrol')!;
    expect(petrol.said).toBe(`${petrol.value} (${petrol.asOf}, ${petrol.publisher})`);
    const diesel = lines.find((l) => l.key === 'diesel')!;
    expect(diesel.said).toBe(
      `${diesel.value} (${diesel.asOf}, ${diesel.publisher}), disputed. ${diesel.disputed}`,
    );
    const m = f.vehicleModel(f.getVehicle('countryman-e'));
    const note = f
      .marketPriceNotes(f.runningCost(m, { market: us, fuel: 'diesel' }), us)
      .find((n) => n.field === 'pricePerLitre')!;
    expect(note.said).toBe(diesel.said);
    const home = f.marketPriceNotes(f.runningCost(m, { market: us }), us)[0]!;
    expect(home.said).toBe(home.text);
  });
});

describe('the market chooser: one label, one heading per market, one caption', () => {
  it('names the market and its currency, or says prices stay in the reader’s own currency', () => {
    const uk = f.getMarket('uk');
    expect(f.marketHeading(uk)).toBe(`${uk.name}, prices in ${uk.currency}`);
    expect(f.marketHeading()).toMatch(/^None, prices in your own currency$/);
    expect(f.marketCaption(uk)).toContain(uk.currency);
    expect(f.marketCaption(uk)).toContain(uk.name);
    expect(f.marketCaption()).toMatch(/nothing is converted/);
    // A name that wants an article ("the United States") is never made possessive.
    expect(f.marketCaption(f.getMarket('us'))).not.toMatch(/’s /);
    expect(f.MARKET_CHOICE.label).toBe('Market');
  });
  it('refuses an unknown market with the ids it holds, in one sentence however the face names the field', () => {
    let thrown: unknown;
    try {
      f.getMarket('xx');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(f.InvalidInputError);
    const err = thrown as InstanceType<typeof f.InvalidInputError>;
    expect(err.problem.choices).toEqual(dataSet.markets.map((m) => m.id));
    // A face that holds only the list builds the same error (the site passes its markets as props).
    expect(f.choiceError('market', 'xx', f.marketIds)).toEqual(err);
    const said = (nameOf: () => string, typed?: () => string) =>
      f.describeInputError(err, { system: 'metric', nameOf, ...(typed ? { typed } : {}) });
    expect(said(() => f.MARKET_CHOICE.label)).toBe(`Market: "xx" is not one of ${f.marketIds.join(', ')}.`);
    // What the person typed is quoted like a stored word, never twice.
    expect(
      said(
        () => '--market',
        () => 'xx',
      ),
    ).toBe(said(() => '--market'));
    expect(
      said(
        () => '--market',
        () => '"xx"',
      ),
    ).toBe(said(() => '--market'));
  });
});

describe('costSummary: a running cost in the words every face uses', () => {
  const m = f.vehicleModel(f.getVehicle('cooper-se-j01'));
  it('says the saving with its amount, and the break-even only when a price difference is given', () => {
    const plain = f.runningCost(m);
    const s = f.costSummary(plain);
    expect(plain.comparison.savingPerYear).toBeGreaterThan(0);
    expect(s.electricCheaper).toBe(true);
    expect(s.saving).toBe(f.formatYearlyMoney(plain.comparison.savingPerYear));
    expect(s.savingText).toBe(`You save ${s.saving} a year`);
    expect(s.breakEven).toBeUndefined();
    expect(s.text).toBe(`${s.savingText}.`);
    const diff = f.runningCost(m, { priceDifference: 3000 });
    const years = diff.comparison.breakEvenYears!;
    expect(f.costSummary(diff).text).toBe(
      `${s.savingText}, and the price difference is repaid in ${years.toFixed(1)} years.`,
    );
  });
  it('says in plain words when the electric car costs more, and that the difference is never repaid', () => {
    const r = f.runningCost(m, {
      homePricePerKWh: 0.8,
      publicPricePerKWh: 0.9,
      pricePerLitre: 0.6,
      priceDifference: 3000,
    });
    const s = f.costSummary(r);
    expect(s.electricCheaper).toBe(false);
    expect(s.saving).toBe(f.formatYearlyMoney(-r.comparison.savingPerYear));
    expect(s.text).toBe(
      `The electric car costs ${s.saving} more a year to run, and at these prices the price difference is never repaid.`,
    );
    expect(s.text).not.toMatch(/-\d/);
  });
  it('writes every amount in the market’s currency and the reader’s units', () => {
    const uk = f.runningCost(m, { market: f.getMarket('uk') });
    const s = f.costSummary(uk, { system: 'imperial' });
    for (const amount of [s.perYear, s.per100, s.fuelPerYear, s.fuelPer100, s.saving])
      expect(amount).toMatch(/^£/);
    expect(s.per100).toMatch(/per 100 mi$/);
    expect(s.co2).toBe(
      `${f.formatMass(uk.co2KgPerYear!, { system: 'imperial' })} a year from the grid against ${f.formatMass(uk.comparison.co2KgPerYear, { system: 'imperial' })} from the exhaust`,
    );
    // A UK reader's gallon is the imperial one: 2.31 kg/L × 4.546 L = 10.5 kg = 23 lb.
    expect(s.co2Basis).toContain('23 lb per UK gallon of petrol');
    expect(f.costSummary(f.runningCost(m)).co2Basis).toBe(f.fuelCo2Basis());
    expect(f.fuelCo2Basis()).toContain(`${f.FUEL_CO2_KG_PER_L.petrol} kg per L of petrol`);
  });
});

describe('chargeSummary and rangeSummary: one answer in words for every face', () => {
  const m = f.vehicleModel(getVehicle('cooper-se-f56'));
  it('says a charge’s time with its interval, the car’s limit, the energy and what limited the power', () => {
    const r = f.chargeSession(m, { chargerKW: 150, batteryTempC: 25 });
    const s = f.chargeSummary(r);
    expect(s.lines.map((l) => l.key)).toEqual(['time', 'charger', 'window', 'energy', 'power', 'curve']);
    expect(s.timeText).toBe(f.formatWithInterval(r.minutes, r.minutesLow, r.minutesHigh, f.formatDuration));
    // The F56 takes 50 kW at most: the line says so beside the charger's 150 kW.
    expect(s.charger).toBe('DC 150 kW (the car takes at most 50 kW)');
    expect(s.energy).toBe(
      `${f.formatEnergy(r.energyToBatteryKWh)} into the battery, ${f.formatEnergy(r.energyFromGridKWh)} from the grid (${f.formatEnergy(r.lossesKWh)} lost)`,
    );
    expect(s.power).toMatch(/limited by the car$/);
    expect(s.cost).toBeUndefined();
    expect(s.costHint).toMatch(/price per kWh/);
  });
  it('adds the pack’s warming for a cold DC session and the cost once a price is given', () => {
    const r = f.chargeSession(m, { chargerKW: 50, batteryTempC: 0, pricePerKWh: 0.5 });
    const s = f.chargeSummary(r, { system: 'imperial' });
    expect(s.lines.find((l) => l.key === 'battery')?.value).toBe(
      f.packWarmingWords(r, { system: 'imperial' }),
    );
    expect(s.battery).toMatch(/^32 °F when plugged in/);
    expect(s.lines.at(-1)).toEqual({ key: 'cost', label: 'Cost', value: s.cost!.text });
    expect(s.cost!.amount).toBe(f.formatMoney(r.cost!));
    expect(s.costHint).toBeUndefined();
    // On AC nothing warms the pack, and the on-board charger is the limit.
    const ac = f.chargeSummary(f.chargeSession(m, { ac: true, chargerKW: 22, batteryTempC: 0 }));
    expect(ac.battery).toBeUndefined();
    expect(ac.charger).toBe('AC 22 kW (the car takes at most 11 kW)');
    expect(ac.curve).toBe(f.chargeCurveWords({ type: 'ac', curveKind: 'generic' }));
  });
  it('says a range with its interval and conditions in the reader’s units', () => {
    const r = f.computeRange(m, { speedKmh: 120, tempC: -10, payloadKg: 100 });
    const km = f.rangeSummary(r);
    expect(km.rangeText).toBe(
      f.formatWithInterval(r.rangeKm, r.rangeKmLow, r.rangeKmHigh, (x) => f.formatDistance(x)),
    );
    expect(km.driving).toBe('steady 120 km/h');
    expect(km.conditions).toBe('-10 °C, climate on, 100 kg payload');
    expect(km.consumptionText).toMatch(/ at the battery, .* from the socket$/);
    const mi = f.rangeSummary(r, { system: 'imperial' });
    expect(mi.range).toBe(f.formatDistance(r.rangeKm, { system: 'imperial' }));
    expect(mi.driving).toBe('steady 75 mph');
    expect(mi.conditions).toBe('14 °F, climate on, 220 lb payload');
    expect(mi.charts.byTemp).toBe('Range against temperature, at 75 mph');
    // Over a cycle the cycle is what was driven, and no payload is said when there is none.
    const wltp = f.rangeSummary(f.computeRange(m, { mode: 'wltp' }));
    expect(wltp.driving).toBe('WLTP cycle');
    expect(wltp.conditions).not.toMatch(/payload/);
    expect(wltp.lines.map((l) => l.label)).toEqual([
      'Range',
      'Consumption',
      'Driving',
      'Conditions',
      'Charge window',
      'Energy available',
    ]);
  });
});

describe('costSummary lines: the running cost in the same words on every face', () => {
  const m = f.vehicleModel(getVehicle('cooper-se-j01'));
  it('lists the two cars, the difference, the energy and CO2 under core’s labels, in the market’s units', () => {
    const uk = f.runningCost(m, { market: f.getMarket('uk') });
    const s = f.costSummary(uk, { system: 'imperial' });
    expect(s.lines.map((l) => l.label)).toEqual([
      'Electric',
      'Petrol',
      'Difference',
      'Consumption',
      'Electricity',
      'Petrol used',
      'CO2',
    ]);
    expect(s.lines[0]!.value).toBe(`${s.per100} · ${s.perYear} a year`);
    expect(s.lines[2]!.value).toBe(s.text);
    // A British reader's fuel is in UK gallons, the price paid per kWh in pounds.
    expect(s.fuelUse).toMatch(/^[\d,]+ UK gal and [\d,]+ lb CO2 a year$/);
    expect(s.energy).toMatch(/^[\d,]+ kWh bought a year at £0\.\d{3} per kWh on average$/);
    expect(s.consumption).toMatch(/mi\/kWh at the battery, [\d.]+ mi\/kWh bought/);
    expect(s.lines.at(-1)!.value).toBe(`${s.co2}. ${s.co2Basis}`);
    // Without a grid intensity, the CO2 line says only how the exhaust's CO2 is counted.
    const bare = f.costSummary(f.runningCost(m, { fuel: 'diesel' }));
    expect(bare.lines.map((l) => l.key)).toContain('diesel');
    expect(bare.lines.at(-1)!.value).toBe(bare.co2Basis);
  });
});

describe('tripSummary lines', () => {
  it('give the trip asked for, the total, driving, charging and arrival under core’s labels', () => {
    const plan = f.planTrip(f.vehicleModel(getVehicle('cooper-se-f56')), { distanceKm: 400 });
    if (!plan.feasible) throw new Error(plan.reason);
    const s = f.tripSummary(plan, { system: 'imperial' });
    expect(s.lines.map((l) => [l.key, l.label])).toEqual([
      ['trip', 'Trip'],
      ['total', 'Total'],
      ['driving', 'Driving'],
      ['charging', 'Charging'],
      ['arrival', 'Arrival charge'],
    ]);
    expect(s.trip).toBe(
      `${f.formatDistance(400, { system: 'imperial' })} at ${f.formatSpeed(plan.input.speedKmh, { system: 'imperial' })}, ${f.formatConsumption(plan.consumptionKWhPer100Km, { system: 'imperial' })}`,
    );
    expect(s.lines.find((l) => l.key === 'charging')!.value).toMatch(/in \d+ stops/);
    expect(f.tripNotPossible({ obstacle: { kind: 'limits' } })).toBe(
      'Not possible: No combination of stops reaches the destination with the charge limits given.',
    );
    const start = {
      kind: 'start' as const,
      startSocPct: 20,
      reachKm: 40,
      speedKmh: 120,
      reservePct: 10,
      target: 'destination' as const,
      targetKm: 100,
    };
    expect(f.tripObstacleWords(start)).toBe(
      'Starting at 20 % the car reaches 40 km at 120 km/h before its 10 % reserve, but the destination is 100 km away.',
    );
    expect(f.tripObstacleWords(start, { system: 'imperial' })).toBe(
      'Starting at 20 % the car reaches 25 mi at 75 mph before its 10 % reserve, but the destination is 62 mi away.',
    );
  });
});

describe('what an answer rests on, in the reader’s units', () => {
  const metricAmount = /\d (km\/h|km|kg|°C)(?![\w/²])/u;
  it('says no metric distance, mass, speed or temperature to an imperial reader, for any car', () => {
    for (const v of dataSet.vehicles.filter(f.isCalculable)) {
      const m = f.vehicleModel(v);
      const n = f.assumptionNotes(m, m.assumptions, { system: 'imperial' });
      for (const a of [...n.flags, ...n.others]) expect(a, v.id).not.toMatch(metricAmount);
      // The same sentences, the same order; a flag stays a flag.
      const metric = f.assumptionNotes(m, m.assumptions);
      expect(n.flags.length, v.id).toBe(metric.flags.length);
      expect(n.others.length, v.id).toBe(metric.others.length);
      expect(metric.others).toEqual(m.assumptions.filter((a) => !m.flags.includes(a)));
    }
  });
  it('converts amounts and spans, and leaves compound units and other quantities alone', () => {
    const imperial = { system: 'imperial' as const };
    expect(f.sentenceInUnits('Top speed taken as 150 km/h; the pack arrives at −10 °C.', imperial)).toBe(
      'Top speed taken as 93 mph; the pack arrives at 14 °F.',
    );
    expect(f.sentenceInUnits('246 kg/m² and 19 kWh/100 km at 11 kW for 0–80 %', imperial)).toBe(
      '246 kg/m² and 19 kWh/100 km at 11 kW for 0–80 %',
    );
    expect(f.sentenceInUnits('1,365 kg', { system: 'metric' })).toBe('1,365 kg');
  });
  it('the trip’s note on a pack that cannot be warmed gives its temperature in °F', () => {
    const m = f.vehicleModel(getVehicle('cooper-se-f56'));
    const plan = f.planTrip(m, { distanceKm: 320, tempC: -7 });
    const n = f.assumptionNotes(m, plan.assumptions, { system: 'imperial' });
    expect(n.others.join(' ')).toMatch(/the pack arrives at \d+ °F/);
  });
});

describe('charts as every face titles them', () => {
  it('axes in the reader’s units, titles the summaries share', () => {
    const m = f.vehicleModel(getVehicle('cooper-se-j01'));
    const r = f.computeRange(m, { speedKmh: 110 });
    const imperial = f.rangeChartWords(r, { system: 'imperial' });
    expect([imperial.bySpeed.x, imperial.bySpeed.y, imperial.byTemp.x]).toEqual(['mph', 'mi', '°F']);
    expect(f.rangeSummary(r, { system: 'imperial' }).charts).toEqual({
      bySpeed: imperial.bySpeed.title,
      byTemp: imperial.byTemp.title,
    });
    const s = f.chargeSession(m, { chargerKW: 50 });
    const words = f.chargeChartWords(s);
    expect(f.chargeSummary(s).charts).toEqual({ charge: words.charge.title, power: words.power.title });
    expect(words.power.series.charger).toBe('What a 50 kW charger gives');
    // Before a session is computed there is no charger to name.
    expect(f.chargeChartWords({ curveKind: 'generic' }).power.series).toEqual({
      limit: 'Car’s limit (generic curve)',
    });
    expect(f.tripChartWords({ system: 'imperial' }).x).toBe('mi');
  });
  it('a car page’s charts name the scenario table’s weather and the default session', () => {
    const m = f.vehicleModel(getVehicle('cooper-se-f56'));
    const s = f.chargeSession(m);
    const w = f.vehicleChartWords(
      m,
      { fromPct: s.input.fromPct, toPct: s.input.toPct, chargerKW: s.chargerKW },
      { system: 'imperial' },
    );
    expect(w.bySpeed.series).toEqual(f.scenarioWords('imperial', m).weather);
    expect(w.byTemp.title).toMatch(/ mph$/);
    expect(w.chargeTime.title).toBe(
      `Charge against time, ${f.formatPercent(s.input.fromPct)} to ${f.formatPercent(s.input.toPct)} on a ${f.formatChargePower(s.chargerKW)} charger`,
    );
    // The car's own limit is the charging calculator's power chart before a charger is chosen.
    expect(w.dcCurve).toEqual(
      f.chargeChartWords({ curveKind: m.charging.curveKind }, { system: 'imperial' }).power,
    );
    expect(w.dcCurve.series.limit).toContain(m.charging.curveKind);
  });
});

describe('the line-up as every face shows it', () => {
  it('says a ceiling or a floor as one, and names the rating of a car without a WLTP figure', () => {
    for (const v of dataSet.vehicles) {
      const cells = f.lineupCells(v);
      const usable = v.battery?.usableKWh;
      if (usable?.bound === 'upper') expect(cells.usableKWh, v.id).toMatch(/^under /);
      if (usable && !usable.bound) expect(cells.usableKWh, v.id).toBe(f.formatEnergy(usable.value));
      if (!usable) expect(cells.usableKWh, v.id).toBe('—');
      const r = f.headlineRange(v);
      const wltp = v.efficiency.find((e) => e.cycle === 'WLTP');
      // The best trim's figure says so where trims differ; a lone figure is the rating's.
      if (wltp)
        expect(r?.rating, v.id).toBe(
          wltp.rangeKmHigh !== undefined || wltp.trim === 'best' ? 'WLTP, best trim' : 'WLTP',
        );
    }
    expect(f.headlineRange(getVehicle('rocketman-concept'))).toBeUndefined();
    expect(f.headlineRange(getVehicle('jcw-aceman'))).toEqual({ value: '355 km', rating: 'WLTP, best trim' });
    expect(f.headlineRange(getVehicle('countryman-e-2026'))?.rating).toBe('WLTP, best trim');
    expect(f.headlineRange(getVehicle('jcw-electric'))).toEqual({ value: '371 km', rating: 'WLTP' });
    expect(f.LINEUP_COLUMNS.map((c) => c.key)).toEqual(
      Object.keys(f.lineupCells(getVehicle('cooper-se-f56'))),
    );
  });
});
