// `pnpm dev` / `npm run dev`: the API (port 4000) and every app's Vite dev server (they proxy
// /graphql to the API). Ctrl-C stops them all; if one exits, the others are stopped and its
// exit code is ours.
import { ensureInstalled, exitCodeOf, spawnPnpm } from './pnpm.mjs';

ensureInstalled();

// Each child leads its own process group so one signal reaches npx, pnpm and the servers under
// it exactly once. stdin is ignored: a background group reading the terminal would be stopped.
const GROUPS = process.platform !== 'win32';
const spawnOptions = { detached: GROUPS, stdio: ['ignore', 'inherit', 'inherit'] };

const children = [
  spawnPnpm(['--filter', '@handoff/api', 'dev'], spawnOptions),
  spawnPnpm(['--filter', './*-ui', '--parallel', 'dev'], spawnOptions),
];

let exitCode;
let running = children.length;

function signalGroup(child, signal) {
  try {
    if (GROUPS && child.pid !== undefined) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // already gone
  }
}

function stopAll(signal) {
  for (const child of children) signalGroup(child, signal);
}

for (const child of children) {
  child.on('error', (error) => {
    console.error(`dev: ${error.message}`);
    exitCode ??= 1;
    stopAll('SIGTERM');
  });
  child.on('exit', (code, signal) => {
    running -= 1;
    exitCode ??= exitCodeOf(code, signal);
    if (running > 0) stopAll('SIGTERM');
    else process.exit(exitCode);
  });
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    exitCode ??= 0;
    stopAll(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  });
}
