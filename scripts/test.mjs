// `npm test`: every check CI runs, in order, stopping at the first failure.
//   npm test -- --skip-e2e           everything except the browser tests
//   npm test -- --only=lint          one step (or a comma-separated list: --only=typecheck,lint)
import { ensureInstalled, runPnpm } from './pnpm.mjs';

const STEPS = [
  { name: 'typecheck', args: ['typecheck'] },
  { name: 'lint', args: ['lint'] },
  { name: 'check:generated', args: ['check:generated'] },
  { name: 'test:unit', args: ['test:unit'] },
  { name: 'build', args: ['build'] },
  { name: 'test:e2e', args: ['test:e2e'] },
];

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

let passed = 0;
for (const [index, step] of steps.entries()) {
  console.log(`\n=== [${index + 1}/${steps.length}] pnpm ${step.args.join(' ')} ===`);
  const started = Date.now();
  const status = runPnpm(step.args, { exitOnFailure: false });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\n✗ ${step.name} failed (exit ${status}, ${seconds}s)`);
    console.log(`${passed} passed, 1 failed`);
    process.exit(status);
  }
  passed += 1;
  console.log(`✓ ${step.name} (${seconds}s)`);
}
console.log(`\n${passed} passed, 0 failed`);
