import type { DataSetInput } from '../schema/index.js';
import { fig } from './helpers.js';

export const organisations: DataSetInput['organisations'] = [
  { id: 'bmw-group', name: 'BMW Group', kind: 'manufacturer', country: 'Germany', facts: [] },
  {
    id: 'mini',
    name: 'MINI',
    kind: 'brand',
    country: 'United Kingdom',
    parentId: 'bmw-group',
    facts: [
      {
        text: 'Led by Stefanie Wurst at the time of the Convertible announcement',
        sourceId: 'electrek-2023',
        kind: 'official',
      },
    ],
  },
  {
    id: 'great-wall-motor',
    name: 'Great Wall Motor (GWM)',
    kind: 'manufacturer',
    country: 'China',
    facts: [],
  },
  {
    id: 'spotlight-automotive',
    name: 'Spotlight Automotive',
    kind: 'joint-venture',
    country: 'China',
    facts: [
      {
        text: 'Develops and builds electric MINIs for world markets',
        sourceId: 'spotlight-first-cars',
        kind: 'official',
      },
      {
        text: 'The partners market and sell their cars separately, each through its own sales channels',
        sourceId: 'spotlight-first-cars',
        kind: 'official',
      },
    ],
  },
  {
    id: 'touring-superleggera',
    name: 'Touring Superleggera',
    kind: 'coachbuilder',
    country: 'Italy',
    facts: [],
  },
];

export const plants: DataSetInput['plants'] = [
  {
    id: 'plant-zhangjiagang',
    name: 'Spotlight Automotive, Zhangjiagang',
    operatorId: 'spotlight-automotive',
    city: { text: 'Zhangjiagang', sourceId: 'spotlight-first-cars', kind: 'official' },
    region: { text: 'Jiangsu', sourceId: 'spotlight-first-cars', kind: 'official' },
    country: { text: 'China', sourceId: 'spotlight-first-cars', kind: 'official' },
    capacityPerYear: fig(
      160_000,
      'vehicles/year',
      'spotlight-first-cars',
      '160,000 vehicles per year',
      'official',
      {
        note: 'up to; includes two fully electric MINI models',
        corroboration: [{ sourceId: 'technode-spotlight', stated: '160,000 vehicles' }],
      },
    ),
    facts: [
      {
        text: 'Builds two fully electric MINI models: the three-door Cooper first, then a compact crossover',
        sourceId: 'spotlight-first-cars',
        kind: 'official',
      },
      {
        text: 'First electric Cooper off the line around 14 October 2023',
        sourceId: 'technode-spotlight',
        kind: 'official',
      },
    ],
  },
  {
    id: 'plant-oxford',
    name: 'Plant Oxford',
    operatorId: 'bmw-group',
    city: { text: 'Oxford', sourceId: 'carsuk-oxford-mini-electric', kind: 'official' },
    country: { text: 'United Kingdom', sourceId: 'carsuk-oxford-mini-electric', kind: 'official' },
    facts: [],
  },
  {
    id: 'plant-leipzig',
    name: 'BMW Group Plant Leipzig',
    operatorId: 'bmw-group',
    city: { text: 'Leipzig', sourceId: 'carjourno-countryman', kind: 'official' },
    country: { text: 'Germany', sourceId: 'carjourno-countryman', kind: 'official' },
    facts: [
      {
        text: 'Builds the electric Countryman from November 2023, the first MINI made in Germany',
        sourceId: 'carjourno-countryman',
        kind: 'official',
      },
    ],
  },
  {
    id: 'plant-netherlands',
    name: 'MINI Convertible plant, Netherlands',
    operatorId: 'bmw-group',
    country: { text: 'Netherlands', sourceId: 'electrek-2023', kind: 'official' },
    facts: [
      {
        text: 'Builds the electric Convertible alongside the combustion version',
        sourceId: 'electrek-2023',
        kind: 'official',
      },
    ],
  },
];

export const jointVentures: DataSetInput['jointVentures'] = [
  {
    id: 'spotlight-jv',
    organisationId: 'spotlight-automotive',
    partners: [
      { organisationId: 'bmw-group', share: fig(50, '%', 'technode-spotlight', '50:50') },
      { organisationId: 'great-wall-motor', share: fig(50, '%', 'technode-spotlight', '50:50') },
    ],
    announced: {
      text: '10 July 2018',
      sourceId: 'chinaautoreview-spotlight',
      stated: 'signed on July 10, 2018',
      kind: 'official',
      conflict: {
        alternatives: [{ text: '2019', sourceId: 'spotlight-first-cars' }],
        reason:
          'The letter of intent was signed on 23 February 2018 and the joint-venture agreement on 10 July 2018; 2019 is when the company was approved and broke ground, not when it was announced.',
      },
    },
    investment: [
      fig(5.1e9, 'CNY', 'chinaautoreview-spotlight', '¥5.1 billion', 'official', {
        note: 'total investment',
        corroboration: [
          { sourceId: 'hindustantimes-spotlight', stated: 'an investment of 5.1 billion yuan' },
        ],
        conflict: {
          alternatives: [
            {
              value: 1.7e9,
              sourceId: 'spotlight-first-cars',
              stated: 'RMB 1.7 billion',
              note: 'the registered capital, reported as the investment (around $232.7 million)',
            },
          ],
          reason:
            'China Auto Review gives a total investment of ¥5.1 billion and a registered capital of ¥1.7 billion; the seed article reports the registered capital as the investment.',
        },
      }),
    ],
    plantIds: ['plant-zhangjiagang'],
    facts: [
      {
        text: 'Letter of intent signed on 23 February 2018',
        sourceId: 'chinaautoreview-spotlight',
        stated: 'February 23, 2018',
        kind: 'official',
      },
      {
        text: 'Joint-venture agreement signed in Berlin on 10 July 2018',
        sourceId: 'chinaautoreview-spotlight',
        stated: 'July 10, 2018',
        kind: 'official',
      },
      {
        text: 'Registered capital of ¥1.7 billion',
        sourceId: 'chinaautoreview-spotlight',
        stated: 'registered capital of ¥1.7 billion',
        kind: 'official',
      },
      {
        text: 'Ground broken for the Zhangjiagang plant in November 2019, a week after provincial approval',
        sourceId: 'chinaautoreview-spotlight',
        kind: 'official',
      },
    ],
  },
];

const timelineRecords: DataSetInput['timeline'] = [
  {
    id: 'mini-e-premiere',
    date: '2008-11-19',
    title: 'The MINI E, BMW’s first electric MINI, shown at the Los Angeles auto show before a 500-car trial',
    vehicleIds: ['mini-e-2008'],
    sourceId: 'gizmag-mini-e',
    kind: 'launch',
  },
  {
    id: 'rocketman-geneva',
    date: '2011-03',
    title: 'Rocketman concept shown at Geneva',
    vehicleIds: ['rocketman-concept'],
    sourceId: 'bmwblog-rocketman',
    kind: 'concept',
  },
  {
    id: 'superleggera-unveiled',
    date: '2014-05',
    title: 'Superleggera Vision electric roadster concept unveiled at Villa d’Este',
    vehicleIds: ['superleggera-vision'],
    sourceId: 'paultan-superleggera',
    kind: 'concept',
    conflict: {
      alternatives: [{ date: '2016', sourceId: 'rocketman-2019-article' }],
      reason: 'Contemporary reports date the unveiling to May 2014.',
    },
  },
  {
    id: 'cooper-se-announced',
    date: '2019-07-09',
    title: 'Cooper SE (F56) announced, first of BMW’s accelerated electric plan',
    vehicleIds: ['cooper-se-f56'],
    sourceId: 'motoringfile-2019',
    kind: 'announcement',
  },
  {
    id: 'spotlight-loi',
    date: '2018-02-23',
    title: 'BMW and Great Wall Motor sign a letter of intent for an electric-car joint venture',
    sourceId: 'chinaautoreview-spotlight',
    kind: 'announcement',
  },
  {
    id: 'spotlight-jv-announced',
    date: '2018-07-10',
    title: 'BMW and Great Wall Motor sign the Spotlight Automotive joint-venture agreement',
    sourceId: 'chinaautoreview-spotlight',
    kind: 'announcement',
    conflict: {
      alternatives: [{ date: '2019', sourceId: 'spotlight-first-cars' }],
      reason:
        'The agreement was signed on 10 July 2018; 2019 is when the company was approved and broke ground for its plant.',
    },
  },
  {
    id: 'spotlight-groundbreaking',
    date: '2019-11',
    title: 'Spotlight Automotive breaks ground for its plant in Zhangjiagang',
    sourceId: 'chinaautoreview-spotlight',
    kind: 'production',
  },
  {
    id: 'electric-rocketman-plan',
    date: '2019-07-11',
    title: 'Reports of a smaller electric MINI along the Rocketman’s lines, to be built in China',
    vehicleIds: ['rocketman-concept', 'ora-r1'],
    sourceId: 'rocketman-2019-article',
    kind: 'announcement',
  },
  {
    id: 'cooper-se-on-sale',
    date: '2020',
    title: 'Cooper SE (F56) deliveries begin',
    vehicleIds: ['cooper-se-f56'],
    sourceId: 'vezess',
    kind: 'launch',
  },
  {
    id: 'convertible-prototype',
    date: '2022',
    title: 'Electric Cooper SE Convertible prototype shown',
    vehicleIds: ['cooper-se-convertible'],
    sourceId: 'electrek-2023',
    kind: 'concept',
  },
  {
    id: 'convertible-announced',
    date: '2023-02-15',
    title: 'Limited series of 999 Cooper SE Convertibles announced',
    vehicleIds: ['cooper-se-convertible'],
    sourceId: 'electrek-2023',
    kind: 'announcement',
  },
  {
    id: 'one-in-five',
    date: '2023-02-15',
    title: 'One in five MINIs sold in Europe is electric',
    sourceId: 'electrek-2023',
    kind: 'market',
  },
  {
    id: 'convertible-on-sale',
    date: '2023-04',
    title: 'Cooper SE Convertible on sale in Europe',
    vehicleIds: ['cooper-se-convertible'],
    sourceId: 'electrek-2023',
    kind: 'launch',
  },
  {
    id: 'j01-revealed',
    date: '2023-09-01',
    title: 'J01 Cooper E and Cooper SE revealed',
    vehicleIds: ['cooper-e-j01', 'cooper-se-j01'],
    sourceId: 'electrive-2023',
    kind: 'announcement',
  },
  {
    id: 'spotlight-first-car',
    date: '2023-10-14',
    title: 'First electric Cooper leaves the Spotlight Automotive line in Zhangjiagang',
    vehicleIds: ['cooper-e-j01', 'cooper-se-j01'],
    sourceId: 'technode-spotlight',
    kind: 'production',
  },
  {
    id: 'j01-launch',
    date: '2024',
    title: 'J01 electric Cooper launched in international and Chinese markets',
    detail: 'early 2024',
    vehicleIds: ['cooper-e-j01', 'cooper-se-j01'],
    sourceId: 'spotlight-first-cars',
    kind: 'launch',
  },
  {
    id: 'countryman-electric-leipzig',
    date: '2023-11',
    title:
      'Electric Countryman production planned at BMW Group Plant Leipzig, the first MINI built in Germany',
    detail: 'announced in April 2023 for November',
    vehicleIds: ['countryman-e', 'countryman-se-all4'],
    sourceId: 'carjourno-countryman',
    kind: 'production',
  },
  {
    id: 'countryman-2026-update',
    date: '2026-03',
    title:
      'Updated electric Countryman on sale in Europe: a silicon-carbide inverter and 65.2 kWh usable, up to 501 km WLTP',
    detail: 'announced on 28 January 2026',
    vehicleIds: ['countryman-e-2026', 'countryman-se-all4-2026'],
    sourceId: 'electrive-countryman-2026',
    kind: 'launch',
  },
  {
    id: 'all-electric-2030',
    date: '2030',
    title: 'MINI to be all-electric',
    sourceId: 'electrek-2023',
    kind: 'target',
  },
];
/** The history, oldest first whatever order the records are written in, so every face lists it alike. */
export const timeline = [...timelineRecords].sort((a, b) => a.date.localeCompare(b.date));

export const claims: DataSetInput['claims'] = [
  {
    id: 'bmw-plan-2025',
    by: 'bmw-group',
    statement: 'BMW’s original plan: 25 electrified models by 2025, 12 of them fully electric',
    targetYear: 2025,
    figures: [
      fig(25, 'count', 'rocketman-2019-article', '25 plug-in models'),
      fig(12, 'count', 'rocketman-2019-article', '12 of them'),
    ],
    sourceId: 'rocketman-2019-article',
  },
  {
    id: 'bmw-plan-2023',
    by: 'bmw-group',
    madeOn: '2019-07',
    statement:
      'BMW’s accelerated plan (2019): 25 electrified models by 2023, 13 of them fully electric, starting with the Cooper SE',
    targetYear: 2023,
    figures: [
      fig(25, 'count', 'rocketman-2019-article', '25 plug-in models'),
      fig(13, 'count', 'rocketman-2019-article', '13 new electric cars'),
    ],
    supersedes: 'bmw-plan-2025',
    sourceId: 'rocketman-2019-article',
  },
  {
    id: 'mini-all-electric-2030',
    by: 'mini',
    madeOn: '2023-02-15',
    statement: 'MINI to sell only electric cars by 2030',
    targetYear: 2030,
    figures: [],
    sourceId: 'electrek-2023',
  },
  {
    id: 'mini-europe-share-2023',
    by: 'mini',
    madeOn: '2023-02-15',
    statement: 'One in five MINIs sold in Europe is electric (Stefanie Wurst, head of MINI)',
    figures: [fig(20, '%', 'electrek-2023', 'one in five', 'official', { note: 'one in five = 20 %' })],
    sourceId: 'electrek-2023',
  },
];
