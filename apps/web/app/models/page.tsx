import { dataSet, LINEUP_COLUMNS, lineupCells, vehicleSummary } from '@mini-ev/core';
import type { Metadata } from 'next';
import { Both } from '../../components/Both';
import { Link } from '../../components/Link';
import { SortableTable, type SortColumn, type SortRow } from '../../components/SortableTable';
import { pageMeta } from '../../lib/meta';
import { inBoth } from '../../lib/systems';

export const metadata: Metadata = pageMeta({
  title: 'Models',
  description: 'Every electric MINI and relative, with its headline figures.',
  path: '/models',
});

// Core's line-up columns; its figures sort as numbers.
const COLUMNS: SortColumn[] = LINEUP_COLUMNS.map((c) => ({ label: c.label, numeric: c.numeric }));

export default function Models() {
  // Sorted by the figures, shown as core words them in both systems (a ceiling says "under").
  const rows: SortRow[] = dataSet.vehicles.map((v) => {
    const r = vehicleSummary(v);
    const cells = inBoth((system) => lineupCells(v, { system }));
    return {
      key: r.id,
      values: [r.name, r.status, r.years, r.powerKW, r.usableKWh, r.wltpRangeKm, r.dcPeakKW],
      cells: LINEUP_COLUMNS.map((c) =>
        c.key === 'name' ? (
          <Link key="car" href={`/models/${r.id}`}>
            {r.name}
          </Link>
        ) : (
          <Both key={c.key} metric={cells.metric[c.key]} imperial={cells.imperial[c.key]} />
        ),
      ),
    };
  });
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
