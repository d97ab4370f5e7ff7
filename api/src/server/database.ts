import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../platform/db/embedded-postgres';
import { logger } from '../platform/logger';
import { ormConfig } from './orm-config';

export interface Database {
  orm: MikroORM;
  url: string;
  embedded: EmbeddedPostgresHandle | null;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A server to use; without one an embedded PostgreSQL runs under `dataDir`. */
  url?: string | undefined;
  dataDir: string;
  embeddedPort: number;
}

/** Opens PostgreSQL (the given server, or an embedded one) and applies pending migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const embedded = options.url
    ? null
    : await startEmbeddedPostgres({
        dataDir: join(options.dataDir, 'postgres'),
        port: options.embeddedPort,
        database: 'handoff',
      });
  const url = options.url ?? embedded!.url;
  try {
    const orm = await MikroORM.init(ormConfig(url));
    const applied = await orm.getMigrator().up();
    if (applied.length > 0) logger.info('migrations applied', { count: applied.length });
    return {
      orm,
      url,
      embedded,
      close: async () => {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
