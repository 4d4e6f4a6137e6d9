// DuckDB's side of bench/reports: loads the tables bench/reports/run exported from the benchmark
// database (not timed), then times aggregate.sql, the same query the sqlite3 tool runs.
// Usage: node duckdb_aggregate.mjs CSV_DIRECTORY THREADS
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const [directory, threads] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const query = readFileSync(join(here, 'aggregate.sql'), 'utf8');

const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const connection = await instance.connect();
const tables = {
  cycle_rater_groups: 'cycle_id BIGINT, rater_group VARCHAR, minimum INTEGER',
  nominations: 'id BIGINT, cycle_id BIGINT, subject_id BIGINT, rater_group VARCHAR',
  invitations: 'id BIGINT, nomination_id BIGINT',
  responses: 'id BIGINT, invitation_id BIGINT, state VARCHAR',
  ratings: 'response_id BIGINT, behaviour_id VARCHAR, value INTEGER',
  bench_behaviours: 'behaviour_id VARCHAR, attribute_id VARCHAR',
};
const loading = performance.now();
for (const [table, columns] of Object.entries(tables)) {
  const types = columns.split(', ').map((column) => {
    const [name, type] = column.split(' ');
    return `'${name}': '${type}'`;
  });
  await connection.run(
    `CREATE TABLE ${table} AS SELECT * FROM read_csv('${join(directory, table + '.csv')}', ` +
      `header = false, columns = {${types.join(', ')}})`,
  );
}
console.log(`(loaded in ${((performance.now() - loading) / 1000).toFixed(2)} s, not counted)`);
const start = performance.now();
const result = await connection.runAndReadAll(query);
const seconds = (performance.now() - start) / 1000;
const [cells, raters, means, deviations] = result.getRows()[0];
console.log(`duckdb, ${threads} threads, aggregation in memory: elapsed ${seconds.toFixed(2)} s`);
console.log(
  `checksum: ${cells} cells, ${raters} rater scores, sum of means ${Number(means).toFixed(4)}, ` +
    `sum of sds ${Number(deviations).toFixed(4)}`,
);
