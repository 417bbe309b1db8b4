import type { VehicleInput } from '../schema/index.js';
import { fig } from './helpers.js';

const J01_DRAG_CONFLICT = {
  alternatives: [
    { value: 0.26, sourceId: 'motoringfile-j01-f66', stated: '0.26', note: 'a hands-on comparison article' },
  ],
  reason:
    '0.28 is the figure given at the J01’s reveal (BMWBLOG); MotoringFile’s 0.26 is not found in MINI’s own figures, so 0.28 is used.',
};

const f56Pack = {
  grossKWh: fig(32.6, 'kWh', 'vezess', '32.6 kWh'),
  usableKWh: fig(28.9, 'kWh', 'vezess', '28.9 kWh'),
  chemistry: 'lithium-ion (NMC)',
};

/** The J01 Cooper SE's 54.2 kWh pack (49.2 kWh usable), as the sources for each car state it. */
const j01LargePack = (
  grossSource: string,
  usableSource: string,
  usableExtra: Parameters<typeof fig>[5] = {},
) => ({
  grossKWh: fig(54.2, 'kWh', grossSource, '54.2 kWh', 'official', {
    corroboration: [{ sourceId: 'spotlight-first-cars', stated: '54.2 kWh' }],
  }),
  usableKWh: fig(49.2, 'kWh', usableSource, '49.2 kWh', 'official', usableExtra),
});

/**
 * The J01 Cooper SE's DC curve as evkx gives it, state of charge % → kW at the battery. Its even 10 % steps
 * and straight climb from 0 to 10 % look interpolated, not logged, so it is stored as modelled.
 */
const J01_SE_CURVE = [
  { socPct: 0, kW: 9 },
  { socPct: 10, kW: 95 },
  { socPct: 20, kW: 91 },
  { socPct: 30, kW: 86 },
  { socPct: 40, kW: 82 },
  { socPct: 50, kW: 74 },
  { socPct: 60, kW: 63 },
  { socPct: 70, kW: 52 },
  { socPct: 80, kW: 41 },
  { socPct: 90, kW: 31 },
  { socPct: 100, kW: 20 },
];

/** The U25 Countryman's battery, the same in both electric versions (Electrifying.com). */
const countrymanPack = {
  grossKWh: fig(66.5, 'kWh', 'electrifying-countryman', '66.5 kWh', 'official', {
    conflict: {
      alternatives: [{ value: 64.7, sourceId: 'carjourno-countryman', stated: '64.7 kWh' }],
      reason:
        '64.7 kWh was MINI’s pre-launch figure (April 2023); the launched car’s pack is 66.5 kWh total.',
    },
  }),
  usableKWh: fig(64.6, 'kWh', 'electrifying-countryman', '64.6 kWh'),
  chemistry: 'lithium-ion (NMC)',
};
const countrymanCharging = {
  acKW: fig(22, 'kW', 'autoua-countryman', '22 kW', 'official', {
    note: 'given as "up to"; whether every market gets the 22 kW on-board charger is not stated',
    corroboration: [{ sourceId: 'ams-countryman-electric', stated: 'maximal 22 kW' }],
    conflict: {
      alternatives: [{ value: 11, sourceId: 'insideevs-de-countryman-test', stated: 'bis zu 11 kW' }],
      reason:
        'Two reports give 22 kW and InsideEVs’ test car had 11 kW, so 22 kW is probably an option. 22 kW is kept as the most the car can take; on an 11 kW wall box, give the charger’s power.',
    },
  }),
  dcPeakKW: fig(130, 'kW', 'electrifying-countryman', '130 kW'),
};
/** The Countryman SE ALL4's logged DC session as published by evkx.net, thinned to its shape. */
const COUNTRYMAN_SE_ALL4_CURVE = [
  { socPct: 0, kW: 20 },
  { socPct: 2, kW: 125 },
  { socPct: 17, kW: 127 },
  { socPct: 25, kW: 124 },
  { socPct: 30, kW: 118 },
  { socPct: 40, kW: 104 },
  { socPct: 50, kW: 90 },
  { socPct: 60, kW: 75 },
  { socPct: 70, kW: 61 },
  { socPct: 79, kW: 49 },
  { socPct: 80, kW: 38 },
  { socPct: 88, kW: 37 },
  { socPct: 90, kW: 41 },
  { socPct: 95, kW: 31 },
  { socPct: 100, kW: 20 },
];
const countrymanBody = {
  lengthMm: fig(4433, 'mm', 'autoua-countryman', '4,433 millimeters'),
  widthMm: fig(1843, 'mm', 'autoua-countryman', '1,843 mm'),
  heightMm: fig(1656, 'mm', 'autoua-countryman', '1,656 mm'),
  bootL: fig(460, 'L', 'electrifying-countryman-review', '460-litres', 'official', {
    note: 'with the rear seats up',
  }),
};
const countrymanAero = { cd: fig(0.26, '1', 'motoringfile-countryman', '0.26') };
/** The Countryman E's drive, unchanged by the 2026 update (MotoringNZ: no other changes). */
const countrymanEPerformance = {
  powerKW: fig(150, 'kW', 'insideevs-de-countryman', '150 kW', 'official', {
    conflict: {
      alternatives: [{ value: 140, sourceId: 'carjourno-countryman', stated: '140 kW' }],
      reason: '140 kW was MINI’s pre-launch figure (April 2023); the car was launched with 150 kW.',
    },
  }),
  torqueNm: fig(250, 'Nm', 'edmunds-countryman', '184 lb-ft'),
  drivenWheels: 'front' as const,
  accel0to100S: fig(8.6, 's', 'edmunds-countryman', '8.6 seconds'),
  topSpeedKmh: fig(170, 'km/h', 'insideevs-de-countryman-test', '170 km/h', 'official', {
    corroboration: [{ sourceId: 'ams-countryman-electric', stated: 'maximal 170 km/h' }],
  }),
};
/** The Countryman SE ALL4's two-motor drive, unchanged by the 2026 update. */
const countrymanSePerformance = {
  powerKW: fig(230, 'kW', 'autozeitung-countryman', '230 kW', 'official', {
    corroboration: [{ sourceId: 'carjourno-countryman', stated: '230 kW' }],
  }),
  torqueNm: fig(494, 'Nm', 'autozeitung-countryman', '494 Nm', 'official', {
    corroboration: [{ sourceId: 'edmunds-countryman', stated: '364 lb-ft' }],
  }),
  drivenWheels: 'all' as const,
  accel0to100S: fig(5.6, 's', 'edmunds-countryman', '5.6 seconds'),
  topSpeedKmh: fig(180, 'km/h', 'autozeitung-countryman', '180 km/h'),
};
/** The 2026 update's pack: the same 66.5 kWh cells, more of them usable (64.6 → 65.2 kWh). */
const countryman2026Pack = {
  grossKWh: fig(66.5, 'kWh', 'electrive-countryman-2026', '66.5 kWh', 'official', {
    note: 'unchanged by the update',
  }),
  usableKWh: fig(65.2, 'kWh', 'bmwblog-countryman-2026', '65.2 kWh', 'official', {
    corroboration: [
      { sourceId: 'motoringnz-countryman-2026', stated: '65.2kWh' },
      { sourceId: 'electrive-countryman-2026', stated: '65.2 kWh' },
    ],
  }),
  chemistry: 'lithium-ion (NMC)',
};
/** When the updated cars went on sale; the 2024 cars' years end there. */
const countryman2026Years = {
  text: 'The updated electric Countryman (SiC inverter, low-friction front wheel bearings, 65.2 kWh usable) on sale in Europe from March 2026',
  sourceId: 'electrive-countryman-2026',
  stated: 'in March 2026',
};
/** Both electric Countrymans heat with a heat pump as standard (Electrifying.com, UK cars). */
const countrymanHeatPump = {
  text: 'Heat pump as standard equipment',
  sourceId: 'electrifying-countryman',
  stated: 'You do get a standard heat pump in the Countryman',
  kind: 'official' as const,
};

/** A published price: the figure as the source states it, dated. */
const price = (
  value: number,
  currency: 'EUR' | 'GBP' | 'USD' | 'CNY',
  sourceId: string,
  stated: string,
  asOf: string,
  extra: Parameters<typeof fig>[5] = {},
) => ({ ...fig(value, currency, sourceId, stated, 'official', extra), asOf });

/** A maker's quoted charging time: the window, the charger (kW; undefined where not given) and the minutes. */
const makerTime = (
  type: 'ac' | 'dc',
  fromPct: number,
  toPct: number,
  chargerKW: number | undefined,
  minutes: ReturnType<typeof fig>,
) => ({ type, fromPct, toPct, ...(chargerKW === undefined ? {} : { chargerKW }), minutes });

/**
 * The Countryman's charging with MINI's one quoted DC time, 10–80 % in 29 min on a charger of up to 130 kW
 * (the same for the 2024 car and the 2026 update); `minutes` says where each car's quote is published.
 */
const countrymanChargingQuoted = (minutes: ReturnType<typeof fig>) => ({
  ...countrymanCharging,
  manufacturerTimes: [makerTime('dc', 10, 80, 130, minutes)],
});
/** What the 2026 update kept: charging power and the quoted DC time. */
const countryman2026Charging = countrymanChargingQuoted(
  fig(29, 'min', 'bmwblog-countryman-2026', '29 minutes', 'official', {
    corroboration: [{ sourceId: 'autoexpress-countryman-2026', stated: '29 minutes' }],
    note: '“as before”: the same time MINI gives for the 2024 car',
  }),
);
/**
 * The 2026 update's WLTP rating: MINI gives only the best trim's "up to" figure, in km (BMWBLOG) and miles.
 * `before` is the 2024 car's best trim, for the note; `ukStated` is how Auto Express writes the miles.
 */
const countryman2026Wltp = (km: number, miles: number, before: number, ukStated: string) => [
  {
    cycle: 'WLTP' as const,
    rangeKm: fig(km, 'km', 'bmwblog-countryman-2026', `${km} kilometers`, 'official', {
      note: `up to ${km} km, the best trim (${miles} miles); the 2024 car’s best was ${before} km`,
      corroboration: [
        { sourceId: 'motoringnz-countryman-2026', stated: `${km}km` },
        { sourceId: 'autoexpress-countryman-2026', stated: ukStated },
      ],
    }),
    trim: 'best' as const,
  },
];
/** What both 2026 Countrymans share: all but their drive, their rating and their names. */
const countryman2026Shared = {
  make: 'MINI' as const,
  modelLine: 'Countryman',
  generation: 'U25',
  bodyStyle: 'crossover' as const,
  status: 'production' as const,
  powertrain: 'battery-electric' as const,
  yearsOnSale: { from: 2026 },
  yearsSource: [countryman2026Years],
  plantId: 'plant-leipzig',
  battery: countryman2026Pack,
  charging: countryman2026Charging,
  heatPump: countrymanHeatPump,
  dimensions: countrymanBody,
  aerodynamics: countrymanAero,
  facts: [
    {
      text: 'Only the inverter, the front wheel bearings and the usable capacity changed: power, body and charging are the 2024 car’s',
      sourceId: 'motoringnz-countryman-2026',
      stated: 'There are no other changes',
    },
  ],
  unknown: ['Mass', 'WLTP span across trims (only the best trim’s figure is published)', 'Prices'],
};
/**
 * The Aceman E's and SE's body: MINI's figures from its release on the car's final tests (January 2024),
 * before the premiere; launch reports round them to 4.08, 1.75 and 1.50 m, and none we hold gives others.
 */
const acemanNote = {
  note: 'MINI’s figure for the Aceman in its final tests (January 2024), before the premiere; launch reports round it (4.08 × 1.75 × 1.50 m)',
};
const acemanDimensions = {
  lengthMm: fig(4075, 'mm', 'businesslive-aceman-desert', '4,075mm in length', 'official', {
    ...acemanNote,
    corroboration: [{ sourceId: 'completecar-aceman-tease', stated: '4,075mm long' }],
  }),
  widthMm: fig(1754, 'mm', 'businesslive-aceman-desert', 'a width of 1,754mm', 'official', {
    ...acemanNote,
    corroboration: [{ sourceId: 'completecar-aceman-tease', stated: '1,754mm wide' }],
  }),
  heightMm: fig(1495, 'mm', 'businesslive-aceman-desert', 'a height of 1,495mm', 'official', {
    ...acemanNote,
    corroboration: [{ sourceId: 'completecar-aceman-tease', stated: '1,495mm tall' }],
  }),
};
/** The J01 Cooper's body, EU-market figures (given for the Cooper SE; the Cooper E shares the body). */
const j01Body = {
  lengthMm: fig(3858, 'mm', 'motoringfile-j01-f66-dimensions', '3858 mm'),
  widthMm: fig(1756, 'mm', 'motoringfile-j01-f66-dimensions', '1756 mm'),
  heightMm: fig(1460, 'mm', 'motoringfile-j01-f66-dimensions', '1460 mm'),
  wheelbaseMm: fig(2526, 'mm', 'motoringfile-j01-f66-dimensions', '2526 mm'),
  bootL: fig(210, 'L', 'autoimabo-cooper-electric', '210 Litern', 'official', {
    note: '800 litres with the rear seats folded',
  }),
};

/** The JCW electrics' battery: the J01 SE's 54.2 kWh pack. */
const jcwPack = { grossKWh: fig(54.2, 'kWh', 'carinsidernews-jcw', '54.2-kwh') };
/** What the two JCW electrics share: their launch, plant, battery and drivetrain (with its boost). */
const jcwShared = {
  yearsOnSale: { from: 2025 },
  yearsSource: [
    {
      text: 'Revealed at the Paris motor show in October 2024',
      sourceId: 'bimmertoday-jcw',
      stated: 'Paris Motor Show 2024',
    },
  ],
  plantId: 'plant-zhangjiagang',
  battery: jcwPack,
  performance: {
    powerKW: fig(190, 'kW', 'bimmertoday-jcw', '258 PS', 'official', {
      note: 'with the temporary boost; 170 kW without it',
      corroboration: [{ sourceId: 'motoringnz-jcw', stated: '190kW' }],
    }),
    torqueNm: fig(350, 'Nm', 'newsbytes-jcw', '350Nm', 'official', {
      conflict: {
        alternatives: [
          { value: 340, sourceId: 'autoexpress-jcw', stated: '340Nm', note: 'without the boost' },
        ],
        reason:
          '350 Nm is the figure with the boost, as for the power; MotoringNZ gives 340 Nm in the standard mode.',
      },
    }),
    drivenWheels: 'front' as const,
    topSpeedKmh: fig(200, 'km/h', 'bimmertoday-jcw', '200 km/h'),
  },
};

export const vehicles: VehicleInput[] = [
  {
    id: 'cooper-se-f56',
    name: 'MINI Cooper SE (F56)',
    make: 'MINI',
    modelLine: 'Cooper',
    generation: 'F56',
    variant: 'SE',
    bodyStyle: 'hatchback',
    status: 'production',
    powertrain: 'battery-electric',
    yearsOnSale: { from: 2020, to: 2024 },
    yearsSource: [
      {
        text: 'Announced on 9 July 2019 as the first car of BMW’s accelerated electric plan',
        sourceId: 'rocketman-2019-article',
        stated: 'announced Tuesday',
      },
      {
        text: 'On sale since 2019 as the all-electric version of the Cooper',
        sourceId: 'electrek-2023',
        stated: 'since 2019',
      },
    ],
    plantId: 'plant-oxford',
    summary:
      'The first series-production electric MINI: a three-door hatch built in Oxford on the F56 platform with the BMW i3’s 135 kW motor.',
    battery: f56Pack,
    performance: {
      powerKW: fig(135, 'kW', 'hothatch', '135 kW', 'official', {
        corroboration: [{ sourceId: 'hothatch', stated: '135 kW (184 hp)' }],
      }),
      torqueNm: fig(270, 'Nm', 'hothatch', '270 Nm'),
      drivenWheels: 'front',
      accel0to100S: fig(7.3, 's', 'motoringfile-2019', '7.3 seconds'),
      accel0to60mphS: fig(6.9, 's', 'thedrive-cooper-se-us', '6.9 seconds', 'official', {
        note: 'MINI’s US claim, “as little as”.',
      }),
      topSpeedKmh: fig(150, 'km/h', 'hothatch', '150 km/h', 'official', {
        note: 'electronically limited',
      }),
    },
    charging: {
      acKW: fig(11, 'kW', 'hothatch', '11 kW', 'official', { note: 'three-phase, Europe and Australia' }),
      acAltKW: [
        fig(7.4, 'kW', 'drivingelectric', '7.4 kW', 'official', { note: 'US-market on-board charger' }),
      ],
      dcPeakKW: fig(50, 'kW', 'motoringfile-2019', '50 kW'),
      manufacturerTimes: [
        makerTime('dc', 0, 80, 50, fig(35, 'min', 'drivingelectric', '35 minutes')),
        makerTime('ac', 0, 80, 11, fig(150, 'min', 'hothatch', '2.5 hours')),
        makerTime('ac', 0, 100, 11, fig(210, 'min', 'hothatch', '3.5 hours')),
        makerTime(
          'dc',
          0,
          100,
          50,
          fig(90, 'min', 'redlive-mini-elettrica', 'un’ora e mezza', 'official', {
            note: 'MINI’s figure as the magazine reports it, beside the 35 min to 80 %; DrivingElectric writes that topping up from 80 % to full takes “another hour” (about 95 min in all)',
          }),
        ),
      ],
    },
    heatPump: {
      text: 'Heat pump as standard equipment',
      sourceId: 'automototale-cooper-se',
      stated: 'Energy Efficient Heat Pump',
      kind: 'official',
    },
    batteryPreconditioning: {
      available: false,
      text: 'No battery warming before or during a DC fast charge (as in the BMW i3: only the charge itself warms the pack)',
      sourceId: 'insideevsforum-preconditioning',
      stated: 'There is no battery warming function on the i3 or Mini',
      kind: 'estimated',
    },
    efficiency: [
      {
        cycle: 'WLTP',
        rangeKm: fig(225, 'km', 'vezess', '225 km', 'official', { note: 'largest wheels' }),
        rangeKmHigh: fig(234, 'km', 'vezess', '234 km', 'official', { note: 'smallest wheels' }),
      },
      {
        cycle: 'NEDC',
        rangeKm: fig(235, 'km', 'emobilitaet-cooper-se-2019', '235 bis 270 Kilometern', 'official', {
          note: 'the launch span, NEDC-correlated: measured on the WLTP and converted back to the NEDC',
          corroboration: [{ sourceId: 'motoringfile-2019', stated: '235 to 270 km' }],
        }),
        rangeKmHigh: fig(270, 'km', 'emobilitaet-cooper-se-2019', '270 Kilometern'),
      },
      {
        cycle: 'EPA',
        rangeKm: fig(177, 'km', 'theautochannel-cooper-se-2020', '110 miles', 'official', {
          note: 'model years 2020–2021; 114 mi (183 km) from model year 2022 (batterytech)',
        }),
        rangeKmHigh: fig(183, 'km', 'batterytech', '114 miles', 'official', { note: 'model year 2022 on' }),
        consumptionKWhPer100Km: fig(
          19.04,
          'kWh/100km',
          'aaa-car-guide-2023-cooper-se',
          '110 MPGe',
          'official',
          {
            note: 'the label’s combined figure, energy from the wall (33.705 kWh per gallon equivalent)',
          },
        ),
      },
    ],
    dimensions: {
      lengthMm: fig(3845, 'mm', 'wikipedia-mini-electric', '3845 mm'),
      widthMm: fig(1727, 'mm', 'wikipedia-mini-electric', '1,727 mm', 'official', {
        note: 'in the article’s infobox; our copy of en.wikipedia cuts it short, a mirror of the same article shows it',
      }),
      heightMm: fig(1432, 'mm', 'wikipedia-mini-electric', '1,432 mm', 'official', {
        note: 'in the article’s infobox; our copy of en.wikipedia cuts it short, a mirror of the same article shows it',
      }),
      wheelbaseMm: fig(2495, 'mm', 'wikipedia-mini-electric', '2495 mm'),
      massKg: fig(1365, 'kg', 'electrive-cooper-se-gp-2020', '1,365 kilos', 'official', {
        note: 'unladen (DIN kerb) mass, without driver',
      }),
      massBasis: 'DIN kerb',
      bootL: fig(211, 'L', 'discoverev-mini-electric-2019', '211 litres', 'official', {
        note: '731 litres with the rear seats folded; the battery takes none of the boot',
      }),
    },
    prices: [
      {
        market: 'uk',
        basis: 'after-grant',
        trim: 'Level I',
        price: price(24_400, 'GBP', 'buyacar-mini-electric-2019', '£24,400', '2019-07', {
          note: 'after the £3,500 plug-in car grant',
          conflict: {
            alternatives: [
              { value: 24_300, sourceId: 'drivingelectric-mini-electric-prices', stated: '£24,300' },
            ],
            reason:
              'Two launch reports differ by £100; BuyaCar gives the price of each trim level, so its entry price is kept.',
          },
        }),
      },
      {
        market: 'uk',
        basis: 'after-grant',
        trim: 'Level II',
        price: price(26_400, 'GBP', 'buyacar-mini-electric-2019', '£26,400', '2019-07', {
          note: 'after the £3,500 plug-in car grant',
        }),
      },
      {
        market: 'uk',
        basis: 'after-grant',
        trim: 'Level III',
        price: price(30_400, 'GBP', 'buyacar-mini-electric-2019', '£30,400', '2019-07', {
          note: 'after the £3,500 plug-in car grant',
        }),
      },
      {
        market: 'us',
        basis: 'with-destination',
        price: price(30_750, 'USD', 'autoblog-cooper-se-us-price', '$30,750', '2019-10', {
          note: 'including the destination charge, before the federal tax credit',
        }),
      },
    ],
    aerodynamics: {
      roadLoad: {
        testMassKg: fig(1587.6, 'kg', 'epa-test-car-list-2022', '3500 lbs', 'official', {
          note: 'EPA equivalent test weight',
        }),
        coefficients: {
          a: fig(121.88, 'N', 'epa-test-car-list-2022', '27.400 lbf', 'official', {
            note: 'target coefficient A',
          }),
          b: fig(1.1913, 'N/(km/h)', 'epa-test-car-list-2022', '0.4310 lbf/mph', 'official', {
            note: 'target coefficient B',
          }),
          c: fig(0.025676, 'N/(km/h)²', 'epa-test-car-list-2022', '0.01495 lbf/mph**2', 'official', {
            note: 'target coefficient C',
          }),
        },
      },
      cdaM2: fig(0.553, 'm²', 'epa-test-car-list-2022', '0.553 m²', 'derived', {
        note: 'from the square term alone: CdA = 2c/ρ with ρ = 1.204 kg/m³; the linear term holds some more of the drag',
      }),
      rollingResistance: fig(0.0078, '1', 'epa-test-car-list-2022', '0.0078', 'derived', {
        note: 'the constant term divided by the test weight',
      }),
    },
    facts: [
      { text: 'Built at Plant Oxford, UK, from November 2019', sourceId: 'carsuk-oxford-mini-electric' },
      {
        text: 'The 2022 Resolute Edition was a limited edition of this car with the same body and drivetrain (Rebel Green paint, black wheels, bronze details); in Australia it cost A$63,000 before on-road costs, against A$55,650 for the Electric SE Classic',
        sourceId: 'evcentral-resolute',
      },
      {
        text: 'Real-world check: about 13 kWh/100 km at a steady 90 km/h on a mild day; 227 km driven with 4 % left',
        sourceId: 'nyland-90kmh',
        stated: '227 km',
        kind: 'measured',
      },
    ],
  },
  {
    id: 'cooper-se-convertible',
    name: 'MINI Cooper SE Convertible',
    make: 'MINI',
    modelLine: 'Cooper',
    generation: 'F57',
    variant: 'SE',
    bodyStyle: 'convertible',
    status: 'limited',
    powertrain: 'battery-electric',
    yearsOnSale: { from: 2023, to: 2023 },
    yearsSource: [
      {
        text: 'On sale in Europe only, from April 2023',
        sourceId: 'electrek-2023',
        stated: 'beginning in April 2023',
      },
      {
        text: 'A prototype was shown to the public in summer 2022',
        sourceId: 'electrek-2023',
        stated: 'summer of 2022',
      },
    ],
    plantId: 'plant-netherlands',
    summary:
      'A numbered series of 999 electric convertibles built in the Netherlands alongside the combustion Convertible, with the F56 Cooper SE’s drivetrain and battery.',
    battery: {
      grossKWh: fig(32.6, 'kWh', 'evdb-convertible', '32.6 kWh'),
      usableKWh: fig(28.9, 'kWh', 'evdb-convertible', '28.9 kWh'),
    },
    performance: {
      powerKW: fig(135, 'kW', 'electrek-2023', '135 kW', 'official', {
        conflict: {
          alternatives: [
            {
              value: 137.2,
              sourceId: 'electrek-2023',
              stated: '184 hp',
              note: 'read as mechanical horsepower, 184 hp would be 137 kW',
            },
          ],
          reason:
            'The motor is rated 135 kW. The article’s "184 hp" is the European 184 PS (metric horsepower) = 181 hp; it is not a different motor.',
        },
      }),
      drivenWheels: 'front',
      accel0to100S: fig(8.2, 's', 'electrek-2023', '8.2 seconds', 'official', {
        conflict: {
          alternatives: [{ value: 7.1, sourceId: 'insideevs-us-convertible', stated: '7.1 seconds' }],
          reason:
            'MINI’s announcement (via Electrek) gives 8.2 s for the series car; InsideEVs’ 7.1 s would make the heavier convertible quicker than the 7.3 s hatchback.',
        },
      }),
    },
    charging: {
      acKW: fig(11, 'kW', 'evdb-convertible', '11 kW'),
      dcPeakKW: fig(49, 'kW', 'evdb-convertible', '49 kW DC', 'official', {
        note: 'EV Database’s maximum fast-charging power; MINI quotes 50 kW for the drivetrain in the hatch',
      }),
    },
    efficiency: [
      {
        cycle: 'WLTP',
        rangeKm: fig(201, 'km', 'electrek-2023', '201 km', 'official', {
          corroboration: [
            { sourceId: 'electrek-2023', stated: '125 miles' },
            { sourceId: 'greencarcongress', stated: '201 km' },
          ],
          conflict: {
            alternatives: [
              {
                value: 230,
                sourceId: 'autoevolution-convertible-prototype',
                stated: '230 km',
                note: 'the 2022 one-off prototype',
              },
            ],
            reason: 'The 230 km belongs to the 2022 one-off prototype, not to the 999-car series.',
          },
        }),
        consumptionKWhPer100Km: fig(17.2, 'kWh/100km', 'greencarcongress', '17.2 kWh/100 km'),
      },
    ],
    production: {
      units: fig(999, 'count', 'electrek-2023', '999', 'official', {
        note: 'numbered 1 to 999; production run under 1,000 units',
      }),
    },
    notSoldIn: ['us', 'cn'],
    facts: [
      {
        text: 'Sold in Europe only: all 999 cars were for European markets (not the United States or China)',
        sourceId: 'drive-au-convertible',
      },
      {
        text: 'Production limited to 999 cars, each lettered with its number from 1 to 999',
        sourceId: 'electrek-2023',
        stated: '1 through 999',
      },
      {
        text: 'Built in the Netherlands alongside the combustion-engined Convertible',
        sourceId: 'electrek-2023',
      },
      { text: 'Sold in Europe only', sourceId: 'electrek-2023' },
      {
        text: 'Electric soft top with a Union Jack pattern; opens or closes at up to 30 km/h (18.6 mph) and works as a sliding roof',
        sourceId: 'electrek-2023',
        stated: 'up to 30 km/h (18.6 mph)',
      },
      {
        text: 'MINI calls it the first all-electric convertible in the small-car segment',
        sourceId: 'electrek-2023',
      },
      {
        text: 'Series approved after positive feedback on the summer-2022 prototype, within a few months',
        sourceId: 'electrek-2023',
      },
    ],
    dimensions: {
      bootL: fig(160, 'L', 'insideevs-us-convertible', '160 liters', 'official', {
        corroboration: [{ sourceId: 'drive-au-convertible', stated: '160 litres' }],
        note: '51 litres less than the hatch: the folded roof takes them',
      }),
    },
    prices: [
      {
        market: 'de',
        basis: 'list',
        price: {
          ...fig(60_000, 'EUR', 'drive-au-convertible', '€60,000', 'official', {
            corroboration: [{ sourceId: 'evdb-convertible', stated: '€60,000' }],
          }),
          asOf: '2023-02',
        },
      },
      {
        market: 'uk',
        basis: 'list',
        price: { ...fig(52_500, 'GBP', 'evdb-convertible', '£52,500'), asOf: '2023-02' },
      },
      {
        market: 'nl',
        basis: 'list',
        price: { ...fig(62_990, 'EUR', 'evdb-convertible', '€62,990'), asOf: '2023-02' },
      },
    ],
    unknown: ['Length, width and height of the Convertible itself'],
  },
  {
    id: 'cooper-e-j01',
    name: 'MINI Cooper E (J01)',
    make: 'MINI',
    modelLine: 'Cooper',
    generation: 'J01',
    variant: 'E',
    bodyStyle: 'hatchback',
    status: 'production',
    powertrain: 'battery-electric',
    yearsOnSale: { from: 2024 },
    yearsSource: [
      {
        text: 'International and Chinese market launch in early 2024',
        sourceId: 'spotlight-first-cars',
        stated: 'early 2024',
      },
    ],
    plantId: 'plant-zhangjiagang',
    summary:
      'The entry J01 electric Cooper, built by Spotlight Automotive in Zhangjiagang with the smaller 40.7 kWh battery.',
    battery: {
      grossKWh: fig(40.7, 'kWh', 'spotlight-first-cars', '40.7 kWh', 'official', {
        corroboration: [{ sourceId: 'electrive-2023', stated: '40.7 kWh' }],
      }),
      usableKWh: fig(36.6, 'kWh', 'mobile-de', '36.6 kWh'),
    },
    performance: {
      powerKW: fig(135, 'kW', 'spotlight-first-cars', '135 kW', 'official', {
        corroboration: [{ sourceId: 'mobile-de', stated: '184 PS' }],
      }),
      torqueNm: fig(290, 'Nm', 'mobile-de', '290 Nm'),
      drivenWheels: 'front',
      accel0to100S: fig(7.3, 's', 'mobile-de', '7.3 s'),
      topSpeedKmh: fig(160, 'km/h', 'mobile-de', '160 km/h'),
    },
    charging: {
      acKW: fig(11, 'kW', 'spotlight-first-cars', '11 kW AC'),
      dcPeakKW: fig(75, 'kW', 'edmunds', '75 kW', 'official', {
        conflict: {
          alternatives: [
            {
              value: 95,
              sourceId: 'spotlight-first-cars',
              stated: '95 kW',
              note: 'the article gives 95 kW DC for both the E and the SE',
            },
          ],
          reason:
            'Edmunds and ADAC both give 75 kW for the Cooper E; the 95 kW belongs to the SE with the larger battery.',
        },
      }),
    },
    efficiency: [
      {
        cycle: 'WLTP',
        rangeKm: fig(293, 'km', 'mobile-de', '293 km'),
        rangeKmHigh: fig(305, 'km', 'mobile-de', '305 km'),
        consumptionKWhPer100Km: fig(14.3, 'kWh/100km', 'mobile-de', '14.3 kWh/100 km'),
      },
    ],
    dimensions: {
      // The source's table is for the Cooper SE; the E has the same body, so its figures are derived from it.
      ...Object.fromEntries(
        Object.entries(j01Body).map(([k, f]) => [
          k,
          k === 'bootL'
            ? f
            : {
                ...f,
                kind: 'derived' as const,
                note: 'the Cooper SE’s figure; the Cooper E has the same body',
              },
        ]),
      ),
      massKg: fig(1615, 'kg', 'mobile-de', '1,615 kg', 'official', {
        note: 'EU mass including a 75 kg driver (mobile.de’s Leergewicht)',
      }),
      massBasis: 'EU incl. driver',
    },
    prices: [
      {
        market: 'de',
        basis: 'list',
        price: price(32_900, 'EUR', 'adac-autokatalog-cooper-e', '32.900', '2024'),
      },
      {
        market: 'uk',
        basis: 'list',
        price: price(30_000, 'GBP', 'independent-mini-cooper-2024', '£30,000', '2024-09', {
          conflict: {
            alternatives: [{ value: 31_945, sourceId: 'autocar-new-mini-cooper-2023', stated: '£31,945' }],
            reason:
              'Autocar’s is the price announced at the 2023 launch; The Independent gives the entry price in September 2024, when the car was on sale. The later price is kept as what a buyer paid.',
          },
        }),
      },
    ],
    aerodynamics: { cd: fig(0.28, '1', 'bmwblog-j01', '0.28', 'official', { conflict: J01_DRAG_CONFLICT }) },
    notSoldIn: ['us'],
    facts: [
      {
        text: 'Not sold in the United States: MINI put the China-built car’s North American launch on hold over the 100 % US tariff on Chinese-made EVs',
        sourceId: 'electriquity-cooper-aceman-us',
      },
    ],
  },
  {
    id: 'cooper-se-j01',
    name: 'MINI Cooper SE (J01)',
    make: 'MINI',
    modelLine: 'Cooper',
    generation: 'J01',
    variant: 'SE',
    bodyStyle: 'hatchback',
    status: 'production',
    powertrain: 'battery-electric',
    yearsOnSale: { from: 2024 },
    yearsSource: [
      {
        text: 'International and Chinese market launch in early 2024',
        sourceId: 'spotlight-first-cars',
        stated: 'early 2024',
      },
    ],
    plantId: 'plant-zhangjiagang',
    summary:
      'The stronger J01 electric Cooper: 160 kW and the 54.2 kWh battery, built by Spotlight Automotive. Not the same car as the 2020 F56 Cooper SE.',
    battery: j01LargePack('electrive-2023', 'mobile-de'),
    performance: {
      powerKW: fig(160, 'kW', 'spotlight-first-cars', '160 kW', 'official', {
        corroboration: [{ sourceId: 'mobile-de', stated: '218 PS (160 kW)' }],
      }),
      torqueNm: fig(330, 'Nm', 'spotlight-first-cars', '330 Nm', 'official', {
        corroboration: [{ sourceId: 'mobile-de', stated: '330 Nm' }],
      }),
      drivenWheels: 'front',
      accel0to100S: fig(6.7, 's', 'mobile-de', '6.7 s', 'official', {
        corroboration: [{ sourceId: 'spotlight-first-cars', stated: '0–62 mph in 6.7 seconds' }],
      }),
      topSpeedKmh: fig(170, 'km/h', 'mobile-de', '170 km/h'),
    },
    charging: {
      acKW: fig(11, 'kW', 'spotlight-first-cars', '11 kW AC'),
      dcPeakKW: fig(95, 'kW', 'edmunds', '95 kW', 'official', {
        corroboration: [{ sourceId: 'spotlight-first-cars', stated: '95 kW' }],
      }),
      dcCurve: {
        kind: 'modelled',
        sourceId: 'evkx-se',
        points: J01_SE_CURVE,
        note: 'evenly spaced points with a straight ramp from 0 to 10 %: a smoothed or interpolated curve, not a logged session',
      },
      manufacturerTimes: [
        makerTime('dc', 10, 80, 95, fig(30, 'min', 'edmunds', 'a little under 30 minutes')),
      ],
    },
    efficiency: [
      {
        cycle: 'WLTP',
        rangeKm: fig(387, 'km', 'mobile-de', '387 km', 'official', {
          note: 'the low end of the span 387–402 km across trims',
        }),
        rangeKmHigh: fig(402, 'km', 'mobile-de', '402 km', 'official', {
          note: 'up to 402 km',
          corroboration: [{ sourceId: 'spotlight-first-cars', stated: '250-mile (WLTP)' }],
        }),
        consumptionKWhPer100Km: fig(
          14.1,
          'kWh/100km',
          'insideevs-de-cooper-se-test',
          '14,1-14,7 kWh/100 km',
          'official',
          {
            note: 'the WLTP consumption at the plug across trims, lowest (best trim) to highest',
          },
        ),
        consumptionKWhPer100KmHigh: fig(14.7, 'kWh/100km', 'mobile-de', '14.7 kWh/100 km', 'official', {
          corroboration: [{ sourceId: 'insideevs-de-cooper-se-test', stated: '14,1-14,7 kWh/100 km' }],
        }),
      },
    ],
    dimensions: {
      ...j01Body,
      massKg: fig(1680, 'kg', 'mobile-de', '1,680 kg', 'official', {
        note: 'EU mass including a 75 kg driver (mobile.de’s Leergewicht)',
        corroboration: [{ sourceId: 'motoringfile-j01-f66-dimensions', stated: '1680 kg' }],
      }),
      massBasis: 'EU incl. driver',
    },
    prices: [
      {
        market: 'de',
        basis: 'list',
        price: price(36_900, 'EUR', 'adac-autokatalog-cooper-e', '36.900 Euro', '2024'),
      },
      {
        market: 'uk',
        basis: 'list',
        price: price(34_500, 'GBP', 'independent-mini-cooper-2024', '£34,500', '2024-09'),
      },
    ],
    aerodynamics: { cd: fig(0.28, '1', 'bmwblog-j01', '0.28', 'official', { conflict: J01_DRAG_CONFLICT }) },
    notSoldIn: ['us'],
    facts: [
      {
        text: 'Not sold in the United States: MINI put the China-built car’s North American launch on hold over the 100 % US tariff on Chinese-made EVs',
        sourceId: 'electriquity-cooper-aceman-us',
      },
      {
        text: 'Round headlights and oval grille kept; triangular tail lights reinterpret the Union Jack',
        sourceId: 'spotlight-first-cars',
      },
      { text: 'Shown in blue with a white roof and asymmetric wheels', sourceId: 'spotlight-first-cars' },
      {
        text: 'Head-up display replaces the instrument cluster; 24 cm round central screen running MINI OS 9',
        sourceId: 'spotlight-first-cars',
        stated: '24 cm',
      },
      { text: 'Round air vents replaced by horizontal ones', sourceId: 'spotlight-first-cars' },
      {
        text: 'WLTP range given as an estimate before homologation',
        sourceId: 'spotlight-first-cars',
        stated: 'estimated 250-mile (WLTP)',
      },
      {
        text: 'Price and full specifications not yet published at the first cars’ line-off',
        sourceId: 'spotlight-first-cars',
      },
    ],
  },
  {
    id: 'aceman-e',
    name: 'MINI Aceman E',
    make: 'MINI',
    modelLine: 'Aceman',
    generation: 'J05',
    variant: 'E',
    bodyStyle: 'crossover',
    status: 'production',
    powertrain: 'battery-electric',
    yearsOnSale: { from: 2024 },
    yearsSource: [
      {
        text: 'On sale from autumn 2024, after its premiere at Auto China in Beijing in April 2024',
        sourceId: 'blick-aceman-2024',
        stated: 'erst im Herbst',
      },
      {
        text: 'The compact crossover follows the three-door Cooper at Spotlight Automotive',
        sourceId: 'spotlight-first-cars',
        stated: 'compact Mini crossover',
      },
    ],
    plantId: 'plant-zhangjiagang',
    summary: 'The compact electric crossover built after the Cooper at Spotlight Automotive, entry version.',
    battery: {
      grossKWh: fig(42.5, 'kWh', 'autosprint-aceman', '42,5-kWh-Akku'),
      usableKWh: fig(38.5, 'kWh', 'motoringfile-countryman', '38.5 kWh', 'official', {
        note: 'from MotoringFile’s table of the electric MINIs (usable battery, Aceman E column); the same table gives the J01 Cooper E 42.5 kWh gross and 38.5 usable where MINI’s launch figures are 40.7 and 36.6, so only its Aceman columns are used',
      }),
    },
    performance: {
      powerKW: fig(135, 'kW', 'autosprint-aceman', '135 kW', 'official', {
        corroboration: [{ sourceId: 'autosprint-aceman', stated: '184 PS' }],
      }),
      torqueNm: fig(290, 'Nm', 'ilmessaggero-aceman', '290 Nm'),
      drivenWheels: 'front',
      accel0to100S: fig(7.9, 's', 'zsz-aceman', '7,9 Sekunden'),
      topSpeedKmh: fig(160, 'km/h', 'zsz-aceman', '160 km/h'),
    },
    charging: {
      acKW: fig(11, 'kW', 'zsz-aceman', '11 kW'),
      dcPeakKW: fig(75, 'kW', 'autosprint-aceman', '75 kW', 'official', {
        corroboration: [
          { sourceId: 'zsz-aceman', stated: '75 kW' },
          { sourceId: 'ilmessaggero-aceman', stated: '75 kW' },
        ],
      }),
      manufacturerTimes: [
        makerTime(
          'dc',
          10,
          80,
          75,
          fig(30, 'min', 'ilmessaggero-aceman', 'poco meno di 30 minuti', 'official', {
            note: '“a little under 30 minutes” at the car’s 75 kW peak',
          }),
        ),
      ],
    },
    efficiency: [
      {
        cycle: 'WLTP',
        rangeKm: fig(294, 'km', 'ilmessaggero-aceman', 'da 294 a 310 km', 'official', {
          note: 'the low end of the span 294–310 km across trims',
        }),
        rangeKmHigh: fig(310, 'km', 'autosprint-aceman', '310 km', 'official', {
          corroboration: [{ sourceId: 'ilmessaggero-aceman', stated: '310 km' }],
        }),
      },
    ],
    dimensions: {
      ...acemanDimensions,
      bootL: fig(300, 'L', 'auto-medienportal-aceman', '300 Litern', 'official', {
        note: 'with the rear seats up; 300 to 1,005 litres as the seats fold (autosprint.ch)',
      }),
    },
    prices: [
      {
        market: 'de',
        basis: 'list',
        price: price(34_500, 'EUR', 'edison-aceman', '34.500 Euro', '2024', {
          note: 'the entry price of the Aceman line, so the Aceman E’s (EDISON tests a model-year 2025 Aceman SE)',
          conflict: {
            alternatives: [{ value: 30_650, sourceId: 'auto-medienportal-aceman', stated: '30.650 Euro' }],
            reason:
              'Auto-Medienportal’s first drive (October 2024) gives 30,650 euros, 3,850 euros below EDISON’s entry price, without saying why (a launch discount would explain it); EDISON’s is kept as the list price and the lower figure stays on record.',
          },
        }),
      },
    ],
    notSoldIn: ['us'],
    facts: [
      {
        text: 'Not sold in the United States: MINI put the China-built car’s North American launch on hold over the 100 % US tariff on Chinese-made EVs',
        sourceId: 'electriquity-cooper-aceman-us',
      },
    ],
    unknown: ['Mass', 'Drag coefficient'],
  },
  {
    id: 'aceman-se',
    name: 'MINI Aceman SE',
    make: 'MINI',
    modelLine: 'Aceman',
    generation: 'J05',
    variant: 'SE',
    bodyStyle: 'crossover',
    status: 'production',
    powertrain: 'battery-electric',
    yearsOnSale: { from: 2024 },
    yearsSource: [
      {
        text: 'On sale from autumn 2024, after its premiere at Auto China in Beijing in April 2024',
        sourceId: 'blick-aceman-2024',
        stated: 'erst im Herbst',
      },
    ],
    plantId: 'plant-zhangjiagang',
    summary:
      'The compact electric crossover from Spotlight Automotive with the J01 Cooper SE’s 160 kW drivetrain and 54.2 kWh battery.',
    battery: j01LargePack('zsz-aceman', 'motoringfile-countryman', {
      note: 'from MotoringFile’s table of the electric MINIs (usable battery, Aceman SE column): the J01 Cooper SE’s 49.2 kWh, the same pack',
      corroboration: [{ sourceId: 'mobile-de', stated: '49.2 kWh' }],
    }),
    performance: {
      powerKW: fig(160, 'kW', 'edison-aceman', '160 kW', 'official', {
        corroboration: [{ sourceId: 'edison-aceman', stated: '218 PS' }],
      }),
      torqueNm: fig(330, 'Nm', 'edison-aceman', '330 Nm', 'official', {
        corroboration: [{ sourceId: 'ilmessaggero-aceman', stated: '330 Nm' }],
      }),
      drivenWheels: 'front',
      accel0to100S: fig(7.1, 's', 'zsz-aceman', '7,1 Sekunden'),
      topSpeedKmh: fig(170, 'km/h', 'edison-aceman', '170 km/h'),
    },
    charging: {
      acKW: fig(11, 'kW', 'zsz-aceman', '11 kW'),
      dcPeakKW: fig(95, 'kW', 'edison-aceman', '95 kW'),
      manufacturerTimes: [
        makerTime(
          'dc',
          10,
          80,
          95,
          fig(30, 'min', 'edison-aceman', 'about 30 min', 'official', {
            unverified: 'not in the part of EDISON’s page we hold',
          }),
        ),
      ],
    },
    efficiency: [
      {
        cycle: 'WLTP',
        rangeKm: fig(382, 'km', 'ilmessaggero-aceman', '382/407 km', 'official', {
          note: 'the low end of the span across trims (“382/407 km”)',
        }),
        rangeKmHigh: fig(406, 'km', 'autosprint-aceman', '406 Kilometer', 'official', {
          corroboration: [{ sourceId: 'zsz-aceman', stated: '406 Kilometer' }],
          note: 'Il Messaggero gives 407 km for the best trim',
        }),
      },
    ],
    dimensions: {
      ...acemanDimensions,
      bootL: fig(300, 'L', 'auto-medienportal-aceman', '300 Litern', 'official', {
        note: 'with the rear seats up; 300 to 1,005 litres as the seats fold (autosprint.ch)',
      }),
    },
    notSoldIn: ['us'],
    facts: [
      {
        text: 'Not sold in the United States: MINI put the China-built car’s North American launch on hold over the 100 % US tariff on Chinese-made EVs',
        sourceId: 'electriquity-cooper-aceman-us',
      },
    ],
    unknown: ['Mass', 'Drag coefficient'],
  },
  {
    id: 'countryman-e',
    name: 'MINI Countryman E',
    make: 'MINI',
    modelLine: 'Countryman',
    generation: 'U25',
    variant: 'E',
    bodyStyle: 'crossover',
    status: 'production',
    powertrain: 'battery-electric',
    yearsOnSale: { from: 2024, to: 2026 },
    yearsSource: [
      {
        text: 'Built at BMW Group Plant Leipzig from November 2023, the first MINI made in Germany',
        sourceId: 'carjourno-countryman',
        stated: 'this November',
      },
      { ...countryman2026Years, text: 'Replaced in March 2026 by the updated car (listed separately)' },
    ],
    plantId: 'plant-leipzig',
    summary:
      'The third-generation Countryman as a front-wheel-drive electric crossover, built in Leipzig on the platform of the BMW iX1.',
    battery: countrymanPack,
    performance: countrymanEPerformance,
    charging: countrymanChargingQuoted(
      fig(29, 'min', 'tgcom24-countryman-e', '29 minuti', 'official', {
        note: 'MINI’s declared time (“dichiarati”), at a charger of up to 130 kW',
      }),
    ),
    heatPump: countrymanHeatPump,
    efficiency: [
      {
        cycle: 'WLTP',
        rangeKm: fig(430, 'km', 'electrifying-countryman', '267 – 286 miles', 'official', {
          note: 'the low end of the UK span across specifications',
        }),
        rangeKmHigh: fig(462, 'km', 'edmunds-countryman', '287 miles', 'official', {
          note: 'up to 287 miles, the best trim; Electrifying.com’s UK span ends at 286 miles',
        }),
      },
    ],
    dimensions: countrymanBody,
    aerodynamics: countrymanAero,
    prices: [
      {
        market: 'de',
        basis: 'list',
        price: price(43_500, 'EUR', 'stern-countryman-electric', '43.500 Euro', '2023-09'),
      },
      {
        market: 'uk',
        basis: 'list',
        price: price(42_080, 'GBP', 'whatcar-countryman-electric', '£42,080', '2024-03', {
          note: 'What Car?’s “price from” for the electric Countryman, whose entry version is the E',
        }),
      },
      {
        market: 'uk',
        basis: 'after-grant',
        price: price(29_255, 'GBP', 'autoexpress-countryman-2026', '£29,255', '2026-01', {
          note: 'the price in January 2026, as the update was announced, after the £3,750 Electric Car Grant',
        }),
      },
    ],
    unknown: ['Mass with its basis'],
  },
  {
    id: 'countryman-se-all4',
    name: 'MINI Countryman SE ALL4',
    make: 'MINI',
    modelLine: 'Countryman',
    generation: 'U25',
    variant: 'SE ALL4',
    bodyStyle: 'crossover',
    status: 'production',
    powertrain: 'battery-electric',
    yearsOnSale: { from: 2024, to: 2026 },
    yearsSource: [
      {
        text: 'Built at BMW Group Plant Leipzig from November 2023',
        sourceId: 'carjourno-countryman',
        stated: 'this November',
      },
      { ...countryman2026Years, text: 'Replaced in March 2026 by the updated car (listed separately)' },
    ],
    plantId: 'plant-leipzig',
    summary:
      'The first all-wheel-drive electric MINI: the electric Countryman with a motor on each axle and the same battery as the Countryman E.',
    battery: countrymanPack,
    performance: countrymanSePerformance,
    charging: {
      ...countrymanCharging,
      dcCurve: {
        kind: 'measured',
        sourceId: 'evkx-countryman-se-all4',
        points: COUNTRYMAN_SE_ALL4_CURVE,
        note: 'a logged session from about 0 %; evkx gives 32 min 55 s for 10–80 %',
      },
    },
    heatPump: countrymanHeatPump,
    efficiency: [
      {
        cycle: 'WLTP',
        rangeKm: fig(404, 'km', 'electrifying-countryman', '251-266 miles', 'official', {
          note: 'the low end of the UK span across specifications',
        }),
        rangeKmHigh: fig(433, 'km', 'edmunds-countryman', '269 miles', 'official', {
          note: 'the best trim in MINI’s launch figures; Electrifying.com’s UK span ends at 266 miles',
        }),
      },
    ],
    dimensions: {
      ...countrymanBody,
      massKg: fig(2000, 'kg', 'topgear-countryman', '2,000kg', 'official', {
        note: 'basis not stated by the source',
      }),
    },
    aerodynamics: countrymanAero,
    prices: [
      {
        market: 'de',
        basis: 'list',
        price: price(49_500, 'EUR', 'stern-countryman-electric', '49,500 euros', '2023-09', {
          note: 'stated in the English edition of the same report (24hoursworlds.com); our copy of stern.de is cut before it',
        }),
      },
    ],
    unknown: ['Mass basis'],
  },
  {
    id: 'countryman-e-2026',
    name: 'MINI Countryman E (2026)',
    variant: 'E',
    ...countryman2026Shared,
    summary:
      'The front-wheel-drive electric Countryman as updated for 2026: a silicon-carbide inverter, low-friction front wheel bearings and more of the same pack usable, for about 8 % more WLTP range.',
    performance: countrymanEPerformance,
    efficiency: countryman2026Wltp(501, 311, 462, '311 miles').map((r) => ({
      ...r,
      consumptionKWhPer100Km: fig(
        14.7,
        'kWh/100km',
        'autoblog-it-countryman-e-2026',
        '14,7-16,4 kWh/100 km',
        'official',
        {
          note: 'the WLTP consumption at the plug across trims, lowest (best trim) to highest',
        },
      ),
      consumptionKWhPer100KmHigh: fig(
        16.4,
        'kWh/100km',
        'autoblog-it-countryman-e-2026',
        '14,7-16,4 kWh/100 km',
      ),
    })),
  },
  {
    id: 'countryman-se-all4-2026',
    name: 'MINI Countryman SE ALL4 (2026)',
    variant: 'SE ALL4',
    ...countryman2026Shared,
    summary:
      'The all-wheel-drive electric Countryman as updated for 2026, with the same silicon-carbide inverter and larger usable share of its pack as the Countryman E (2026).',
    performance: countrymanSePerformance,
    efficiency: countryman2026Wltp(467, 290, 433, '290-mile'),
  },
  {
    id: 'jcw-electric',
    name: 'MINI John Cooper Works Electric',
    make: 'MINI',
    modelLine: 'Cooper',
    generation: 'J01',
    variant: 'John Cooper Works',
    bodyStyle: 'hatchback',
    status: 'production',
    powertrain: 'battery-electric',
    ...jcwShared,
    summary:
      'The first electric John Cooper Works: the J01 Cooper with a 190 kW (boost) motor, stiffer chassis and bigger brakes, built by Spotlight Automotive.',
    battery: {
      ...jcwPack,
      usableKWh: fig(49.2, 'kWh', 'rushmagazine-jcw-electric', '49.2 kWh', 'official', {
        note: 'the J01 Cooper SE’s usable capacity, whose 54.2 kWh pack the JCW shares; MotoringNZ’s test alone writes “49.8 usable”',
      }),
    },
    performance: { ...jcwShared.performance, accel0to100S: fig(5.9, 's', 'newsbytes-jcw', '5.9 seconds') },
    charging: {
      acKW: fig(11, 'kW', 'rushmagazine-jcw-electric', '11 kW'),
      dcPeakKW: fig(95, 'kW', 'autoexpress-jcw', '95kW', 'official', {
        corroboration: [{ sourceId: 'rushmagazine-jcw-electric', stated: '95 kW' }],
      }),
      manufacturerTimes: [
        makerTime(
          'dc',
          10,
          80,
          95,
          fig(30, 'min', 'rushmagazine-jcw-electric', '30 minutes', 'official', {
            corroboration: [{ sourceId: 'autoexpress-jcw', stated: 'around 30 minutes' }],
          }),
        ),
      ],
    },
    efficiency: [
      {
        cycle: 'WLTP',
        rangeKm: fig(371, 'km', 'bimmertoday-jcw', '371 Kilometer', 'official', {
          conflict: {
            alternatives: [
              {
                value: 365,
                sourceId: 'elmundo-jcw-aceman',
                stated: 'hasta 365 km',
                note: 'the Spanish launch',
              },
            ],
            reason:
              'MINI’s figure at the reveal is kept: El Mundo’s 365 km may be the low end of a span (its 345 km for the JCW Aceman is the low end of that car’s), but no source gives one.',
          },
        }),
      },
    ],
    dimensions: {
      lengthMm: fig(3858, 'mm', 'motoringnz-jcw', '3858mm'),
      widthMm: fig(1756, 'mm', 'motoringnz-jcw', '1756mm'),
      heightMm: fig(1460, 'mm', 'motoringnz-jcw', '1460mm'),
      massKg: fig(1670, 'kg', 'autocar-jcw-filing', '1670kg', 'official', {
        note: 'kerb weight, without a driver, in China’s type-approval listing',
        conflict: {
          alternatives: [
            {
              value: 1655,
              sourceId: 'autoexpresscar-jcw-electric-review',
              stated: '1655kg',
              note: 'without a driver',
            },
            {
              value: 1725,
              sourceId: 'autocar-jcw-electric-review',
              stated: '1725kg',
              note: 'before its driver has climbed in (Autocar’s road test of a UK car)',
            },
          ],
          reason:
            'The type-approval listing is an official document, reported by Autocar; 1,655 kg comes from a rewrite of a road test, and Autocar’s road test gives 1,725 kg for a UK car, whose equipment the listing does not fix.',
        },
      }),
      massBasis: 'DIN kerb',
      bootL: fig(210, 'L', 'blick-jcw-electric', '210 Litern', 'official', {
        note: 'with the rear seats up, the same as the Cooper E and SE',
      }),
    },
    prices: [
      {
        market: 'uk',
        basis: 'list',
        price: price(34_905, 'GBP', 'autoexpresscar-jcw-electric-review', '£34,905', '2025'),
      },
    ],
    unknown: ['Drag coefficient'],
  },
  {
    id: 'jcw-aceman',
    name: 'MINI John Cooper Works Aceman',
    make: 'MINI',
    modelLine: 'Aceman',
    generation: 'J05',
    variant: 'John Cooper Works',
    bodyStyle: 'crossover',
    status: 'production',
    powertrain: 'battery-electric',
    ...jcwShared,
    summary:
      'The Aceman crossover as a John Cooper Works, with the JCW Electric’s drivetrain and battery, built by Spotlight Automotive.',
    performance: { ...jcwShared.performance, accel0to100S: fig(6.4, 's', 'newsbytes-jcw', '6.4 seconds') },
    charging: {
      acKW: fig(11, 'kW', 'elmundo-jcw-aceman', '11 kW', 'official', {
        note: 'from a home supply (the article’s “corriente continua”, DC, is a slip)',
      }),
      dcPeakKW: fig(95, 'kW', 'elmundo-jcw-aceman', '95 kW'),
      manufacturerTimes: [],
    },
    efficiency: [
      {
        cycle: 'WLTP',
        rangeKm: fig(345, 'km', 'autoblog-uy-jcw-aceman', '345-355 km', 'official', {
          note: 'the low end of the span 345–355 km across trims',
        }),
        rangeKmHigh: fig(355, 'km', 'bimmertoday-jcw', '355 Kilometer'),
      },
    ],
    dimensions: {
      lengthMm: fig(4079, 'mm', 'motoringnz-jcw', '4079mm'),
      widthMm: fig(1754, 'mm', 'motoringnz-jcw', '1754mm'),
      heightMm: fig(1514, 'mm', 'motoringnz-jcw', '1514mm'),
      massKg: fig(1768, 'kg', 'autocar-jcw-filing', '1768kg', 'official', {
        note: 'kerb weight, without a driver, in China’s type-approval listing',
      }),
      massBasis: 'DIN kerb',
      bootL: fig(300, 'L', 'carenthusiast-jcw-aceman', '300-litre', 'official', {
        note: 'with the rear seats up, the same as the Aceman E and SE',
      }),
    },
    unknown: [
      'Usable battery capacity from MINI (only MotoringNZ’s test gives one, “49.8 usable” for both JCWs, against the 49.2 kWh MINI gives for this 54.2 kWh pack in the Aceman SE and the JCW Electric; calculations take the Aceman SE’s 49.2 kWh)',
      'Drag coefficient',
    ],
  },
  {
    id: 'mini-e-2008',
    name: 'MINI E (2008 field trial)',
    make: 'MINI',
    modelLine: 'Cooper',
    generation: 'R56',
    variant: 'E',
    bodyStyle: 'hatchback',
    status: 'limited',
    powertrain: 'battery-electric',
    plantId: 'plant-oxford',
    summary:
      'BMW’s first electric MINI: a two-seat R56 hatch with the battery where the rear seats were, built in about 500 examples in 2008 and leased to drivers in the US and UK for a year-long trial. It was never sold.',
    battery: {
      grossKWh: fig(35, 'kWh', 'inautonews-mini-e', '35 kilowatt hours'),
      usableKWh: fig(25.2, 'kWh', 'gizmag-mini-e', '25.2 kWh', 'derived', {
        bound: 'upper',
        note: 'no usable figure was published: a full recharge draws at most 28 kWh from the grid (Gizmag), and at most about 0.90 of that reaches the cells on an 11 kW on-board charger (ADAC measured 0.90 for the 2024 Cooper E), so at most 28 × 0.90 kWh can be driven on; the usual 0.9 × 35 kWh gross would give 31.5 kWh, more than the grid supplies',
      }),
      chemistry: 'lithium-ion (5,088 cells in 48 modules, 380 V)',
    },
    performance: {
      powerKW: fig(150, 'kW', 'inautonews-mini-e', '150kw', 'official', {
        corroboration: [{ sourceId: 'gizmag-mini-e', stated: '150 kW' }],
      }),
      torqueNm: fig(220, 'Nm', 'pistonheads-mini-e', '162lb ft'),
      drivenWheels: 'front',
      accel0to100S: fig(8.5, 's', 'gizmag-mini-e', '8.5 seconds'),
      topSpeedKmh: fig(152, 'km/h', 'gizmag-mini-e', '152 km/h'),
    },
    efficiency: [
      {
        cycle: 'claim',
        rangeKm: fig(251, 'km', 'gizmag-mini-e', '156 miles', 'official', {
          note: 'MINI’s claim at the Los Angeles launch; the same announcement is reported as “more than 240 km” (inautonews) and “150 miles” (Cars.com)',
        }),
        note: 'MINI’s claim at the launch; no test cycle is given',
      },
    ],
    charging: {
      acKW: fig(11, 'kW', 'cars-com-mini-e', '11 kW', 'derived', {
        note: 'at most 28 kWh from the grid for a full recharge (Gizmag) over about 2.5 hours with the home unit (Cars.com) ≈ 11 kW',
      }),
      dcFastCharging: false,
      manufacturerTimes: [],
      acAltKW: [],
    },
    dimensions: {
      massKg: fig(1465, 'kg', 'pistonheads-mini-e', '1465kg', 'official', {
        corroboration: [
          { sourceId: 'autoexpress-mini-e', stated: '1,465kg' },
          { sourceId: 'cars-com-mini-e', stated: '3,230 pounds' },
        ],
        note: 'basis not stated',
      }),
    },
    production: { units: fig(500, 'count', 'inautonews-mini-e', 'approximately 500 cars') },
    facts: [
      {
        text: 'Claimed range of more than 240 km (150 miles) on a charge; no official test cycle is given',
        sourceId: 'inautonews-mini-e',
        stated: 'more than 240 kilometers',
      },
      {
        text: 'Leased to about 450 customers in California, New York and New Jersey for a year, at $850 a month',
        sourceId: 'autoexpress-mini-e',
        stated: '450 customers … $850',
      },
      {
        text: 'A full recharge draws at most 28 kWh from the grid',
        sourceId: 'gizmag-mini-e',
        stated: '28 kilowatt hours',
      },
      {
        text: 'Also run for 12 months by businesses and private users in the south-east of England',
        sourceId: 'pistonheads-mini-e',
      },
    ],
    unknown: [
      'Usable battery capacity (the upper bound above is derived from the grid energy of a full recharge)',
      'An official range on a test cycle (WLTP, EPA or NEDC): the model is calibrated on MINI’s claim',
      'Price (it was leased, never sold)',
      'Length, width and height',
    ],
  },
  {
    id: 'rocketman-concept',
    name: 'MINI Rocketman concept',
    make: 'MINI',
    modelLine: 'Rocketman',
    bodyStyle: 'city-car',
    status: 'concept',
    powertrain: 'combustion',
    summary:
      'A three-plus-one-seat city-car concept shown at Geneva in March 2011; in 2019 MINI considered an electric car along its lines, built with Great Wall.',
    performance: {},
    dimensions: {
      lengthMm: fig(3419, 'mm', 'bmwblog-rocketman', '3.419 meters', 'official', {
        conflict: {
          alternatives: [{ value: 3330, sourceId: 'wardsauto-rocketman', stated: '131 ins. (333 cm)' }],
          reason:
            'MINI’s figure, 3,419 mm (11 ft 3 in), is what BMWBLOG and other reports of the press release give; WardsAuto’s 131 in. does not match it and is not kept.',
        },
      }),
      widthMm: fig(1907, 'mm', 'bmwblog-rocketman', '1.907 meters', 'official', {
        note: 'across the exterior mirrors, as PistonSpy reports it',
        corroboration: [
          { sourceId: 'pistonspy-rocketman', stated: '1,907 mm including the exterior mirrors' },
        ],
      }),
      widthBasis: 'incl. mirrors',
      heightMm: fig(1398, 'mm', 'pistonspy-rocketman', '1,398 mm tall'),
      seats: fig(4, 'count', 'bmwblog-rocketman', '3+1 seats'),
    },
    facts: [
      {
        text: 'Shown at the Geneva motor show, March 2011',
        sourceId: 'bmwblog-rocketman',
        stated: 'Geneva 2011',
      },
      {
        text: 'Combustion-engined concept',
        sourceId: 'rocketman-2019-article',
        stated: 'gas-powered',
        conflict: {
          alternatives: [{ text: 'Hybrid concept quoted at 78 mpg', sourceId: 'wardsauto-rocketman' }],
          reason:
            'Both describe a car that was not battery-electric; the drivetrain was never put into production.',
        },
      },
      {
        text: 'An electric car along the Rocketman’s lines was planned in 2019, to be built by Spotlight Automotive on a Great Wall platform shared with the Ora R1; the decision was not final',
        sourceId: 'rocketman-2019-article',
      },
      {
        text: 'Seen as possibly the 13th fully electric car of BMW’s accelerated plan',
        sourceId: 'rocketman-2019-article',
      },
      {
        text: 'Unlikely to be sold in the US; timing of a China-built car unclear',
        sourceId: 'rocketman-2019-article',
      },
    ],
    unknown: [
      'Battery, range and charging: the concept was not electric and no electric version was ever specified',
    ],
  },
  {
    id: 'superleggera-vision',
    name: 'MINI Superleggera Vision',
    make: 'MINI',
    modelLine: 'Superleggera',
    bodyStyle: 'roadster',
    status: 'concept',
    powertrain: 'battery-electric',
    summary:
      'An electric two-seat roadster concept designed with Touring Superleggera and unveiled at the Concorso d’Eleganza Villa d’Este in May 2014. Never built.',
    dimensions: { seats: fig(2, 'count', 'paultan-superleggera', '2 seats') },
    facts: [
      {
        text: 'Unveiled at the Concorso d’Eleganza Villa d’Este, May 2014',
        sourceId: 'paultan-superleggera',
        conflict: {
          alternatives: [
            {
              text: '2016 (the year the 2019 article gives for its splash)',
              sourceId: 'rocketman-2019-article',
            },
          ],
          reason:
            'Contemporary reports date the unveiling to May 2014; the 2019 article’s 2016 is a later recollection.',
        },
      },
      { text: 'No production announced', sourceId: 'rocketman-2019-article' },
    ],
    unknown: ['Battery, power, range and charging: no technical figures were ever published'],
  },
  {
    id: 'ora-r1',
    name: 'Great Wall Ora R1',
    make: 'Great Wall',
    modelLine: 'Ora R1',
    bodyStyle: 'city-car',
    status: 'production',
    powertrain: 'battery-electric',
    summary:
      'Great Wall’s tiny electric city car, named in 2019 as the platform an electric Rocketman could share. Two battery sizes.',
    performance: {
      powerKW: fig(35, 'kW', 'futurezone-r1', '35 kW', 'official', {
        corroboration: [
          { sourceId: 'rocketman-2019-article', stated: '47-horsepower' },
          { sourceId: 'formulapassion-ora-r1', stated: 'un motore elettrico da 35 kW' },
        ],
      }),
      torqueNm: fig(125, 'Nm', 'formulapassion-ora-r1', '125 Nm'),
      drivenWheels: 'front',
      topSpeedKmh: fig(100, 'km/h', 'fidelityhouse-ora-r1', '100 km/h', 'official', {
        note: 'stated in Italian: “velocità massima limitata a 100 km/h”',
      }),
    },
    charging: {
      acKW: fig(3.3, 'kW', 'formulapassion-ora-r1', '3.3 kW', 'derived', {
        note: 'the 33 kWh battery in about 10 hours on a household socket ≈ 3.3 kW',
      }),
      manufacturerTimes: [
        makerTime(
          'dc',
          5,
          80,
          undefined,
          fig(40, 'min', 'formulapassion-ora-r1', '40 minutes', 'official', {
            note: 'stated in Italian: “dal 5% all’80% in circa 40 minuti”',
          }),
        ),
      ],
      acAltKW: [],
    },
    variants: [
      {
        id: 'ora-r1-30',
        name: '30.7 kWh',
        battery: { grossKWh: fig(30.7, 'kWh', 'rocketman-2019-article', '30.7-kilowatt-hour') },
        efficiency: [
          {
            cycle: 'NEDC',
            rangeKm: fig(310, 'km', 'rocketman-2019-article', '310 kilometers', 'official', {
              corroboration: [{ sourceId: 'rocketman-2019-article', stated: '192 miles' }],
            }),
            note: 'Chinese NEDC-based rating',
          },
        ],
      },
      {
        id: 'ora-r1-33',
        name: '33.4 kWh',
        battery: { grossKWh: fig(33.4, 'kWh', 'rocketman-2019-article', '33.4-kwh') },
        efficiency: [
          {
            cycle: 'NEDC',
            rangeKm: fig(351, 'km', 'rocketman-2019-article', '351 km', 'official', {
              corroboration: [{ sourceId: 'rocketman-2019-article', stated: '218 miles' }],
            }),
            note: 'Chinese NEDC-based rating',
          },
        ],
      },
    ],
    dimensions: {
      lengthMm: fig(3505, 'mm', 'rocketman-2019-article', 'under 11.5 feet', 'official', {
        bound: 'upper',
        note: 'the article says only that the car is under 11.5 ft long',
      }),
      widthMm: fig(1676, 'mm', 'rocketman-2019-article', 'under 5.5 feet', 'official', {
        bound: 'upper',
        note: 'the article says only that the car is under 5.5 ft wide',
      }),
      heightMm: fig(1560, 'mm', 'fidelityhouse-ora-r1', '156 cm'),
    },
    facts: [
      { text: 'Front-wheel drive', sourceId: 'rocketman-2019-article' },
      {
        text: 'Ranges are Chinese ratings, not WLTP',
        sourceId: 'rocketman-2019-article',
        stated: 'in China',
      },
    ],
    unknown: ['WLTP figures', 'Usable capacity', 'Mass', 'Drag coefficient', 'DC charging power'],
  },
];
