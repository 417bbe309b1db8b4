import {
  chargeSession,
  dataSet,
  formatDistance,
  formatDuration,
  formatSpeed,
  formatTemperature,
  headlineRange,
  isCalculable,
  LINEUP_COLUMNS,
  lineupCells,
  notCalculableNotice,
  notCalculableReason,
  steadySpeedRange,
  vehicleModel,
  vehicleSummary,
} from '@mini-ev/core';
import type { Metadata } from 'next';
import { Both } from '../components/Both';
import { Link } from '../components/Link';
import { QuickAnswer } from '../components/QuickAnswer';
import { DEFAULT_CAR } from '../lib/car-option';
import { HOME_DESCRIPTION, HOME_TITLE } from '../lib/home';
import { pageMeta } from '../lib/meta';
import { answerKey, type QuickAnswers } from '../lib/quick';
import { type InBoth, inBoth } from '../lib/systems';

const SPEEDS = [90, 110, 130];
const TEMPS = [20, 0, -10];

/** Every quick answer, computed and formatted by core when the page is built. */
function quickAnswers(): QuickAnswers {
  const cars = dataSet.vehicles.filter(isCalculable).map((v) => {
    const m = vehicleModel(v);
    const range: Record<string, InBoth<string>> = {};
    for (const s of SPEEDS) {
      for (const t of TEMPS) {
        const km = steadySpeedRange(m, {
          speedKmh: Math.min(s, m.topSpeedKmh),
          tempC: t,
          fromPct: 100,
          toPct: 10,
        }).rangeKm;
        range[answerKey(s, t)] = inBoth((system) => formatDistance(km, { system }));
      }
    }
    return {
      id: v.id,
      name: v.name,
      charge: formatDuration(chargeSession(m, { fromPct: 10, toPct: 80 }).minutes),
      range,
    };
  });
  return {
    cars,
    speeds: SPEEDS.map((kmh) => ({ kmh, label: inBoth((system) => formatSpeed(kmh, { system })) })),
    temps: TEMPS.map((c) => ({ c, label: inBoth((system) => formatTemperature(c, { system })) })),
    defaultId: DEFAULT_CAR,
  };
}

export const metadata: Metadata = pageMeta({ title: HOME_TITLE, description: HOME_DESCRIPTION, path: '/' });

export default function Home() {
  const lineup = dataSet.vehicles.map((v) => ({
    v,
    s: vehicleSummary(v),
    cells: inBoth((system) => lineupCells(v, { system })),
    range: inBoth((system) => headlineRange(v, { system })),
  }));
  return (
    <>
      <section className="hero">
        <h1>Electric MINIs, with the figures checked</h1>
        <p>
          How far at motorway speed in winter, how long on this charger, what it costs against petrol, how
          many charging stops on a 600 km trip. Every answer comes from a physical model calibrated to each
          car’s official figures, and every figure says where it comes from.
        </p>
      </section>
      <QuickAnswer answers={quickAnswers()} />
      <h2>The line-up</h2>
      <div className="grid">
        {lineup.map(({ v, s: sum, cells, range }) => (
          <article key={v.id} className={`card${v.status === 'concept' ? ' concept' : ''}`}>
            <h3>
              <Link href={`/models/${v.id}`}>{v.name}</Link>{' '}
              {/* No badge that repeats the name ("MINI Rocketman concept" is a concept already). */}
              {v.status !== 'production' && !v.name.toLowerCase().includes(v.status) ? (
                <span className="badge">{v.status}</span>
              ) : null}
            </h3>
            {/* Core's cells and headings: a ceiling says "under", a range says which rating it is. */}
            <div className="kpis small">
              {range.metric ? (
                <div className="kpi">
                  <b>
                    <Both metric={range.metric.value} imperial={range.imperial!.value} />
                  </b>
                  <span>{range.metric.rating}</span>
                </div>
              ) : null}
              {(
                [
                  'usableKWh',
                  'dcPeakKW',
                  ...(sum.wltpRangeKm === undefined ? ['powerKW' as const] : []),
                ] as const
              )
                .filter((key) => cells.metric[key] !== '—')
                .map((key) => (
                  <div className="kpi" key={key}>
                    <b>
                      <Both metric={cells.metric[key]} imperial={cells.imperial[key]} />
                    </b>
                    <span>{LINEUP_COLUMNS.find((c) => c.key === key)!.short}</span>
                  </div>
                ))}
              {notCalculableReason(v) ? <span className="muted">{notCalculableNotice(v)}</span> : null}
            </div>
          </article>
        ))}
      </div>
      <h2>Tools</h2>
      <div className="grid">
        {[
          ['/range', 'Range', 'At any speed, temperature and load, with the energy breakdown.'],
          ['/charging', 'Charging', 'From the car’s charging curve, on any charger or wall box.'],
          ['/cost', 'Running cost', 'Per 100 km and per year, against petrol or diesel, with CO2.'],
          ['/trip', 'Trip planner', 'The fastest set of charging stops, not a fixed 80 % rule.'],
          [
            '/compare?models=cooper-se-f56,cooper-se-j01',
            'Compare',
            'Two to four cars side by side: real range, charging, running cost and price, best marked.',
          ],
          ['/history', 'History', 'From the 2011 Rocketman to the 2030 all-electric goal.'],
        ].map(([href, title, text]) => (
          <Link key={href} href={href!} className="card" style={{ textDecoration: 'none', color: 'inherit' }}>
            <h3 style={{ color: 'var(--accent)' }}>{title}</h3>
            <p className="muted small" style={{ margin: 0 }}>
              {text}
            </p>
          </Link>
        ))}
      </div>
    </>
  );
}
