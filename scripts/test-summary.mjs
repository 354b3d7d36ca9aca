// The closing line of `npm test`: every test of both Vitest projects, counted from their JSON reports.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const project of ['unit', 'e2e']) {
  const report = JSON.parse(readFileSync(`.output/results/${project}.json`, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
