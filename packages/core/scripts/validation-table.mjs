// The validation set, case by case, as the table in docs/model.md §11: `node scripts/validation-table.mjs`
// (after `pnpm build`). test/docs.test.ts renders the same table from the sources and fails when the
// page's copy is stale.
import { fileURLToPath } from 'node:url';

/** The Markdown rows of the per-case table, from a copy of @mini-ev/core (built or source). */
export function validationTable(core) {
  const { accuracyReport, formatNumber, formatSignedPercent, getVehicle } = core;
  const n = (x) => formatNumber(x, { digits: 1 });
  const r = accuracyReport();
  const rows = [
    '| case | car | measured | model (80 % interval) | error | tolerance | naive | source |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const x of r.rows) {
    const c = x.case;
    rows.push(
      `| ${c.id} | ${getVehicle(c.vehicleId).name} | ${n(c.measured)} ${x.unit} | ${n(x.predicted)} (${n(x.low)}–${n(x.high)}) | ${formatSignedPercent(x.errorPct)}${x.withinTolerance ? '' : ' (outside)'} | ±${c.tolerancePct} % | ${formatSignedPercent(x.naiveErrorPct)} | [${c.source.publisher}](${c.source.url}) |`,
    );
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const core = await import('../dist/index.js');
  console.log(validationTable(core).join('\n'));
}
