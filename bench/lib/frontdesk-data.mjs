// Shared by the front desk benchmarks (frontdesk.mjs, calendar-browser.mjs): the large generated
// practice in its own database, the API started from source, login, and small statistics helpers.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = join(benchDir, '..');
export const apiDir = join(repoRoot, 'api');
// pg, graphql-ws and ws are the API's own dependencies; resolving them there keeps bench's deps small.
export const apiRequire = createRequire(join(apiDir, 'package.json'));
const pg = apiRequire('pg');
export { pg };

export const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Dataset sizes (issue 4): M is the default gate, L is three times M for the scaling check.
 * Every generated facility has 40 providers with 10 hourly slots a weekday, so one facility's
 * calendar day holds ~400 appointments at either size; L has three such facilities.
 */
export const SIZES = {
  M: { scale: 1, database: 'handoff_bench_m', payers: 25 },
  L: { scale: 3, database: 'handoff_bench_l', payers: 40 },
};
export const PROVIDERS_PER_FACILITY = 40;
export const SLOTS_PER_DAY = 10;
const sizeOf = (size) => {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown dataset size ${size} (M or L)`);
  return spec;
};
export const benchUrl = (size = 'M') => withDatabase(SERVER_URL, sizeOf(size).database);
export const DB_NAME = SIZES.M.database;
export const BENCH_URL = benchUrl('M');
const MARKER_PROVIDER = 'fd-provider-0'; // md5 of this is the first generated provider's id

export function withDatabase(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

// ---------- database ----------

export async function ensureDatabase(size = 'M') {
  const admin = new pg.Client({ connectionString: withDatabase(SERVER_URL, 'postgres') });
  await admin.connect();
  const { database } = sizeOf(size);
  const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [database]);
  if (rowCount === 0) await admin.query(`create database ${database}`);
  await admin.end();
}

/** Whether a size's database exists and holds the generated practice. */
export async function sizeExists(size) {
  const admin = new pg.Client({ connectionString: withDatabase(SERVER_URL, 'postgres') });
  await admin.connect();
  const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [sizeOf(size).database]);
  await admin.end();
  if (rowCount === 0) return false;
  const db = await connectBenchDb(size);
  try {
    const marker = await db.query(
      `select 1 from pg_tables where tablename = 'staff_member' and exists (select 1 from staff_member where id = md5($1)::uuid)`,
      [MARKER_PROVIDER],
    );
    return marker.rowCount > 0;
  } catch {
    return false;
  } finally {
    await db.end();
  }
}

export function connectBenchDb(size = 'M') {
  const db = new pg.Client({ connectionString: benchUrl(size) });
  return db.connect().then(() => db);
}

// The generator. Every "random" choice is hashtext() of a seeded key, so reruns produce the same
// data; ids are md5-derived uuids for the same reason. Fixed hourly slots per provider and at most
// one room per provider make the exclusion constraints hold by construction. Sizes scale with
// `scale` (M = 1): 40 providers, 25 rooms and 20,000 patients per unit, two years of weekdays.
export function generateSql({ scale, payers }) {
  const providers = PROVIDERS_PER_FACILITY * scale;
  const patients = 20000 * scale;
  return `
create temp table fd_first(i int, name text);
insert into fd_first select ordinality - 1, n from unnest(array['Ava','Liam','Mia','Noah','Emma','Owen','Zoe','Eli',
  'Ivy','Leo','Ruby','Jack','Nora','Finn','Cora','Milo','Lena','Hugo','Iris','Theo','Alma','Rhys','Jade','Otto']) with ordinality n;
create temp table fd_last(i int, name text);
insert into fd_last select ordinality - 1, n from unnest(array['Smith','Johnson','Brown','Garcia','Miller','Davis',
  'Lopez','Wilson','Moore','Taylor','Clark','Lewis','Walker','Hall','Young','King','Wright','Scott','Green','Baker',
  'Adams','Nelson','Hill','Rivera','Campbell','Mitchell','Carter','Roberts','Turner','Phillips']) with ordinality n;
-- Facilities beyond the demo's (size L needs three), then payers up to the size's count.
insert into facility (id, practice_id, created_at, updated_at, name, address_line1, city, state, postal_code, phone,
                      time_zone, place_of_service_code)
  select md5('fd-facility-' || g)::uuid, p.id, now(), now(), 'Riverbend Bench ' || g, '100 Bench St', 'Austin', 'TX',
         '78701', '(512) 555-0100', 'America/Chicago', '11'
    from practice p, generate_series(1, ${scale}) g
   where p.slug = 'riverbend' and g > (select count(*) from facility f where f.practice_id = p.id);
insert into payer (id, practice_id, created_at, updated_at, name, payer_code, kind)
  select md5('fd-payer-' || g)::uuid, p.id, now(), now(), 'Bench Payer ' || g, 'B' || lpad(g::text, 4, '0'), 'COMMERCIAL'
    from practice p, generate_series(1, ${payers}) g
   where p.slug = 'riverbend' and g > (select count(*) from payer y where y.practice_id = p.id);
create temp table fd_ctx as
  select p.id as practice_id, p.mrn_counter,
         (select array_agg(id order by name) from facility f where f.practice_id = p.id) as facilities,
         (select array_agg(id order by name) from payer y where y.practice_id = p.id) as payers,
         (select id from appointment_type t where t.practice_id = p.id and not t."group" and not t.telehealth
           order by t.default_minutes desc, t.name limit 1) as type_id
    from practice p where p.slug = 'riverbend';
-- 40 providers per facility (in name order); the first 25 of each have a room, the rest see
-- patients without one.
create temp table fd_provider as
  select g as n, md5('fd-provider-' || g)::uuid as id,
         c.facilities[1 + g / ${PROVIDERS_PER_FACILITY}] as facility_id,
         case when g % ${PROVIDERS_PER_FACILITY} < 25 then md5('fd-room-' || g)::uuid end as room_id
    from generate_series(0, ${providers - 1}) g, fd_ctx c;
insert into staff_member (id, practice_id, created_at, updated_at, first_name, last_name, credentials, roles, calendar_color)
  select p.id, c.practice_id, now(), now(), f.name, l.name || '-' || p.n, 'LPC', '{CLINICIAN}',
         '#' || lpad(to_hex(abs(hashtext('fd-color-' || p.n)) % 16777216), 6, '0')
    from fd_provider p, fd_ctx c, fd_first f, fd_last l
   where f.i = abs(hashtext('fd-pf-' || p.n)) % 24 and l.i = abs(hashtext('fd-pl-' || p.n)) % 30;
insert into room (id, practice_id, created_at, updated_at, name, facility_id)
  select p.room_id, c.practice_id, now(), now(), 'Bench room ' || p.n, p.facility_id
    from fd_provider p, fd_ctx c where p.room_id is not null;
insert into working_hours (id, practice_id, created_at, updated_at, provider_id, facility_id, weekday, start_time, end_time)
  select md5('fd-wh-' || p.n || '-' || d)::uuid, c.practice_id, now(), now(), p.id, p.facility_id, d, '08:00', '18:00'
    from fd_provider p, fd_ctx c, generate_series(1, 5) d;
-- Patients; MRNs continue the practice counter so they stay unique.
create temp table fd_patient as
  select g as n, md5('fd-patient-' || g)::uuid as id from generate_series(0, ${patients - 1}) g;
insert into patient (id, practice_id, created_at, updated_at, mrn, legal_first_name, legal_last_name, date_of_birth,
                     sex_assigned_at_birth, mobile_phone, status)
  select p.id, c.practice_id, now(), now(), lpad((c.mrn_counter + 1 + p.n)::text, 6, '0'), f.name, l.name,
         date '1940-01-01' + abs(hashtext('fd-dob-' || p.n)) % 29000,
         (array['FEMALE','MALE','INTERSEX','UNKNOWN'])[1 + abs(hashtext('fd-sex-' || p.n)) % 4],
         '(555) ' || lpad((abs(hashtext('fd-ph-' || p.n)) % 1000)::text, 3, '0') || '-' || lpad((p.n % 10000)::text, 4, '0'),
         'ACTIVE'
    from fd_patient p, fd_ctx c, fd_first f, fd_last l
   where f.i = abs(hashtext('fd-f-' || p.n)) % 24 and l.i = abs(hashtext('fd-l-' || p.n)) % 30;
update practice set mrn_counter = mrn_counter + ${patients} where id = (select practice_id from fd_ctx);
-- A primary policy for 85% of patients.
insert into insurance_policy (id, practice_id, created_at, updated_at, patient_id, payer_id, member_id, subscriber_name,
                              relationship_to_subscriber, priority, copay_cents, effective_from)
  select md5('fd-policy-' || p.n)::uuid, c.practice_id, now(), now(), p.id,
         c.payers[1 + abs(hashtext('fd-payer-' || p.n)) % array_length(c.payers, 1)],
         'M' || lpad(p.n::text, 9, '0'), 'Self', 'SELF', 'PRIMARY', 2500, date '2024-01-01'
    from fd_patient p, fd_ctx c where abs(hashtext('fd-ins-' || p.n)) % 100 < 85;
-- Two years of weekdays, 10 hourly 50-minute slots (08:00..17:00 local) per provider.
create temp table fd_appt as
  select md5('fd-appt-' || p.n || '-' || d::date || '-' || h)::uuid as id, p.id as provider_id, p.facility_id, p.room_id,
         (d::date + make_time(h, 0, 0)) at time zone f.time_zone as starts_at, p.n, d::date as day, h
    from fd_provider p join facility f on f.id = p.facility_id,
         generate_series(date '2025-12-01', date '2027-11-30', interval '1 day') d,
         generate_series(8, ${8 + SLOTS_PER_DAY - 1}) h
   where extract(isodow from d) < 6;
insert into appointment (id, practice_id, created_at, updated_at, provider_id, facility_id, room_id, appointment_type_id,
                         starts_at, ends_at, status)
  select a.id, c.practice_id, now(), now(), a.provider_id, a.facility_id, a.room_id, c.type_id,
         a.starts_at, a.starts_at + interval '50 minutes',
         case when a.starts_at < now() then 'COMPLETED' else 'SCHEDULED' end
    from fd_appt a, fd_ctx c;
insert into appointment_attendee (id, practice_id, created_at, updated_at, appointment_id, patient_id, attendance)
  select md5('fd-att-' || a.id)::uuid, c.practice_id, now(), now(), a.id,
         md5('fd-patient-' || abs(hashtext('fd-ap-' || a.n || a.day || a.h)) % ${patients})::uuid,
         case when a.starts_at < now() then 'ATTENDED' else 'EXPECTED' end
    from fd_appt a, fd_ctx c;
-- Copays paid on the past visits of one patient in ten, so balances have ledger rows to sum.
insert into ledger_entry (id, practice_id, created_at, updated_at, patient_id, kind, amount_cents, description, posted_at,
                          appointment_id)
  select md5('fd-fee-' || a.id)::uuid, c.practice_id, now(), now(), t.patient_id, 'FEE', 2500, 'Copay', a.starts_at, a.id
    from fd_appt a join appointment_attendee t on t.appointment_id = a.id, fd_ctx c
   where a.starts_at < now() and abs(hashtext('fd-fee-' || a.id)) % 10 = 0;
`;
}

export async function generateIfMissing(db, size = 'M') {
  const marker = await db.query('select 1 from staff_member where id = md5($1)::uuid', [MARKER_PROVIDER]);
  if (marker.rowCount > 0) return { skipped: true, seconds: 0 };
  const started = process.hrtime.bigint();
  // One transaction: the marker provider exists only if everything else was generated too.
  await db.query('begin');
  try {
    await db.query(generateSql(sizeOf(size)));
    await db.query('commit');
  } catch (error) {
    await db.query('rollback');
    throw error;
  }
  // Vacuum, not only analyze: a bulk insert leaves the trigram (GIN) indexes' pending lists full,
  // and until they are merged a name search reads them linearly and the planner scans the table
  // (autovacuum would get there eventually; the measurements should not depend on when).
  await db.query('vacuum (analyze)');
  return { skipped: false, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

export async function datasetCounts(db) {
  const { rows } = await db.query(`select
      (select count(*) from staff_member s join practice p on p.id = s.practice_id where p.slug = 'riverbend' and 'CLINICIAN' = any(s.roles))::int as providers,
      (select count(*) from facility f join practice p on p.id = f.practice_id where p.slug = 'riverbend')::int as facilities,
      (select count(*) from room r join practice p on p.id = r.practice_id where p.slug = 'riverbend')::int as rooms,
      (select count(*) from payer y join practice p on p.id = y.practice_id where p.slug = 'riverbend')::int as payers,
      (select count(*) from patient p join practice q on q.id = p.practice_id where q.slug = 'riverbend')::int as patients,
      (select count(*) from insurance_policy)::int as "insurancePolicies",
      (select count(*) from appointment)::int as appointments,
      (select count(*) from appointment_attendee)::int as attendees,
      (select count(*) from ledger_entry)::int as "ledgerEntries",
      (to_regclass('progress_note') is not null) as "progressNoteTable"`);
  return rows[0];
}

// The riverbend facilities by name: the generated providers fill the first (and, at size L, the
// next two) with 40 each.
export async function benchFacilities(db) {
  const { rows } = await db.query(
    `select f.id, f.name, f.time_zone as "timeZone" from facility f join practice p on p.id = f.practice_id
      where p.slug = 'riverbend' order by f.name`,
  );
  return rows;
}

// The calendar window in the facility's own time zone, from the database so DST is right.
export async function calendarWindow(db, facilityId, day, days) {
  const { rows } = await db.query(
    `select ($2::date::timestamp at time zone f.time_zone) as "from",
            (($2::date + $3::int)::timestamp at time zone f.time_zone) as "to"
       from facility f where f.id = $1`,
    [facilityId, day, days],
  );
  return { from: rows[0].from.toISOString(), to: rows[0].to.toISOString() };
}

// ---------- API ----------

export function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the API from source against the bench database. Default: src/scripts/bench-serve.ts (no apps).
 * `script`/`readyText`/`env` pick another entry point, e.g. src/main.ts, which also serves the built apps.
 */
export async function startApi(
  port,
  { script = 'src/scripts/bench-serve.ts', readyText = 'bench api ready', env = {}, size = 'M' } = {},
) {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', script], {
    cwd: apiDir,
    env: {
      ...process.env,
      DATABASE_URL: benchUrl(size),
      PORT: String(port),
      HANDOFF_LOG: 'silent',
      HANDOFF_WORKER: 'off',
      HANDOFF_BENCH: 'on',
      // As deployed: libraries such as graphql-js skip their development checks.
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes(readyText) && resolve());
    child.on('exit', (code) => reject(new Error(`api (${script}) exited ${code}`)));
  });
  return child;
}

export async function stopApi(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export function graphql(port, cookie) {
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

// The front desk's calendar (Q1/Q2) and patient search (Q3) as the ratio and scale benchmarks send them.
export const API_CALENDAR = `query Q($from: DateTimeISO!, $to: DateTimeISO!, $f: ID) {
  calendar(from: $from, to: $to, facilityId: $f) { id startsAt endsAt status providerName providerColor roomName attendees { displayName } } }`;
export const API_SEARCH =
  'query Q($s: String!, $n: Int!) { patients(search: $s, first: $n) { totalCount nodes { id mrn legalFirstName legalLastName dateOfBirth } } }';

export const FRONTDESK_LOGIN = { email: 'frontdesk@riverbend.test', password: 'handoff-demo' };

export async function login(port) {
  const { response } = await graphql(port)(
    `mutation { login(email: "${FRONTDESK_LOGIN.email}", password: "${FRONTDESK_LOGIN.password}") { id } }`,
  );
  return response.headers.get('set-cookie').split(';')[0];
}

// ---------- statistics and environment ----------

export const round = (n) => Math.round(n * 10) / 10;

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function cpuInfo() {
  const text = readFileSync('/proc/cpuinfo', 'utf8');
  return { cpu: text.match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown', cores: text.match(/^processor/gm)?.length ?? 0 };
}
