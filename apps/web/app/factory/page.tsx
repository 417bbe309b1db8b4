import { dataSet, formatAmount, formatNumber, productionFigures } from '@mini-ev/core';
import type { Metadata } from 'next';
import { FigureValue } from '../../components/FigureValue';
import { sourcesById } from '../../lib/data';
import { pageMeta } from '../../lib/meta';

export const metadata: Metadata = pageMeta({
  title: 'Spotlight Automotive',
  description:
    'The BMW and Great Wall joint venture that builds the electric MINI in Zhangjiagang: partners, investment, capacity.',
  path: '/factory',
});

export default function Factory() {
  const jv = dataSet.jointVentures[0]!;
  const plant = dataSet.plants.find((p) => p.id === jv.plantIds[0])!;
  const org = (id: string) => dataSet.organisations.find((o) => o.id === id)!;
  const convertible = dataSet.vehicles.find((v) => v.id === 'cooper-se-convertible')!;
  const capacity = plant.capacityPerYear!.value;
  const cny = jv.investment.find((f) => f.unit === 'CNY')!;
  const p = productionFigures({
    capacityPerYear: capacity,
    investment: cny.value,
    units: convertible.production.units!.value,
  });
  return (
    <>
      <h1>Spotlight Automotive</h1>
      <p className="muted">
        The joint venture that builds the electric MINI Cooper and Aceman in {plant.city?.text},{' '}
        {plant.region?.text}, {plant.country.text}.
      </p>
      <div className="grid">
        <section className="card">
          <h2 style={{ marginTop: 0 }}>Partners</h2>
          <ul>
            {jv.partners.map((x) => (
              <li key={x.organisationId}>
                {org(x.organisationId).name}: <FigureValue figure={x.share} sources={sourcesById} />
              </li>
            ))}
          </ul>
          <p className="small">
            Agreed {jv.announced.text}.{' '}
            {org('spotlight-automotive')
              .facts.map((f) => f.text)
              .join('. ')}
            .
          </p>
        </section>
        <section className="card">
          <h2 style={{ marginTop: 0 }}>Investment</h2>
          <p>
            <FigureValue figure={cny} sources={sourcesById} /> in total
          </p>
          <p className="small" data-testid="investment-per-unit">
            {formatAmount(p.investmentPerUnitOfCapacity!, 'CNY')} per car of yearly capacity
          </p>
        </section>
        <section className="card">
          <h2 style={{ marginTop: 0 }}>Capacity</h2>
          <p>
            Up to <FigureValue figure={plant.capacityPerYear!} sources={sourcesById} />
          </p>
          <p className="small" data-testid="capacity">
            {formatNumber(p.perDay)} a day, {formatNumber(p.perHour, { digits: 1 })} an hour: a car every{' '}
            {formatNumber(p.secondsPerCar)} seconds at full output (every day, around the clock).
          </p>
        </section>
      </div>
      <h2>The 999 Convertibles against it</h2>
      <p data-testid="convertible-days">
        The limited series of {formatNumber(p.units!)} Cooper SE Convertibles (built in the Netherlands, not
        here) equals {formatNumber(p.daysToBuild!, { digits: 1 })} days of Spotlight’s capacity, or{' '}
        {formatNumber(p.shareOfYearPct!, { digits: 2 })} % of a year.
      </p>
      <h2>Facts</h2>
      <ul>
        {[...jv.facts, ...plant.facts].map((f) => (
          <li key={f.text}>
            {f.text} <span className="small muted">({sourcesById[f.sourceId]?.publisher})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
