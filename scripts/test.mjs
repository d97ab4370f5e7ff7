// `npm test`: every check CI runs, in order, stopping at the first failure.
//   npm test -- --skip-e2e           everything except the browser tests
//   npm test -- --only=lint          one step (or a comma-separated list: --only=typecheck,lint)
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, ROOT, runPnpm } from './pnpm.mjs';

const REPORTS = join(ROOT, '.data', 'test-reports');

/** Jest steps also write a JSON report, so the closing line counts tests, not steps. */
const jestReport = (name) => join(REPORTS, `${name}.json`);

const STEPS = [
  { name: 'typecheck', args: ['typecheck'] },
  { name: 'lint', args: ['lint'] },
  { name: 'check:generated', args: ['check:generated'] },
  {
    name: 'test:unit',
    args: ['--filter', '@handoff/api', 'exec', 'jest', '--json', `--outputFile=${jestReport('api')}`],
    report: jestReport('api'),
  },
  { name: 'build', args: ['build'] },
  {
    name: 'test:e2e',
    args: ['--filter', '@handoff/e2e', 'exec', 'jest', '--runInBand', '--json', `--outputFile=${jestReport('e2e')}`],
    report: jestReport('e2e'),
  },
];

/** Sums the jest reports written so far: [passed, failed]. */
function testCounts(steps) {
  let passed = 0;
  let failed = 0;
  for (const step of steps) {
    if (!step.report || !existsSync(step.report)) continue;
    const report = JSON.parse(readFileSync(step.report, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  return [passed, failed];
}

function parseArgs(argv) {
  const options = { skipE2e: false, only: undefined };
  for (const arg of argv) {
    if (arg === '--skip-e2e') options.skipE2e = true;
    else if (arg.startsWith('--only=')) options.only = arg.slice('--only='.length).split(',').filter(Boolean);
    else if (arg === '--help' || arg === '-h') {
      console.log(
        `usage: npm test -- [--skip-e2e] [--only=<step>[,<step>...]]\nsteps: ${STEPS.map((s) => s.name).join(', ')}`,
      );
      process.exit(0);
    } else {
      console.error(`Unknown option ${arg} (try --help)`);
      process.exit(2);
    }
  }
  return options;
}

const options = parseArgs(process.argv.slice(2));
const unknown = (options.only ?? []).filter((name) => !STEPS.some((step) => step.name === name));
if (unknown.length > 0) {
  console.error(`Unknown step(s): ${unknown.join(', ')}. Steps: ${STEPS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const steps = STEPS.filter(
  (step) => (options.only ? options.only.includes(step.name) : true) && !(options.skipE2e && step.name === 'test:e2e'),
);

ensureInstalled();
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

let passed = 0;
for (const [index, step] of steps.entries()) {
  console.log(`\n=== [${index + 1}/${steps.length}] pnpm ${step.args.join(' ')} ===`);
  const started = Date.now();
  const status = runPnpm(step.args, { exitOnFailure: false });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\n✗ ${step.name} failed (exit ${status}, ${seconds}s)`);
    const [testsPassed, testsFailed] = testCounts(steps);
    console.log(`${testsPassed} passed, ${Math.max(testsFailed, 1)} failed`);
    process.exit(status);
  }
  passed += 1;
  console.log(`✓ ${step.name} (${seconds}s)`);
}
const [testsPassed, testsFailed] = testCounts(steps);
console.log(`\nAll ${passed} steps green.`);
console.log(`${testsPassed} passed, ${testsFailed} failed`);
