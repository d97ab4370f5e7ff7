// Helpers shared by the root scripts (start, test, dev). Node builtins only: these run before
// any dependency is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Exactly the pinned pnpm: another version tries to self-switch and fails here (STACK.md). */
export const PNPM_VERSION = '12.4.2';

/** Repository root (the parent of scripts/). */
export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** The command line that runs pnpm with `args`: `[command, argv]`. */
export function pnpmCommand(args) {
  return [NPX, ['-y', `pnpm@${PNPM_VERSION}`, ...args]];
}

/** Exit code for a child that ended with `code` or was killed by `signal` (128 + n, like a shell). */
export function exitCodeOf(code, signal) {
  if (typeof code === 'number') return code;
  if (signal) return 128 + (constants.signals[signal] ?? 1);
  return 1;
}

/**
 * Runs `pnpm ...args` synchronously in the repo root with inherited stdio. On failure the
 * process exits with the child's code, unless `opts.exitOnFailure === false`, in which case
 * the exit code is returned (0 on success). Other `opts` go to `spawnSync`.
 */
export function runPnpm(args, opts = {}) {
  const { exitOnFailure = true, ...spawnOptions } = opts;
  const [command, argv] = pnpmCommand(args);
  const result = spawnSync(command, argv, {
    cwd: ROOT,
    stdio: 'inherit',
    env: process.env,
    shell: process.platform === 'win32',
    ...spawnOptions,
  });
  let status;
  if (result.error) {
    console.error(`Could not run pnpm ${args.join(' ')}: ${result.error.message}`);
    status = 1;
  } else {
    status = exitCodeOf(result.status, result.signal);
  }
  if (status !== 0 && exitOnFailure) process.exit(status);
  return status;
}

/** Starts `pnpm ...args` asynchronously (stdio inherited); returns the ChildProcess. */
export function spawnPnpm(args, opts = {}) {
  const [command, argv] = pnpmCommand(args);
  return spawn(command, argv, {
    cwd: ROOT,
    stdio: 'inherit',
    env: process.env,
    shell: process.platform === 'win32',
    ...opts,
  });
}

/** Workspace package directories listed under `packages:` in pnpm-workspace.yaml (plain and `dir/*` entries). */
function workspaceDirs() {
  const file = join(ROOT, 'pnpm-workspace.yaml');
  if (!existsSync(file)) return [];
  const dirs = [];
  let inPackages = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\S/.test(line)) inPackages = /^packages\s*:/.test(line);
    const entry = inPackages && /^\s+-\s*['"]?([^'"#\s]+)['"]?/.exec(line);
    if (!entry) continue;
    const pattern = entry[1].replace(/\/$/, '');
    if (pattern.startsWith('!')) continue;
    if (pattern.endsWith('/*') || pattern.endsWith('/**')) {
      const parent = join(ROOT, pattern.replace(/\/\*\*?$/, ''));
      if (!existsSync(parent)) continue;
      for (const child of readdirSync(parent, { withFileTypes: true })) {
        if (child.isDirectory()) dirs.push(join(parent, child.name));
      }
    } else {
      dirs.push(join(ROOT, pattern));
    }
  }
  return dirs;
}

function mtimeOf(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** True when node_modules is at least as new as the lockfile, workspace file and every package.json. */
function installIsFresh() {
  const installedAt = mtimeOf(join(ROOT, 'node_modules', '.modules.yaml'));
  if (installedAt === undefined) return false;
  const inputs = [
    join(ROOT, 'pnpm-lock.yaml'),
    join(ROOT, 'pnpm-workspace.yaml'),
    join(ROOT, 'package.json'),
    ...workspaceDirs().map((dir) => join(dir, 'package.json')),
  ];
  for (const input of inputs) {
    const changedAt = mtimeOf(input);
    if (input.endsWith('pnpm-lock.yaml') && changedAt === undefined) return false;
    if (changedAt !== undefined && changedAt > installedAt) return false;
  }
  return true;
}

/**
 * Installs dependencies unless node_modules is already up to date. In CI (`CI` set) the
 * lockfile is frozen: a package.json change without its lockfile update fails the build.
 */
export function ensureInstalled() {
  if (installIsFresh()) return;
  const frozen = Boolean(process.env.CI) && process.env.CI !== 'false';
  console.log(`\n> pnpm install${frozen ? ' --frozen-lockfile' : ''}`);
  runPnpm(frozen ? ['install', '--frozen-lockfile'] : ['install']);
  // "Already up to date" leaves .modules.yaml untouched; bump it so the next run skips install.
  const modulesYaml = join(ROOT, 'node_modules', '.modules.yaml');
  if (existsSync(modulesYaml) && !installIsFresh()) {
    const now = new Date();
    utimesSync(modulesYaml, now, now);
  }
}
