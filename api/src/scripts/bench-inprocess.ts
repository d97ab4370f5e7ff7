import 'reflect-metadata';
import { resolve } from 'node:path';
import { execute, parse, type GraphQLSchema } from 'graphql';
import pg from 'pg';
// The server's modules first, in bench-serve's order: the domain modules import each other in cycles
// that only resolve when entered from the top.
import { createEventBus } from '../platform/realtime/event-bus';
import { createMailer } from '../platform/mail/mailer';
import { openDatabase } from '../server/database';
import { buildAppSchema } from '../server/schema';
import { createRequestContext } from '../server/context';
import { hashToken, sessionService } from '../modules/identity';
import { readAppointments, type AppointmentFilter } from '../modules/scheduling/appointment-view.query';

/**
 * In-process measurements for bench/ratio.mjs (issue 4), where HTTP and the load generator would
 * only add noise. Prints one JSON object on stdout.
 *
 * - Linearity (G5): the calendar selection of Q1 executed against the real schema (permissions
 *   on and off) for growing row counts; CPU of this process per row. Field checks decided once per
 *   request are set lookups, so the cost per row must not grow with the rows.
 * - Read-path tax (G6): the calendar read path as the API runs it (`readAppointments`: SQL
 *   through MikroORM's connection, rows mapped to views) against the same statement with the
 *   same parameters through a bare `pg` client. The measure of the ORM's cost on the read path.
 *
 * Env: DATABASE_URL (the bench database), BENCH_FACILITY_ID, BENCH_DAY (YYYY-MM-DD, a Monday or
 * later weekday in the data), BENCH_USER_EMAIL (front desk). Not for production.
 */
const CALENDAR = parse(`query Q($from: DateTimeISO!, $to: DateTimeISO!, $f: ID, $providers: [ID!]) {
  calendar(from: $from, to: $to, facilityId: $f, providerIds: $providers) {
    id startsAt endsAt status providerName providerColor roomName attendees { displayName } } }`);

const cpuMicros = () => {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
};

/** Runs `work` until it has taken at least `minMs` of wall time (and at least `minRuns` times). */
async function cpuPerRun(work: () => Promise<unknown>, minMs = 1500, minRuns = 5): Promise<number> {
  for (let i = 0; i < 3; i++) await work(); // warm-up: JIT, prepared plans, caches
  const start = cpuMicros();
  const started = Date.now();
  let runs = 0;
  while (runs < minRuns || Date.now() - started < minMs) {
    await work();
    runs += 1;
  }
  return (cpuMicros() - start) / runs;
}

async function main() {
  if (process.env.HANDOFF_BENCH !== 'on')
    throw new Error('bench-inprocess runs only for the benchmark (HANDOFF_BENCH=on)');
  const facilityId = process.env.BENCH_FACILITY_ID!;
  const day = process.env.BENCH_DAY!;
  const database = await openDatabase({
    url: process.env.DATABASE_URL,
    dataDir: resolve(__dirname, '..', '..', '..', '.data', 'bench'),
    embeddedPort: 54332,
  });
  const orm = database.orm;
  const services = {
    events: createEventBus(undefined),
    mailer: createMailer({ outboxDir: resolve(__dirname, '..', '..', '..', '.data', 'bench-outbox') }),
  };
  const em = orm.em.fork();
  const conn = em.getConnection();
  const [user] = await conn.execute<{ id: string; practice_id: string }[]>(
    'select id, practice_id from app_user where email = ?',
    [process.env.BENCH_USER_EMAIL ?? 'frontdesk@riverbend.test'],
  );
  const { token } = await sessionService.create(em, user!.id, user!.practice_id, '127.0.0.1');
  const [tz] = await conn.execute<{ time_zone: string }[]>('select time_zone from facility where id = ?', [facilityId]);
  const window = async (days: number) => {
    const [row] = await conn.execute<{ from: Date; to: Date }[]>(
      `select (?::date::timestamp at time zone ?) as "from", ((?::date + ?::int)::timestamp at time zone ?) as "to"`,
      [day, tz!.time_zone, day, days, tz!.time_zone],
    );
    return { from: new Date(row!.from), to: new Date(row!.to) };
  };
  // The facility's providers by name; a quarter of them give ~100 rows a day.
  const providers = (
    await conn.execute<{ provider_id: string }[]>(
      `select distinct a.provider_id, s.last_name from appointment a join staff_member s on s.id = a.provider_id
        where a.facility_id = ? and s.id in (select md5('fd-provider-' || g)::uuid from generate_series(0, 999) g)
        order by s.last_name, a.provider_id`,
      [facilityId],
    )
  ).map((r) => r.provider_id);

  // ---------- G5: CPU per row as rows grow ----------
  const sizes = [
    { label: '~100', days: 1, providers: providers.slice(0, Math.ceil(providers.length / 4)) },
    { label: '~400', days: 1, providers: null },
    { label: '~1,600', days: 4, providers: null },
    { label: '~6,400', days: 22, providers: null },
  ];
  const schemas: Record<'on' | 'off', GraphQLSchema> = {
    on: await buildAppSchema({ enforcePermissions: true }),
    off: await buildAppSchema({ enforcePermissions: false }),
  };
  const linearity = [];
  for (const size of sizes) {
    const { from, to } = await window(size.days);
    const variables = { from: from.toISOString(), to: to.toISOString(), f: facilityId, providers: size.providers };
    const result: Record<string, number> = {};
    let rows = 0;
    for (const mode of ['on', 'off'] as const) {
      const run = async () => {
        const contextValue = await createRequestContext(orm, services, token, '127.0.0.1');
        const response = await execute({
          schema: schemas[mode],
          document: CALENDAR,
          variableValues: variables,
          contextValue,
        });
        if (response.errors) throw new Error(response.errors[0]!.message);
        rows = (response.data as { calendar: unknown[] }).calendar.length;
        return JSON.stringify(response);
      };
      result[mode] = await cpuPerRun(run);
    }
    linearity.push({
      label: size.label,
      rows,
      cpuMicrosPerRequest: { on: result.on!, off: result.off! },
      cpuMicrosPerRow: { on: result.on! / rows, off: result.off! / rows },
    });
  }

  // ---------- G6: the read path through MikroORM vs a bare pg client ----------
  const readPath = [];
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  for (const [label, days] of [
    ['day', 1],
    ['week', 7],
  ] as const) {
    const { from, to } = await window(days);
    const filter: AppointmentFilter = { practiceId: user!.practice_id, from, to, facilityId };
    // The statement and parameters the read path sends, captured from knex's query event.
    const knex = conn.getKnex();
    let captured: { sql: string; bindings: unknown[] } | null = null;
    const capture = (query: { sql: string; bindings: unknown[] }) => (captured ??= query);
    knex.on('query', capture);
    const viaOrm = await readAppointments(orm.em.fork(), filter);
    knex.off('query', capture);
    const statement = captured as { sql: string; bindings: unknown[] } | null;
    if (!statement) throw new Error('no statement captured');
    let n = 0;
    const text = statement.sql.replace(/\?(?!\?)/g, () => `$${++n}`);
    const raw = await client.query(text, statement.bindings as unknown[]);
    // The read path may return its rows as one aggregated json array.
    const rawRows = raw.rows.length === 1 && Array.isArray(raw.rows[0].rows) ? raw.rows[0].rows : raw.rows;
    if (rawRows.length !== viaOrm.length) throw new Error(`row counts differ: ${rawRows.length} vs ${viaOrm.length}`);
    // Alternating rounds, median of each: a garbage collection landing in one round moves one sample, not the ratio.
    const ormRounds: number[] = [];
    const pgRounds: number[] = [];
    for (let round = 0; round < 3; round++) {
      ormRounds.push(await cpuPerRun(() => readAppointments(orm.em.fork(), filter), 700));
      pgRounds.push(await cpuPerRun(() => client.query(text, statement.bindings as unknown[]), 700));
    }
    const median = (values: number[]) => [...values].sort((x, y) => x - y)[1]!;
    const ormMicros = median(ormRounds);
    const pgMicros = median(pgRounds);
    readPath.push({ label, rows: viaOrm.length, ormMicros, pgMicros, ratio: ormMicros / pgMicros });
  }
  await client.end();

  await conn.execute('delete from session where token_hash = ?', [hashToken(token)]);
  process.stdout.write(JSON.stringify({ linearity, readPath }) + '\n');
  await database.close();
  await services.events.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
