import { CAR_SECTIONS, dataSet, getVehicle, vehicleFacts, vehicleIds } from '@mini-ev/core';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Link } from '../../../components/Link';
import { sourcesById } from '../../../lib/data';
import { pageMeta } from '../../../lib/meta';
import { vehicleFigures } from './figures';
import { VehicleDetail } from './VehicleDetail';

export const dynamicParams = false;
export function generateStaticParams() {
  return vehicleIds.map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const v = dataSet.vehicles.find((x) => x.id === id);
  return v ? pageMeta({ title: v.name, description: v.summary, path: `/models/${v.id}` }) : {};
}

export default async function Vehicle({ params }: Props) {
  const { id } = await params;
  if (!vehicleIds.includes(id)) notFound();
  const v = getVehicle(id);
  const facts = vehicleFacts(v);
  return (
    <>
      <p className="small">
        <Link href="/models">Models</Link> /
      </p>
      <h1>
        {v.name}{' '}
        {v.status !== 'production' && !v.name.toLowerCase().includes(v.status) ? (
          <span className="badge">{v.status}</span>
        ) : null}
      </h1>
      <p className="muted">{v.summary}</p>
      <VehicleDetail vehicle={v} figures={vehicleFigures(v)} sources={sourcesById} />
      {facts.length ? (
        <>
          <h2>{CAR_SECTIONS.facts}</h2>
          <ul>
            {facts.map((f) => (
              <li key={f.text}>
                {f.text}{' '}
                <span className="small muted">
                  ({sourcesById[f.sourceId]?.publisher ?? f.sourceId}
                  {f.conflict
                    ? `; disputed: ${f.conflict.alternatives.map((a) => a.text).join(', ')}. ${f.conflict.reason}`
                    : ''}
                  )
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link href={`/compare?models=${id},${id === 'cooper-se-j01' ? 'cooper-se-f56' : 'cooper-se-j01'}`}>
          Compare with another car
        </Link>
        {' · '}
        <Link href={`/range?model=${id}`}>Range calculator</Link>
      </p>
    </>
  );
}
