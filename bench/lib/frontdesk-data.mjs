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
/** The clinician whose day (Q6) and whose patient's chart (Q5) are measured, and that patient (in M and L). */
export const CHART_PROVIDER = 'fd-provider-0';
export const CHART_PATIENT = 'fd-patient-19999';
const CHART_SLOT = 2 * SLOTS_PER_DAY + 1; // Wednesday 09:00

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

/**
 * The clinical history of ONE patient and ONE clinician (the chart and "my day" operations):
 * generated provider 0 sees 50 patients weekly, the chart patient every Wednesday at 09:00
 * (attendee rows are re-pointed, so an existing dataset gets it too); each past visit has a progress note (signed,
 * the latest a draft), every other one a PHQ-9 and a GAD-7; two active diagnoses and a resolved
 * one, allergies (one removed), a superseded and an active treatment plan, three signed
 * prescriptions, an open safety alert, a PHQ-9 due before every visit, and a sign-in for the
 * clinician (CLINICIAN_LOGIN). Deterministic like the rest; ids md5-derived.
 */
export function generateClinicalSql() {
  return `
create temp table fd_chart as
  select p.id as practice_id, md5('${CHART_PROVIDER}')::uuid as provider_id, md5('${CHART_PATIENT}')::uuid as patient_id,
         f.time_zone as tz
    from practice p join staff_member s on s.id = md5('${CHART_PROVIDER}')::uuid join facility f on f.id = (
           select facility_id from working_hours w where w.provider_id = s.id limit 1)
   where p.slug = 'riverbend';
-- Provider 0 keeps a therapist's caseload: each weekly slot (weekday, hour) is one patient's,
-- 50 patients seen weekly (the random attendees elsewhere would make ~5,000, and the care team
-- is read on every request); the chart patient has Wednesdays at 09:00.
update appointment_attendee t
   set updated_at = now(),
       patient_id = case when w.slot = ${CHART_SLOT} then c.patient_id else md5('fd-patient-' || (19900 + w.slot))::uuid end
  from appointment a, fd_chart c,
       lateral (select (extract(isodow from a.starts_at at time zone c.tz)::int - 1) * ${SLOTS_PER_DAY}
                       + extract(hour from a.starts_at at time zone c.tz)::int - 8 as slot) w
 where a.id = t.appointment_id and a.provider_id = c.provider_id;
insert into care_team_member (id, practice_id, created_at, updated_at, patient_id, staff_member_id, role)
  select md5('fd-chart-ctm')::uuid, practice_id, now(), now(), patient_id, provider_id, 'PRIMARY_CLINICIAN' from fd_chart;
insert into app_user (id, practice_id, created_at, updated_at, email, password_hash, staff_member_id, active)
  select md5('fd-chart-user')::uuid, c.practice_id, now(), now(), '${CLINICIAN_LOGIN.email}', u.password_hash, c.provider_id, true
    from fd_chart c join app_user u on u.email = '${FRONTDESK_LOGIN.email}';
create temp table fd_visit as
  select a.id, a.starts_at, (a.starts_at at time zone c.tz)::date as day,
         row_number() over (order by a.starts_at) as k, count(*) over () as visits
    from appointment a join appointment_attendee t on t.appointment_id = a.id, fd_chart c
   where t.patient_id = c.patient_id and a.provider_id = c.provider_id and a.starts_at < now();
insert into progress_note (id, practice_id, created_at, updated_at, patient_id, appointment_id, author_id, date_of_service,
                           service, format, content, status, version, signed_at)
  select md5('fd-note-' || v.id)::uuid, c.practice_id, v.starts_at, v.starts_at, c.patient_id, v.id, c.provider_id, v.day,
         case when v.k = 1 then 'INTAKE' else 'PSYCHOTHERAPY' end, 'SOAP',
         '{"subjective": "Generated session note for the benchmark."}'::jsonb,
         case when v.k = v.visits then 'DRAFT' else 'SIGNED' end, 1,
         case when v.k < v.visits then v.starts_at + interval '2 hours' end
    from fd_visit v, fd_chart c;
create temp table fd_score as
  select v.id as visit_id, v.starts_at - interval '10 minutes' as at, v.day, i.instrument,
         abs(hashtext('fd-score-' || i.instrument || v.id)) % (case i.instrument when 'PHQ9' then 28 else 22 end) as total
    from fd_visit v, (values ('PHQ9'), ('GAD7')) i(instrument)
   where v.k % 2 = 0;
insert into measure_administration (id, practice_id, created_at, updated_at, patient_id, instrument, instrument_version,
                                    administered_at, administered_on, source, administered_by_id, responses, item_scores,
                                    total, severity_label, severity_level, interpretation)
  select md5('fd-measure-' || s.instrument || s.visit_id)::uuid, c.practice_id, s.at, s.at, c.patient_id, s.instrument, '1',
         s.at, s.day, 'IN_CLINIC', c.provider_id, '{}'::jsonb, '[]'::jsonb, s.total, b.label, b.level, b.label
    from fd_score s, fd_chart c,
         lateral (select case when s.total < 5 then 'Minimal' when s.total < 10 then 'Mild' when s.total < 15 then 'Moderate'
                              when s.instrument = 'GAD7' or s.total >= 20 then 'Severe' else 'Moderately severe' end as label,
                         case when s.total < 5 then 'MINIMAL' when s.total < 10 then 'LOW' when s.total < 15 then 'MODERATE'
                              when s.instrument = 'GAD7' or s.total >= 20 then 'VERY_HIGH' else 'HIGH' end as level) b;
insert into safety_alert (id, practice_id, created_at, updated_at, patient_id, administration_id, instrument, flags,
                          recipient_staff_ids)
  select md5('fd-alert')::uuid, c.practice_id, now(), now(), c.patient_id, m.id, 'PHQ9', '["SELF_HARM_THOUGHTS"]'::jsonb,
         array[c.provider_id]
    from fd_chart c join lateral (select id from measure_administration where patient_id = c.patient_id
                                   and instrument = 'PHQ9' order by administered_at desc limit 1) m on true;
insert into measure_assignment (id, practice_id, created_at, updated_at, patient_id, instrument, schedule, starts_on,
                                assigned_by_id)
  select md5('fd-assign')::uuid, practice_id, now(), now(), patient_id, 'PHQ9', 'BEFORE_EVERY_APPOINTMENT', date '2025-12-01',
         provider_id from fd_chart;
insert into diagnosis (id, practice_id, created_at, updated_at, patient_id, icd10code, description, is_primary, status,
                       diagnosed_on, position, resolved_on)
  select md5('fd-dx-' || d.n)::uuid, c.practice_id, now(), now(), c.patient_id, d.code, d.description, d.n = 1, d.status,
         date '2025-12-03', d.n, case when d.status = 'RESOLVED' then date '2026-03-04' end
    from fd_chart c, (values (1, 'F33.1', 'Major depressive disorder, recurrent, moderate', 'ACTIVE'),
                             (2, 'F41.1', 'Generalized anxiety disorder', 'ACTIVE'),
                             (3, 'F43.21', 'Adjustment disorder with depressed mood', 'RESOLVED')) d(n, code, description, status);
insert into allergy (id, practice_id, created_at, updated_at, patient_id, substance, reaction, severity, noted_on,
                     removed_at, removed_by_id)
  select md5('fd-allergy-' || a.n)::uuid, c.practice_id, now(), now(), c.patient_id, a.substance, a.reaction, a.severity,
         date '2025-12-03', case when a.removed then now() end, case when a.removed then c.provider_id end
    from fd_chart c, (values (1, 'Penicillin', 'Hives', 'SEVERE', false), (2, 'Latex', 'Rash', 'MILD', false),
                             (3, 'Codeine', 'Nausea', 'MODERATE', true)) a(n, substance, reaction, severity, removed);
insert into treatment_plan_version (id, practice_id, created_at, updated_at, patient_id, version_number, status, content,
                                    review_due_on, author_id, activated_at, activated_by_id, superseded_at)
  select md5('fd-plan-' || v.n)::uuid, c.practice_id, v.activated, v.activated, c.patient_id, v.n, v.status,
         '{"problems": []}'::jsonb, v.review, c.provider_id, v.activated, c.provider_id, v.superseded
    from fd_chart c, (values (1, 'SUPERSEDED', timestamptz '2025-12-10 17:00Z', date '2026-03-10', timestamptz '2026-06-03 17:00Z'),
                             (2, 'ACTIVE', timestamptz '2026-06-03 17:00Z', date '2026-12-16', null)) v(n, status, activated, review, superseded);
insert into prescription (id, practice_id, created_at, updated_at, patient_id, drafted_by_id, prescriber_id, drug_id,
                          drug_name, strength, form, quantity, unit, refills, days_supply, sig, pharmacy, status, signed_at)
  select md5('fd-rx-' || r.n)::uuid, c.practice_id, r.signed, r.signed, c.patient_id, c.provider_id, c.provider_id, r.drug_id,
         r.drug, r.strength, 'tablet', 30, 'TABLET', 2, 30, 'Take one tablet by mouth daily', '{"name": "Bench Pharmacy"}'::jsonb,
         'SIGNED', r.signed
    from fd_chart c, (values (1, 'sertraline-50', 'Sertraline', '50 mg', timestamptz '2026-01-07 18:00Z'),
                             (2, 'sertraline-100', 'Sertraline', '100 mg', timestamptz '2026-04-08 18:00Z'),
                             (3, 'hydroxyzine-25', 'Hydroxyzine', '25 mg', timestamptz '2026-08-05 18:00Z')) r(n, drug_id, drug, strength, signed);
`;
}

export async function generateIfMissing(db, size = 'M') {
  const marker = await db.query('select 1 from staff_member where id = md5($1)::uuid', [MARKER_PROVIDER]);
  const clinical = await db.query('select 1 from care_team_member where id = md5($1)::uuid', ['fd-chart-ctm']);
  if (marker.rowCount > 0 && clinical.rowCount > 0) return { skipped: true, seconds: 0 };
  const started = process.hrtime.bigint();
  // One transaction: the marker provider exists only if everything else was generated too (and
  // the chart's care-team row only with its whole history).
  await db.query('begin');
  try {
    // The care-team triggers re-derive one (provider, patient) pair per attendee row under an
    // advisory lock: for 200,000 rows in one transaction that exhausts the lock table. Off for the
    // bulk insert, then the pairs are derived in one statement, as the migration that made them.
    await db.query(`alter table appointment_attendee disable trigger appointment_attendee_provider_patient;
                    alter table appointment disable trigger appointment_provider_patient`);
    if (marker.rowCount === 0) await db.query(generateSql(sizeOf(size)));
    await db.query(generateClinicalSql());
    await db.query(`insert into provider_patient (provider_id, patient_id, practice_id)
                      select distinct a.provider_id, at.patient_id, a.practice_id
                        from appointment_attendee at join appointment a on a.id = at.appointment_id
                       where a.status not in ('CANCELLED', 'LATE_CANCELLED')
                    on conflict do nothing;
                    alter table appointment_attendee enable trigger appointment_attendee_provider_patient;
                    alter table appointment enable trigger appointment_provider_patient`);
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
/** Generated provider 0 (generateClinicalSql gives them the front desk's password hash). */
export const CLINICIAN_LOGIN = { email: 'bench-clinician@riverbend.test', password: 'handoff-demo' };

export async function login(port, { email, password } = FRONTDESK_LOGIN) {
  const { response } = await graphql(port)(`mutation { login(email: "${email}", password: "${password}") { id } }`);
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
