// Starts the built server (api/dist + the four built apps) on a fresh database with the demo
// practice, exactly as `npm start` does, for the browser tests.
const { spawn } = require('node:child_process');
const { rmSync } = require('node:fs');
const { join } = require('node:path');
const { Client } = require('pg');

const ROOT = join(__dirname, '..');
const PORT = Number(process.env.E2E_PORT || 4310);

async function freshDatabaseUrl() {
  const server = process.env.DATABASE_URL;
  if (!server) return undefined;
  const admin = new URL(server);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), user: admin.username || 'postgres' });
  await client.connect();
  await client.query('drop database if exists handoff_e2e with (force)');
  await client.query('create database handoff_e2e');
  await client.end();
  const url = new URL(server);
  url.pathname = '/handoff_e2e';
  return url.toString();
}

module.exports = async function globalSetup() {
  const databaseUrl = await freshDatabaseUrl();
  const dataDir = join(ROOT, '.data', 'e2e');
  if (!databaseUrl) rmSync(dataDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    PORT: String(PORT),
    HANDOFF_DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: '54332',
    HANDOFF_LOG: 'silent',
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const child = spawn(process.execPath, [join(ROOT, 'api', 'dist', 'main.js')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  globalThis.__HANDOFF_E2E_SERVER__ = child;
  process.env.E2E_BASE_URL = `http://localhost:${PORT}`;
};
