// `npm start [-- --no-demo]`: install if needed, build everything, run the API (which starts
// embedded PostgreSQL unless DATABASE_URL is set, serves the apps and prints the URLs).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled, exitCodeOf, ROOT, runPnpm } from './pnpm.mjs';

ensureInstalled();
console.log('\n> pnpm build');
runPnpm(['build']);

const child = spawn(process.execPath, [join(ROOT, 'api', 'dist', 'main.js'), ...process.argv.slice(2)], {
  cwd: ROOT,
  env: process.env,
  stdio: 'inherit',
});

// Ctrl-C in a terminal also reaches the child directly; the API's shutdown is idempotent, so
// forwarding is harmless there and needed when only this process is signalled (kill, npm).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

child.on('error', (error) => {
  console.error(`Could not start the API: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(exitCodeOf(code, signal)));
