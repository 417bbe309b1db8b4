// Prints the median of each benchmark from vitest's JSON output against its target.
import { readFileSync } from 'node:fs';

const TARGETS_MS = {
  'charging session 10–80 % DC': 1,
  'steady-speed range': 1,
  'calibrate every car (cache bypassed)': 50,
  '1,000 km trip, chargers every 50 km': 5,
};
const report = JSON.parse(readFileSync(process.argv[2] ?? 'bench-results.json', 'utf8'));
console.log('\nmedian per run (target) on this machine:');
for (const file of report.files) {
  for (const group of file.groups) {
    for (const b of group.benchmarks) {
      const target = TARGETS_MS[b.name];
      if (b.median === undefined) {
        console.log(`  ${b.name.padEnd(40)}    failed  (it threw; run vitest bench to see why)`);
        process.exitCode = 1;
        continue;
      }
      const verdict = target === undefined ? '' : b.median <= target ? 'within target' : 'OVER TARGET';
      console.log(
        `  ${b.name.padEnd(40)} ${b.median.toFixed(4).padStart(9)} ms  (< ${target} ms) ${verdict}`,
      );
    }
  }
}
