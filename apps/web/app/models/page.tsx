import { dataSet, formatChargePower, formatEnergy, vehicleSummary } from '@mini-ev/core';
import type { Metadata } from 'next';
import { Link } from '../../components/Link';
import { Quantity } from '../../components/Quantity';

export const metadata: Metadata = {
  title: 'Models',
  description: 'Every electric MINI and relative, with its headline figures.',
};

export default function Models() {
  const rows = dataSet.vehicles.map(vehicleSummary);
  const dash = '—';
  return (
    <>
      <h1>Models</h1>
      <p className="muted">
        Production cars, the limited Convertible, two concepts, and the Great Wall Ora R1 that an electric
        Rocketman was to share its platform with.
      </p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Car</th>
              <th scope="col">Status</th>
              <th scope="col">Years</th>
              <th scope="col" className="num">
                Power
              </th>
              <th scope="col" className="num">
                Usable battery
              </th>
              <th scope="col" className="num">
                WLTP range
              </th>
              <th scope="col" className="num">
                DC peak
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link href={`/models/${r.id}`}>{r.name}</Link>
                </th>
                <td>{r.status}</td>
                <td>{r.years ?? dash}</td>
                <td className="num">
                  {r.powerKW !== undefined ? <Quantity kind="power" value={r.powerKW} /> : dash}
                </td>
                <td className="num">{r.usableKWh !== undefined ? formatEnergy(r.usableKWh) : dash}</td>
                <td className="num">
                  {r.wltpRangeKm !== undefined ? <Quantity kind="distance" value={r.wltpRangeKm} /> : dash}
                </td>
                <td className="num">{r.dcPeakKW !== undefined ? formatChargePower(r.dcPeakKW) : dash}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small muted">
        “—” means not published. Concepts have no range or charging figures at all.
      </p>
    </>
  );
}
