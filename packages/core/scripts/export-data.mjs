// Writes the data set as JSON and a JSON Schema generated from the zod schemas into dist/,
// so people outside TypeScript can use the data. Runs after `tsc` in the build.
import { deepStrictEqual } from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { authoredDataSet, dataSet } from '../dist/data/index.js';
import { DataSet } from '../dist/schema/index.js';

// The data set is not parsed on import: validate it here, and check that what the package exports is
// exactly what the schema makes of the authored records.
deepStrictEqual(
  JSON.parse(JSON.stringify(DataSet.parse(authoredDataSet))),
  JSON.parse(JSON.stringify(dataSet)),
);

const schema = z.toJSONSchema(DataSet, { target: 'draft-2020-12', io: 'output' });
schema.$id = 'https://github.com/mini-ev/mini-ev/packages/core/mini-ev-data.schema.json';
schema.title = 'mini-ev data set';
schema.description = 'Electric MINIs and their relatives: every figure with its source.';
writeFileSync(
  new URL('../dist/mini-ev-data.schema.json', import.meta.url),
  `${JSON.stringify(schema, null, 2)}\n`,
);
writeFileSync(
  new URL('../dist/mini-ev-data.json', import.meta.url),
  `${JSON.stringify({ $schema: './mini-ev-data.schema.json', ...dataSet }, null, 2)}\n`,
);
console.log(
  `wrote dist/mini-ev-data.json (${dataSet.vehicles.length} vehicles, ${dataSet.sources.length} sources) and its JSON Schema`,
);
