// The validation set, case by case, as the table in docs/model.md §11: `node scripts/validation-table.mjs`
// (after `pnpm build`). test/docs.test.ts renders the same table from the sources and fails when the
// page's copy is stale.
import { fileURLToPath } from 'node:url';

/** The Markdown rows of the per-case table, from a copy of @mini-ev/core (built or source). */
export function validationTable(core) {
  const { ACCURACY_COLUMNS, accuracyCells, accuracyReport, getVehicle } = core;
  const r = accuracyReport();
  const [caseColumn, ...figures] = ACCURACY_COLUMNS.map((c) => c.label);
  const rows = [
    `| ${caseColumn} | car | ${figures.join(' | ')} | source |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const x of r.rows) {
    const { case: c } = x;
    const t = accuracyCells(x);
    rows.push(
      `| ${c.id} | ${getVehicle(c.vehicleId).name} | ${t.measured} | ${t.model} | ${t.error}${x.withinTolerance ? '' : ' (outside)'} | ${t.tolerance} | ${t.naive} | [${c.source.publisher}](${c.source.url}) |`,
    );
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const core = await import('../dist/index.js');
  console.log(validationTable(core).join('\n'));
}
