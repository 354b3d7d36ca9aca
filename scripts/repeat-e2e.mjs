// Runs the real-browser tests N times in a row (default 20) against the current build and counts green and red runs,
// naming every test that failed: a test that fails now and then is a bug, and this is how it shows.
// Usage: npm run build && npm run test:e2e:repeat -- 20
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const runs = Number(process.argv[2] ?? 20);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run test:e2e:repeat -- N   (N ≥ 1)');
  process.exit(2);
}
mkdirSync('.output/results', { recursive: true });
const report = '.output/results/e2e-repeat.json';
const failures = new Map();
let green = 0;
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  spawnSync('npx', ['vitest', 'run', '--project', 'e2e', '--reporter=json', `--outputFile.json=${report}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let passed = 0;
  let failed = [];
  try {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    passed = result.numPassedTests;
    failed = result.testResults.flatMap((file) =>
      file.assertionResults
        .filter((t) => t.status === 'failed')
        .map((t) => ({
          name: `${file.name.replace(`${process.cwd()}/`, '')} › ${t.fullName}`,
          why: (t.failureMessages?.[0] ?? '').split('\n')[0],
        })),
    );
    if (result.numFailedTestSuites > 0 && failed.length === 0) failed = [{ name: 'a test file failed to run', why: '' }];
  } catch {
    failed = [{ name: 'no report: the run did not finish', why: '' }];
  }
  const ok = failed.length === 0 && passed > 0;
  if (ok) green++;
  for (const { name } of failed) failures.set(name, (failures.get(name) ?? 0) + 1);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`run ${run}/${runs}: ${ok ? 'green' : 'RED'} — ${passed} passed, ${failed.length} failed (${seconds} s)`);
  for (const { name, why } of failed) console.log(`    ${name}: ${why}`);
}
for (const [name, count] of failures) console.log(`  failed ${count}×: ${name}`);
console.log(`e2e repeat: ${green} of ${runs} runs green`);
process.exitCode = green === runs ? 0 : 1;
