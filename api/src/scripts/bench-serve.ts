import 'reflect-metadata';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { createEventBus } from '../platform/realtime/event-bus';
import { createMailer } from '../platform/mail/mailer';
import { seedDemo } from '../seed/seed-demo';
import { openDatabase } from '../server/database';
import { startHttpServer } from '../server/http';
import { buildAppSchema } from '../server/schema';

/**
 * The API for benchmarks (bench/): the demo practice, and permissions on or off
 * (HANDOFF_BENCH_PERMISSIONS=off builds the schema without field guards and operation rules,
 * only to measure what they cost). Refuses to run in production.
 *
 * HANDOFF_BENCH_SQL_COUNTER_PORT: a second, local port answering with the number of SQL
 * statements the API has sent so far (knex's query event), for "statements per request" where
 * the server has no pg_stat_statements.
 */
async function main() {
  if (process.env.NODE_ENV === 'production') throw new Error('bench-serve is not for production');
  const enforcePermissions = process.env.HANDOFF_BENCH_PERMISSIONS !== 'off';
  const database = await openDatabase({
    url: process.env.DATABASE_URL,
    dataDir: resolve(__dirname, '..', '..', '..', '.data', 'bench'),
    embeddedPort: Number(process.env.EMBEDDED_PG_PORT ?? 54331),
  });
  await seedDemo(database.orm);
  let statements = 0;
  database.orm.em
    .getConnection()
    .getKnex()
    .on('query', () => {
      statements += 1;
    });
  const counterPort = Number(process.env.HANDOFF_BENCH_SQL_COUNTER_PORT ?? 0);
  const counter = counterPort
    ? createServer((_req, res) => res.end(String(statements))).listen(counterPort, '127.0.0.1')
    : null;
  const server = await startHttpServer({
    orm: database.orm,
    schema: await buildAppSchema({ enforcePermissions }),
    events: createEventBus(undefined),
    mailer: createMailer({ outboxDir: resolve(__dirname, '..', '..', '..', '.data', 'bench-outbox') }),
    port: Number(process.env.PORT ?? 4100),
    host: '127.0.0.1',
    secureCookies: false,
    appsRoot: '/nonexistent',
  });
  console.log(`bench api ready on ${server.url} (permissions ${enforcePermissions ? 'on' : 'off'})`);
  const stop = async () => {
    counter?.close();
    await server.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
