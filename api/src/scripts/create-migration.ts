import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../server/orm-config';

/**
 * Writes a migration for the difference between the entities and a database migrated to the
 * current head. Usage: DATABASE_URL=postgres://... pnpm --filter @handoff/api migration:create [--blank]
 */
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to a scratch database');
  const orm = await MikroORM.init(ormConfig(url, {}));
  const migrator = orm.getMigrator();
  await migrator.up();
  (orm.config.get('migrations') as { path?: string }).path = 'src/migrations';
  const result = await migrator.createMigration('src/migrations', process.argv.includes('--blank'));
  console.log(result.fileName ? `wrote ${result.fileName}` : 'no changes');
  await orm.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
