// Front desk at scale: a large practice (40 providers, 20,000 patients, ~190,000 appointments over
// two years) generated in SQL into its own database, then patient search, calendar day/week and
// subscription fan-out measured against the real API (bench-serve). Run: pnpm --filter handoff-bench frontdesk.
import { spawn } from 'node:child_process';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const here = dirname(fileURLToPath(import.meta.url));
const apiDir = join(here, '..', 'api');
// pg, graphql-ws and ws are the API's own dependencies; resolving them there keeps bench's deps small.
const apiRequire = createRequire(join(apiDir, 'package.json'));
const pg = apiRequire('pg');
const { createClient } = apiRequire('graphql-ws');
const WebSocket = apiRequire('ws');

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'handoff_bench_frontdesk';
const BENCH_URL = withDatabase(SERVER_URL, DB_NAME);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 200);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 20);
const MARKER_PROVIDER = 'fd-provider-0'; // md5 of this is the first generated provider's id

function withDatabase(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

// ---------- database ----------

async function ensureDatabase() {
  const admin = new pg.Client({ connectionString: withDatabase(SERVER_URL, 'postgres') });
  await admin.connect();
  const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [DB_NAME]);
  if (rowCount === 0) await admin.query(`create database ${DB_NAME}`);
  await admin.end();
}

// The generator. Every "random" choice is hashtext() of a seeded key, so reruns produce the same
// data; ids are md5-derived uuids for the same reason. Fixed hourly slots per provider and at most
// one room per provider make the exclusion constraints hold by construction.
const GENERATE_SQL = `
create temp table fd_first(i int, name text);
insert into fd_first select ordinality - 1, n from unnest(array['Ava','Liam','Mia','Noah','Emma','Owen','Zoe','Eli',
  'Ivy','Leo','Ruby','Jack','Nora','Finn','Cora','Milo','Lena','Hugo','Iris','Theo','Alma','Rhys','Jade','Otto']) with ordinality n;
create temp table fd_last(i int, name text);
insert into fd_last select ordinality - 1, n from unnest(array['Smith','Johnson','Brown','Garcia','Miller','Davis',
  'Lopez','Wilson','Moore','Taylor','Clark','Lewis','Walker','Hall','Young','King','Wright','Scott','Green','Baker',
  'Adams','Nelson','Hill','Rivera','Campbell','Mitchell','Carter','Roberts','Turner','Phillips']) with ordinality n;
create temp table fd_ctx as
  select p.id as practice_id, p.mrn_counter,
         (select array_agg(id order by name) from facility f where f.practice_id = p.id) as facilities,
         (select array_agg(id order by name) from payer y where y.practice_id = p.id) as payers,
         (select id from appointment_type t where t.practice_id = p.id and not t."group" and not t.telehealth
           order by t.default_minutes desc, t.name limit 1) as type_id
    from practice p where p.slug = 'riverbend';
-- 40 providers: 0..24 at the first facility, 25..39 at the second (so one calendar day holds ~225).
create temp table fd_provider as
  select g as n, md5('fd-provider-' || g)::uuid as id,
         case when g < 25 then c.facilities[1] else c.facilities[2] end as facility_id,
         -- 15 rooms for providers 0..14, 10 for 25..34; the rest see patients without a room.
         case when g < 15 or g between 25 and 34 then md5('fd-room-' || g)::uuid end as room_id
    from generate_series(0, 39) g, fd_ctx c;
insert into staff_member (id, practice_id, created_at, updated_at, first_name, last_name, credentials, roles, calendar_color)
  select p.id, c.practice_id, now(), now(), f.name, l.name || '-' || p.n, 'LPC', '{CLINICIAN}',
         '#' || lpad(to_hex(abs(hashtext('fd-color-' || p.n)) % 16777216), 6, '0')
    from fd_provider p, fd_ctx c, fd_first f, fd_last l
   where f.i = abs(hashtext('fd-pf-' || p.n)) % 24 and l.i = abs(hashtext('fd-pl-' || p.n)) % 30;
insert into room (id, practice_id, created_at, updated_at, name, facility_id)
  select p.room_id, c.practice_id, now(), now(), 'Bench room ' || p.n, p.facility_id
    from fd_provider p, fd_ctx c where p.room_id is not null;
insert into working_hours (id, practice_id, created_at, updated_at, provider_id, facility_id, weekday, start_time, end_time)
  select md5('fd-wh-' || p.n || '-' || d)::uuid, c.practice_id, now(), now(), p.id, p.facility_id, d, '08:00', '17:00'
    from fd_provider p, fd_ctx c, generate_series(1, 5) d;
-- 20,000 patients; MRNs continue the practice counter so they stay unique.
create temp table fd_patient as
  select g as n, md5('fd-patient-' || g)::uuid as id from generate_series(0, 19999) g;
insert into patient (id, practice_id, created_at, updated_at, mrn, legal_first_name, legal_last_name, date_of_birth,
                     sex_assigned_at_birth, mobile_phone, status)
  select p.id, c.practice_id, now(), now(), lpad((c.mrn_counter + 1 + p.n)::text, 6, '0'), f.name, l.name,
         date '1940-01-01' + abs(hashtext('fd-dob-' || p.n)) % 29000,
         (array['FEMALE','MALE','INTERSEX','UNKNOWN'])[1 + abs(hashtext('fd-sex-' || p.n)) % 4],
         '(555) ' || lpad((abs(hashtext('fd-ph-' || p.n)) % 1000)::text, 3, '0') || '-' || lpad((p.n % 10000)::text, 4, '0'),
         'ACTIVE'
    from fd_patient p, fd_ctx c, fd_first f, fd_last l
   where f.i = abs(hashtext('fd-f-' || p.n)) % 24 and l.i = abs(hashtext('fd-l-' || p.n)) % 30;
update practice set mrn_counter = mrn_counter + 20000 where id = (select practice_id from fd_ctx);
-- A primary policy for 85% of patients.
insert into insurance_policy (id, practice_id, created_at, updated_at, patient_id, payer_id, member_id, subscriber_name,
                              relationship_to_subscriber, priority, copay_cents, effective_from)
  select md5('fd-policy-' || p.n)::uuid, c.practice_id, now(), now(), p.id,
         c.payers[1 + abs(hashtext('fd-payer-' || p.n)) % array_length(c.payers, 1)],
         'M' || lpad(p.n::text, 9, '0'), 'Self', 'SELF', 'PRIMARY', 2500, date '2024-01-01'
    from fd_patient p, fd_ctx c where abs(hashtext('fd-ins-' || p.n)) % 100 < 85;
-- Two years of weekdays, 9 hourly 50-minute slots (08:00..16:00 local) per provider.
create temp table fd_appt as
  select md5('fd-appt-' || p.n || '-' || d::date || '-' || h)::uuid as id, p.id as provider_id, p.facility_id, p.room_id,
         (d::date + make_time(h, 0, 0)) at time zone f.time_zone as starts_at, p.n, d::date as day, h
    from fd_provider p join facility f on f.id = p.facility_id,
         generate_series(date '2025-12-01', date '2027-11-30', interval '1 day') d, generate_series(8, 16) h
   where extract(isodow from d) < 6;
insert into appointment (id, practice_id, created_at, updated_at, provider_id, facility_id, room_id, appointment_type_id,
                         starts_at, ends_at, status)
  select a.id, c.practice_id, now(), now(), a.provider_id, a.facility_id, a.room_id, c.type_id,
         a.starts_at, a.starts_at + interval '50 minutes',
         case when a.starts_at < now() then 'COMPLETED' else 'SCHEDULED' end
    from fd_appt a, fd_ctx c;
insert into appointment_attendee (id, practice_id, created_at, updated_at, appointment_id, patient_id, attendance)
  select md5('fd-att-' || a.id)::uuid, c.practice_id, now(), now(), a.id,
         md5('fd-patient-' || abs(hashtext('fd-ap-' || a.n || a.day || a.h)) % 20000)::uuid,
         case when a.starts_at < now() then 'ATTENDED' else 'EXPECTED' end
    from fd_appt a, fd_ctx c;
`;

async function generateIfMissing(db) {
  const marker = await db.query('select 1 from staff_member where id = md5($1)::uuid', [MARKER_PROVIDER]);
  if (marker.rowCount > 0) return { skipped: true, seconds: 0 };
  const started = process.hrtime.bigint();
  // One transaction: the marker provider exists only if everything else was generated too.
  await db.query('begin');
  try {
    await db.query(GENERATE_SQL);
    await db.query('commit');
  } catch (error) {
    await db.query('rollback');
    throw error;
  }
  await db.query('analyze');
  return { skipped: false, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

async function datasetCounts(db) {
  const { rows } = await db.query(`select
      (select count(*) from staff_member s join practice p on p.id = s.practice_id where p.slug = 'riverbend' and 'CLINICIAN' = any(s.roles))::int as providers,
      (select count(*) from room r join practice p on p.id = r.practice_id where p.slug = 'riverbend')::int as rooms,
      (select count(*) from patient p join practice q on q.id = p.practice_id where q.slug = 'riverbend')::int as patients,
      (select count(*) from insurance_policy)::int as "insurancePolicies",
      (select count(*) from appointment)::int as appointments,
      (select count(*) from appointment_attendee)::int as attendees`);
  return rows[0];
}

// ---------- API ----------

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startApi(port) {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/scripts/bench-serve.ts'], {
    cwd: apiDir,
    env: { ...process.env, DATABASE_URL: BENCH_URL, PORT: String(port), HANDOFF_LOG: 'silent', HANDOFF_WORKER: 'off' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('bench api ready') && resolve());
    child.on('exit', (code) => reject(new Error(`bench api exited ${code}`)));
  });
  return child;
}

async function stopApi(child) {
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function graphql(port, cookie) {
  return async (query, variables) => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const json = await response.json();
    if (json.errors) throw new Error(`graphql: ${JSON.stringify(json.errors).slice(0, 300)}`);
    return { json, response };
  };
}

async function login(port) {
  const { response } = await graphql(port)(
    'mutation { login(email: "frontdesk@riverbend.test", password: "handoff-demo") { id } }',
  );
  return response.headers.get('set-cookie').split(';')[0];
}

// ---------- measurements ----------

const CALENDAR_SELECTION = 'id startsAt endsAt status providerName color roomName attendees { displayName }';

// Statement counts need pg_stat_statements loaded at server start; without it we say so.
async function statementCounter(db) {
  try {
    await db.query('create extension if not exists pg_stat_statements');
    await db.query('select pg_stat_statements_reset()');
    return async () => {
      const { rows } = await db.query(
        `select coalesce(sum(calls), 0)::bigint as calls from pg_stat_statements s join pg_database d on d.oid = s.dbid
          where d.datname = $1 and s.query not ilike '%pg_stat_statements%'`,
        [DB_NAME],
      );
      return Number(rows[0].calls);
    };
  } catch (error) {
    return null;
  }
}

async function statementsPerRequest(counter, db, request) {
  if (!counter) return 'n/a';
  const runs = 20;
  const before = await counter();
  for (let i = 0; i < runs; i++) await request();
  return ((await counter()) - before) / runs;
}

async function load(port, cookie, body, connections) {
  const options = {
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body,
    connections,
  };
  await autocannon({ ...options, duration: WARMUP });
  // autocannon's summary has no p95, so every response time is kept and the percentiles computed here.
  const times = [];
  const instance = autocannon({ ...options, duration: DURATION });
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  return {
    connections,
    rps: result.requests.average,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    errors: result.errors + result.non2xx,
  };
}

async function measureQuery(ctx, name, query, variables, connectionsList) {
  const call = graphql(ctx.port, ctx.cookie);
  const { json } = await call(query, variables); // checks it works and gives the row count
  const rows = Object.values(json.data)[0];
  const count = Array.isArray(rows) ? rows.length : rows.nodes.length;
  const statements = await statementsPerRequest(ctx.counter, ctx.db, () => call(query, variables));
  const runs = [];
  for (const connections of connectionsList) {
    const run = await load(ctx.port, ctx.cookie, JSON.stringify({ query, variables }), connections);
    console.log(`${name} @${connections}: ${run.rps.toFixed(1)} req/s p50 ${run.p50} ms p99 ${run.p99} ms`);
    runs.push(run);
  }
  return { name, rows: count, statements, runs };
}

// The calendar window in the facility's own time zone, from the database so DST is right.
async function calendarWindow(db, facilityId, day, days) {
  const { rows } = await db.query(
    `select ($2::date::timestamp at time zone f.time_zone) as "from",
            (($2::date + $3::int)::timestamp at time zone f.time_zone) as "to"
       from facility f where f.id = $1`,
    [facilityId, day, days],
  );
  return { from: rows[0].from.toISOString(), to: rows[0].to.toISOString() };
}

// ---------- subscription fan-out ----------

function cpuTicks(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime, after pid and comm
}

async function openSubscribers(ctx, facilityId, onEvent) {
  const clients = [];
  const ready = [];
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const origin = `http://127.0.0.1:${ctx.port}`;
    // The server accepts only same-origin upgrades that carry the session cookie.
    class SessionSocket extends WebSocket {
      constructor(address, protocols) {
        super(address, protocols, { headers: { cookie: ctx.cookie, origin } });
      }
    }
    const client = createClient({ url: `ws://127.0.0.1:${ctx.port}/graphql`, webSocketImpl: SessionSocket, lazy: false, retryAttempts: 0 });
    ready.push(new Promise((resolve) => client.on('connected', resolve)));
    client.subscribe(
      { query: `subscription($f: ID!) { calendarChanged(facilityId: $f) { id status version } }`, variables: { f: facilityId } },
      { next: (message) => onEvent(i, message), error: (e) => console.error('subscriber error', e), complete: () => {} },
    );
    clients.push(client);
  }
  await Promise.all(ready);
  await new Promise((resolve) => setTimeout(resolve, 1000)); // let every subscribe reach the server
  return clients;
}

async function measureFanOut(ctx, apiPid, facilityId) {
  const { rows: targets } = await ctx.db.query(
    `select id, version, status from appointment where facility_id = $1 and starts_at > now() + interval '30 days'
      and status in ('SCHEDULED','CONFIRMED') order by starts_at, id limit $2`,
    [facilityId, EVENTS],
  );
  let pending = null;
  const clients = await openSubscribers(ctx, facilityId, (i, message) => {
    if (!pending || message.data?.calendarChanged?.id !== pending.id) return;
    pending.received.add(i);
    if (pending.received.size === SUBSCRIBERS) pending.done(performance.now());
  });
  const call = graphql(ctx.port, ctx.cookie);
  const latencies = [];
  const mutationMs = [];
  const cpuBefore = cpuTicks(apiPid);
  for (const target of targets) {
    const status = target.status === 'SCHEDULED' ? 'CONFIRMED' : 'SCHEDULED';
    const allReceived = new Promise((resolve) => {
      pending = { id: target.id, received: new Set(), done: resolve };
    });
    const sent = performance.now();
    await call('mutation($id: ID!, $v: Int!, $s: AppointmentStatus!) { setAppointmentStatus(id: $id, version: $v, status: $s) { id } }', {
      id: target.id,
      v: target.version,
      s: status,
    });
    mutationMs.push(performance.now() - sent);
    const last = await Promise.race([allReceived, new Promise((r) => setTimeout(() => r(null), 10000))]);
    if (last === null) throw new Error(`only ${pending.received.size}/${SUBSCRIBERS} subscribers got the event`);
    latencies.push(last - sent);
  }
  const cpuTicksUsed = cpuTicks(apiPid) - cpuBefore;
  await Promise.all(clients.map((c) => c.dispose()));
  const ticksPerSecond = 100; // USER_HZ on Linux
  return {
    subscribers: SUBSCRIBERS,
    events: latencies.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    mutationP50: percentile(mutationMs, 50),
    cpuMsPerEvent: (cpuTicksUsed * 1000) / ticksPerSecond / latencies.length,
  };
}

const round = (n) => Math.round(n * 10) / 10;

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// ---------- report ----------

async function environment(db, counts, generation) {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown';
  const cores = readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? 0;
  const { rows } = await db.query('show server_version');
  return { cpu, cores, node: process.version, postgres: rows[0].server_version, dataset: counts, generation };
}

function renderMarkdown(report) {
  const { env } = report;
  const fmt = (n) => (typeof n === 'number' ? (Number.isInteger(n) ? String(n) : n.toFixed(1)) : String(n));
  const lines = [
    `# Front desk at scale (${report.date})`,
    '',
    `CPU: ${env.cpu} (${env.cores} cores) · Node ${env.node} · PostgreSQL ${env.postgres}`,
    '',
    `Dataset (practice "riverbend", generated rows plus the demo seed): ${Object.entries(env.dataset).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    env.generation.skipped
      ? 'Generation: skipped (dataset already present).'
      : `Generation: ${env.generation.seconds.toFixed(1)} s.`,
    '',
    `Load: autocannon, ${WARMUP} s warm-up then ${DURATION} s measured; latencies in ms.`,
    '',
  ];
  for (const m of report.queries) {
    lines.push(`## ${m.name}`, '', `Rows per response: ${m.rows}; SQL statements per request: ${fmt(m.statements)}.`, '');
    lines.push('| connections | req/s | p50 | p95 | p99 | errors |', '|---:|---:|---:|---:|---:|---:|');
    for (const r of m.runs) lines.push(`| ${r.connections} | ${fmt(r.rps)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} |`);
    lines.push('');
  }
  if (report.fanOut) {
    const f = report.fanOut;
    lines.push('## Subscription fan-out (calendarChanged)', '');
    lines.push(
      'Latency = setAppointmentStatus request sent → last subscriber received the event (20 events, so p99 is the worst one).',
      'CPU = API process utime+stime over the 20 mutations, divided by 20: includes the mutation itself, not only the fan-out.',
      '',
    );
    lines.push('| subscribers | events | p50 ms | p99 ms | mutation p50 ms | API CPU ms/event |', '|---:|---:|---:|---:|---:|---:|');
    lines.push(`| ${f.subscribers} | ${f.events} | ${fmt(f.p50)} | ${fmt(f.p99)} | ${fmt(f.mutationP50)} | ${fmt(f.cpuMsPerEvent)} |`, '');
  }
  if (report.notes.length) lines.push('## Notes', '', ...report.notes.map((n) => `- ${n}`), '');
  return lines.join('\n');
}

// ---------- main ----------

async function main() {
  await ensureDatabase();
  const port = await freePort();
  let api = await startApi(port); // applies migrations and seeds the demo practice
  const db = new pg.Client({ connectionString: BENCH_URL });
  await db.connect();
  const notes = [];
  try {
    const generation = await generateIfMissing(db);
    console.log(generation.skipped ? 'dataset present, generation skipped' : `generated in ${generation.seconds.toFixed(1)} s`);
    if (!generation.skipped) {
      // Restart so the API's pool and plans see the analysed tables.
      await stopApi(api);
      api = await startApi(port);
    }
    const counts = await datasetCounts(db);
    const env = await environment(db, counts, generation);
    const counter = await statementCounter(db);
    if (!counter) notes.push('SQL statements per request: n/a — pg_stat_statements is not in shared_preload_libraries on this server (needs a restart we do not own).');
    else notes.push('SQL statements per request: pg_stat_statements calls in the bench database / 20 sequential requests (includes session lookup and audit writes).');
    const ctx = { port, db, counter, cookie: await login(port) };
    const { rows: [facility] } = await db.query(
      `select f.id from facility f join practice p on p.id = f.practice_id where p.slug = 'riverbend' order by f.name limit 1`,
    );
    const day = '2026-12-09'; // a Wednesday in the future part of the data
    const dayWindow = await calendarWindow(db, facility.id, day, 1);
    const weekWindow = await calendarWindow(db, facility.id, '2026-12-07', 7);
    const calendarQuery = `query($from: DateTimeISO!, $to: DateTimeISO!, $f: ID) { calendar(from: $from, to: $to, facilityId: $f) { ${CALENDAR_SELECTION} } }`;
    const queries = [
      await measureQuery(ctx, 'Patient search "smi", first 25', '{ patients(search: "smi", first: 25) { totalCount nodes { id mrn legalFirstName legalLastName dateOfBirth } } }', undefined, [16]),
      await measureQuery(ctx, `Calendar day ${day}, one facility, all providers`, calendarQuery, { ...dayWindow, f: facility.id }, [1, 16]),
      await measureQuery(ctx, 'Calendar week 2026-12-07..13, one facility', calendarQuery, { ...weekWindow, f: facility.id }, [1, 16]),
    ];
    let fanOut = null;
    try {
      fanOut = await measureFanOut(ctx, api.pid, facility.id);
    } catch (error) {
      notes.push(`Fan-out failed: ${error.message}`);
    }
    const report = { date: new Date().toISOString().slice(0, 10), env, queries, fanOut, notes };
    const markdown = renderMarkdown(report);
    console.log('\n' + markdown);
    mkdirSync(join(here, 'results'), { recursive: true });
    writeFileSync(join(here, 'results', `${report.date}-frontdesk.md`), markdown);
    writeFileSync(join(here, 'results', `${report.date}-frontdesk.json`), JSON.stringify(report, null, 2) + '\n');
  } finally {
    await db.end();
    await stopApi(api);
  }
}

await main();
