import 'reflect-metadata';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { publishCalendarChange } from '../modules/scheduling/calendar-events';
import type { RequestContext } from '../platform/context/request-context';
import { createEventBus, type EventBus } from '../platform/realtime/event-bus';
import { subscriptionExecutions } from '../platform/realtime/shared-subscriptions';
import { createMailer } from '../platform/mail/mailer';
import { seedDemo } from '../seed/seed-demo';
import { openDatabase } from '../server/database';
import { startHttpServer } from '../server/http';
import { buildAppSchema } from '../server/schema';

/**
 * The API for benchmarks (bench/): the demo practice, and permissions on or off
 * (HANDOFF_BENCH_PERMISSIONS=off builds the schema without field guards and operation rules,
 * only to measure what they cost). Runs only when asked to (HANDOFF_BENCH=on), so it is never
 * started by mistake; NODE_ENV=production is allowed, as libraries (graphql-js) run leaner so.
 *
 * HANDOFF_BENCH_SQL_COUNTER_PORT: a second, local port answering with the number of SQL
 * statements the API has sent so far (knex's query event), for "statements per request" where
 * the server has no pg_stat_statements; on `/executions`, how many times a subscription selection
 * has been executed for an event (for "executions per event" in the fan-out benchmark); on
 * `/publish?appointment=<id>`, publishes that appointment's calendar event as its mutation would,
 * without the write, so the fan-out benchmark can measure delivery apart from the mutation.
 *
 * HANDOFF_BENCH_REDIS_URL: events go through Redis, so several instances share them (fan-out
 * across API instances); without it, the in-process bus.
 */
async function main() {
  if (process.env.HANDOFF_BENCH !== 'on')
    throw new Error('bench-serve runs only for the benchmarks (HANDOFF_BENCH=on)');
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
  const events = createEventBus(process.env.HANDOFF_BENCH_REDIS_URL || undefined);
  const counterPort = Number(process.env.HANDOFF_BENCH_SQL_COUNTER_PORT ?? 0);
  const counter = counterPort
    ? createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://bench');
        if (url.pathname !== '/publish') {
          res.end(String(url.pathname === '/executions' ? subscriptionExecutions() : statements));
          return;
        }
        publishOnly(database.orm, events, url.searchParams.get('appointment') ?? '').then(
          () => res.end('ok'),
          (error: unknown) => {
            res.statusCode = 500;
            res.end(String(error));
          },
        );
      }).listen(counterPort, '127.0.0.1')
    : null;
  const server = await startHttpServer({
    orm: database.orm,
    schema: await buildAppSchema({ enforcePermissions }),
    events,
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

/** An appointment's calendar event, read and published exactly as after its mutation, without the write. */
async function publishOnly(orm: MikroORM, events: EventBus, appointmentId: string): Promise<void> {
  const em = orm.em.fork();
  const [row] = await em
    .getConnection()
    .execute<{ practice_id: string }[]>('select practice_id from appointment where id = ?', [appointmentId]);
  if (!row) throw new Error('no such appointment');
  const ctx = { em, events, viewer: { practiceId: row.practice_id } } as RequestContext;
  await publishCalendarChange(ctx, appointmentId);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
