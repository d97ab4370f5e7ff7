import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../server/orm-config';

/** `pnpm db:migrate`: applies pending migrations to DATABASE_URL. */
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL (the embedded database is migrated by `npm start` itself)');
  const orm = await MikroORM.init(ormConfig(url, { debug: false }));
  const applied = await orm.getMigrator().up();
  console.log(`applied ${applied.length} migration(s)`);
  await orm.close(true);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
