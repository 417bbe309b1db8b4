import { dataSet, formatChargePower, formatEnergy, LINEUP_COLUMNS, vehicleSummary } from '@mini-ev/core';
import type { Metadata } from 'next';
import { Link } from '../../components/Link';
import { Quantity } from '../../components/Quantity';
import { SortableTable, type SortColumn, type SortRow } from '../../components/SortableTable';
import { pageMeta } from '../../lib/meta';

export const metadata: Metadata = pageMeta({
  title: 'Models',
  description: 'Every electric MINI and relative, with its headline figures.',
  path: '/models',
});

// Core's line-up columns; the figures' columns sort as numbers.
const TEXT_COLUMNS = new Set(['name', 'status', 'years']);
const COLUMNS: SortColumn[] = LINEUP_COLUMNS.map((c) =>
  TEXT_COLUMNS.has(c.key) ? { label: c.label } : { label: c.label, numeric: true },
);

export default function Models() {
  const dash = '—';
  const rows: SortRow[] = dataSet.vehicles.map(vehicleSummary).map((r) => ({
    key: r.id,
    values: [r.name, r.status, r.years, r.powerKW, r.usableKWh, r.wltpRangeKm, r.dcPeakKW],
    cells: [
      <Link key="car" href={`/models/${r.id}`}>
        {r.name}
      </Link>,
      r.status,
      r.years ?? dash,
      r.powerKW !== undefined ? <Quantity key="p" kind="power" value={r.powerKW} /> : dash,
      r.usableKWh !== undefined ? formatEnergy(r.usableKWh) : dash,
      r.wltpRangeKm !== undefined ? <Quantity key="r" kind="distance" value={r.wltpRangeKm} /> : dash,
      r.dcPeakKW !== undefined ? formatChargePower(r.dcPeakKW) : dash,
    ],
  }));
  return (
    <>
      <h1>Models</h1>
      <p className="muted">
        Production cars, the limited Convertible, the 2008 MINI E field-trial car, two concepts, and the Great
        Wall Ora R1 that an electric Rocketman was to share its platform with. Choose a heading to sort by it.
      </p>
      <p className="scroll-cue small muted" aria-hidden="true">
        Swipe the table sideways for more columns →
      </p>
      <div className="table-scroll">
        <SortableTable columns={COLUMNS} rows={rows} caption="Every car with its headline figures" />
      </div>
      <p className="small muted">
        “—” means not published. Concepts have no range or charging figures at all.
      </p>
    </>
  );
}
