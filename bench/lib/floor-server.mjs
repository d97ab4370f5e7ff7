// The floor "F" of bench/ratio.mjs: a node:http server that answers each benchmark operation
// with ONE hand-written SQL statement (a named, prepared statement through `pg`) that builds the
// final JSON in PostgreSQL; Node only parses the request and pipes the text back. Measured like a
// server (same HTTP, same pool size as the API's default of 10).
// Request: POST /graphql {"operationName": "Q1", "variables": {...}}; the practice id (what the
// API knows after authenticating) is a variable. Q0 authenticates the session cookie like the
// API does (one statement: the session update-and-read plus the user).
// Env: DATABASE_URL, PORT, FLOOR_SQL_COUNTER_PORT.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { pg } from './frontdesk-data.mjs';

const ISO = (column) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const CALENDAR = `
select json_build_object('data', json_build_object('calendar', coalesce(json_agg(json_build_object(
         'id', a.id, 'startsAt', ${ISO('a.starts_at')}, 'endsAt', ${ISO('a.ends_at')}, 'status', a.status,
         'providerName', s.first_name || ' ' || s.last_name || ', ' || s.credentials,
         'providerColor', s.calendar_color, 'roomName', r.name,
         'attendees', coalesce((
           select json_agg(json_build_object(
                    'displayName', coalesce(p.preferred_name, p.legal_first_name) || ' ' || p.legal_last_name)
                  order by p.legal_last_name, p.legal_first_name)
             from appointment_attendee at join patient p on p.id = at.patient_id
            where at.appointment_id = a.id), '[]'::json))
         order by a.starts_at, s.last_name, a.id), '[]'::json)))::text as body
  from appointment a
  join staff_member s on s.id = a.provider_id
  left join room r on r.id = a.room_id
 where a.practice_id = $1 and a.starts_at < $3 and a.ends_at > $2
   and a.starts_at > $2::timestamptz - interval '8 hours' and a.facility_id = $4`;

export const STATEMENTS = {
  Q0: {
    text: `
with live as (
  select user_id, practice_id from session
   where token_hash = $1 and revoked_at is null and expires_at > now()
     and last_seen_at > now() - make_interval(secs => 900)
), touched as (
  update session set last_seen_at = now()
   where token_hash = $1 and last_seen_at < now() - interval '15 seconds' and exists (select 1 from live)
)
select json_build_object('data', json_build_object('viewer', json_build_object(
         'id', u.id, 'email', u.email, 'displayName', coalesce(sm.first_name || ' ' || sm.last_name, u.email),
         'roles', sm.roles, 'practiceId', live.practice_id)))::text as body
  from live join app_user u on u.id = live.user_id and u.active
  left join staff_member sm on sm.id = u.staff_member_id and sm.active`,
    params: (variables, req) => [sessionHash(req.headers.cookie)],
  },
  Q1: {
    text: CALENDAR,
    params: (v) => [v.practiceId, v.from, v.to, v.facilityId],
  },
  Q3: {
    // The API's search (api/src/modules/patients/patient-search.ts) for one word: the name starts
    // with it; last-name matches first (read in order from the name index), each group
    // alphabetically; matches counted up to 501.
    text: `
with hits as (
  (select p.id, p.mrn, p.legal_first_name, p.legal_last_name, p.date_of_birth, 0 as tier,
          lower(p.legal_last_name) collate "C" as last_name, lower(p.legal_first_name) collate "C" as first_name
     from patient p
    where p.practice_id = $1 and (' ' || p.search_text) like $3 and lower(p.legal_last_name) collate "C" like $4
    order by 7, 8, 1 limit $5)
  union all
  (select p.id, p.mrn, p.legal_first_name, p.legal_last_name, p.date_of_birth, 1,
          lower(p.legal_last_name) collate "C", lower(p.legal_first_name) collate "C"
     from patient p
    where p.practice_id = $1 and p.search_text like $2 and (' ' || p.search_text) like $3
      and not (lower(p.legal_last_name) collate "C" like $4)
    order by 7, 8, 1 limit $5)
), page as (select * from hits order by tier, last_name, first_name, id limit $5)
select json_build_object('data', json_build_object('patients', json_build_object(
         'totalCount', least((select count(*) from (select 1 from patient p where p.practice_id = $1
                                and p.search_text like $2 and (' ' || p.search_text) like $3 limit 501) counted), 500),
         'nodes', coalesce((select json_agg(json_build_object('id', id, 'mrn', mrn, 'legalFirstName', legal_first_name,
                    'legalLastName', legal_last_name, 'dateOfBirth', to_char(date_of_birth, 'YYYY-MM-DD'))
                    order by tier, last_name, first_name, id) from page),
                  '[]'::json))))::text as body`,
    params: (v) => {
      const word = v.search.toLowerCase();
      return [v.practiceId, `%${word}%`, `% ${word}%`, `${word}%`, v.first];
    },
  },
  Q4: {
    text: `
select json_build_object('data', json_build_object('patient', json_build_object(
         'id', p.id, 'mrn', p.mrn, 'legalFirstName', p.legal_first_name, 'legalLastName', p.legal_last_name,
         'preferredName', p.preferred_name, 'dateOfBirth', to_char(p.date_of_birth, 'YYYY-MM-DD'),
         'mobilePhone', p.mobile_phone, 'email', p.email,
         'insurancePolicies', coalesce((
           select json_agg(json_build_object('priority', i.priority, 'memberId', i.member_id,
                    'copayCents', i.copay_cents, 'payer', json_build_object('name', y.name)) order by i.priority, i.id)
             from insurance_policy i join payer y on y.id = i.payer_id
            where i.patient_id = p.id), '[]'::json),
         'upcomingAppointments', coalesce((
           select json_agg(json_build_object('id', a.id, 'startsAt', ${ISO('a.starts_at')}, 'status', a.status,
                    'providerName', s.first_name || ' ' || s.last_name || ', ' || s.credentials) order by a.starts_at, a.id)
             from (select a.* from appointment_attendee t join appointment a on a.id = t.appointment_id
                    where t.patient_id = p.id and a.practice_id = p.practice_id and a.ends_at > now()
                      and a.status not in ('CANCELLED', 'LATE_CANCELLED')
                    order by a.starts_at, a.id limit $3) a
             join staff_member s on s.id = a.provider_id), '[]'::json),
         'balanceCents', (select coalesce(sum(l.amount_cents), 0) from ledger_entry l where l.patient_id = p.id))))::text
         as body
  from patient p
 where p.practice_id = $1 and p.id = $2`,
    params: (v) => [v.practiceId, v.patientId, v.first],
  },
};
STATEMENTS.Q2 = { ...STATEMENTS.Q1, name: 'Q2' };

const DAY = (column) => `to_char(${column}, 'YYYY-MM-DD')`;
const SCORE = (m) =>
  `json_build_object('administeredOn', ${DAY(`${m}.administered_on`)}, 'total', ${m}.total, 'severityLabel', ${m}.severity_label)`;
const LATEST = (instrument) => `(select ${SCORE('m')} from measure_administration m
   where m.patient_id = p.id and m.instrument = '${instrument}' order by m.administered_at desc, m.id desc limit 1)`;
const DIAGNOSIS = (d) =>
  `json_build_object('id', ${d}.id, 'icd10Code', ${d}.icd10code, 'description', ${d}.description, 'isPrimary', ${d}.is_primary)`;
const PRACTICE_DAY = `(select (now() at time zone coalesce((select time_zone from facility where practice_id = $1
                        order by created_at, id limit 1), 'UTC'))::date as d)`;

// Q5: the chart as the treating clinician opens it (api/src/modules/clinical/workspace/chart.query.ts
// computes the same): banner, 20 note headers, active diagnoses, 24 scores per instrument, 30 events.
STATEMENTS.Q5 = {
  text: `
select json_build_object('data', json_build_object('patientChart', json_build_object(
  'patientId', p.id,
  'banner', json_build_object(
    'patientId', p.id,
    'displayName', coalesce(p.preferred_name, p.legal_first_name) || ' ' || p.legal_last_name,
    'legalFirstName', p.legal_first_name, 'legalLastName', p.legal_last_name,
    'dateOfBirth', ${DAY('p.date_of_birth')}, 'age', extract(year from age(today.d, p.date_of_birth))::int,
    'pronouns', p.pronouns,
    'primaryDiagnosis', (select ${DIAGNOSIS('d')} from diagnosis d
                          where d.patient_id = p.id and d.status = 'ACTIVE' and d.is_primary order by d.position, d.id limit 1),
    'allergies', coalesce((select json_agg(json_build_object('substance', a.substance, 'severity', a.severity)
                                   order by case a.severity when 'SEVERE' then 0 when 'MODERATE' then 1 when 'MILD' then 2 else 3 end,
                                            a.substance, a.id)
                             from allergy a where a.patient_id = p.id and a.removed_at is null), '[]'::json),
    'openSafetyAlerts', (select count(*) from safety_alert s where s.patient_id = p.id and s.acknowledged_at is null),
    'latestPhq9', ${LATEST('PHQ9')}, 'latestGad7', ${LATEST('GAD7')}),
  'progressNotes', coalesce((
    select json_agg(json_build_object('id', n.id, 'dateOfService', ${DAY('n.date_of_service')}, 'service', n.service,
             'status', n.status, 'signedAt', ${ISO('n.signed_at')}, 'authorId', n.author_id,
             'cosignPending', n.status = 'SIGNED' and n.cosigner_id is not null and n.cosigned_at is null)
           order by n.date_of_service desc, n.created_at desc, n.id desc)
      from (select id, date_of_service, service, status, signed_at, author_id, cosigner_id, cosigned_at, created_at
              from progress_note where patient_id = p.id
             order by date_of_service desc, created_at desc, id desc limit 20) n), '[]'::json),
  'activeDiagnoses', coalesce((select json_agg(${DIAGNOSIS('d')} order by d.is_primary desc, d.position, d.diagnosed_on, d.id)
                                 from diagnosis d where d.patient_id = p.id and d.status = 'ACTIVE'), '[]'::json),
  'scores', coalesce((
    select json_agg(json_build_object('instrument', i.instrument, 'scores', (
             select json_agg(${SCORE('m')} order by m.administered_at desc, m.id desc)
               from (select id, administered_at, administered_on, total, severity_label from measure_administration
                      where patient_id = p.id and instrument = i.instrument
                      order by administered_at desc, id desc limit 24) m)) order by i.instrument)
      from (select distinct instrument from measure_administration where patient_id = p.id) i), '[]'::json),
  'timeline', coalesce((
    select json_agg(json_build_object('kind', e.kind, 'id', e.id, 'occurredAt', ${ISO('e.at')}, 'summary', e.summary,
             'status', e.status, 'total', e.total, 'reviewDueOn', ${DAY('e.review_due_on')}) order by e.at desc, e.kind, e.id)
      from (select * from (
              (select 'VISIT' as kind, a.id, a.starts_at as at, t.name as summary, a.status, null::int as total,
                      null::date as review_due_on
                 from appointment_attendee x join appointment a on a.id = x.appointment_id
                 join appointment_type t on t.id = a.appointment_type_id
                where x.patient_id = p.id and a.starts_at <= now() order by a.starts_at desc, a.id desc limit 30)
              union all
              (select 'NOTE_SIGNED', n.id, n.signed_at, n.service, null, null, null from progress_note n
                where n.patient_id = p.id and n.status = 'SIGNED' order by n.signed_at desc, n.id desc limit 30)
              union all
              (select 'MEASURE', m.id, m.administered_at, m.instrument, null, m.total, null from measure_administration m
                where m.patient_id = p.id order by m.administered_at desc, m.id desc limit 30)
              union all
              (select 'PLAN_ACTIVATED', v.id, v.activated_at, 'Version ' || v.version_number, null, null,
                      case when v.status = 'ACTIVE' then v.review_due_on end
                 from treatment_plan_version v where v.patient_id = p.id and v.activated_at is not null
                order by v.activated_at desc, v.id desc limit 30)
              union all
              (select 'PRESCRIPTION_SIGNED', r.id, r.signed_at, r.drug_name || ' ' || r.strength, null, null, null
                 from prescription r where r.patient_id = p.id and r.status = 'SIGNED'
                order by r.signed_at desc, r.id desc limit 30)
            ) u order by u.at desc, u.kind, u.id limit 30) e), '[]'::json))))::text as body
  from patient p, ${PRACTICE_DAY} today
 where p.practice_id = $1 and p.id = $2`,
  params: (v) => [v.practiceId, v.patientId],
};

// Q6: a clinician's day (api/src/modules/clinical/workspace/my-day.query.ts plus measures due,
// which the API decides in measure-due.ts and the floor in SQL: the first due assignment per
// instrument, in assignment order).
STATEMENTS.Q6 = {
  text: `
with day as (
  select $3::date as d, coalesce((select time_zone from facility where practice_id = $1
                                   order by created_at, id limit 1), 'UTC') as tz)
select json_build_object('data', json_build_object('myDay', json_build_object(
  'date', day.d::text,
  'facilityIds', (select coalesce(json_agg(f.id order by f.name), '[]'::json) from facility f where f.practice_id = $1),
  'visits', (select coalesce(json_agg(json_build_object(
      'appointmentId', a.id, 'startsAt', ${ISO('a.starts_at')}, 'endsAt', ${ISO('a.ends_at')}, 'status', a.status,
      'appointmentTypeName', t.name, 'defaultCpt', t.default_cpt_code, 'telehealth', t.telehealth,
      'telehealthUrl', a.telehealth_url, 'roomName', r.name,
      'patients', coalesce((
        select json_agg(json_build_object(
                 'patientId', p.id,
                 'displayName', coalesce(p.preferred_name, p.legal_first_name) || ' ' || p.legal_last_name,
                 'attendance', at.attendance, 'noteId', n.id,
                 'noteStatus', case when n.id is null then 'NOT_STARTED' when n.status = 'DRAFT' then 'DRAFT'
                                    when n.cosigner_id is not null and n.cosigned_at is null then 'AWAITING_COSIGNATURE'
                                    else 'SIGNED' end,
                 'measuresDue', coalesce((
                   select json_agg(due.instrument order by due.created_at, due.id)
                     from (select distinct on (x.instrument) x.instrument, x.created_at, x.id
                             from measure_assignment x,
                                  lateral (select max(m.administered_on) as last from measure_administration m
                                            where m.patient_id = x.patient_id and m.instrument = x.instrument
                                              and m.administered_on between x.starts_on and day.d) c
                            where x.patient_id = p.id and x.practice_id = $1 and x.stopped_at is null and x.starts_on <= day.d
                              and case x.schedule
                                    when 'ONCE' then c.last is null
                                    when 'BEFORE_EVERY_APPOINTMENT' then c.last is distinct from day.d and exists (
                                      select 1 from appointment_attendee at2
                                        join appointment a2 on a2.id = at2.appointment_id
                                        join facility f2 on f2.id = a2.facility_id
                                       where at2.patient_id = p.id and at2.attendance <> 'CANCELLED'
                                         and a2.status not in ('CANCELLED', 'LATE_CANCELLED')
                                         and a2.starts_at >= day.d - 1 and a2.starts_at < day.d + 2
                                         and (a2.starts_at at time zone f2.time_zone)::date = day.d)
                                    else c.last is null or day.d - c.last >= x.interval_weeks * 7 end
                            order by x.instrument, x.created_at, x.id) due), '[]'::json),
                 'openSafetyAlerts', (select count(*) from safety_alert sa where sa.patient_id = p.id
                                        and sa.acknowledged_at is null and a.provider_id = any(sa.recipient_staff_ids)),
                 'planReviewDueOn', (select v.review_due_on::text from treatment_plan_version v
                                      where v.patient_id = p.id and v.status = 'ACTIVE' and v.review_due_on <= day.d + 7))
               order by p.legal_last_name, p.legal_first_name)
          from appointment_attendee at join patient p on p.id = at.patient_id
          left join progress_note n on n.appointment_id = a.id and n.patient_id = p.id
         where at.appointment_id = a.id), '[]'::json))
      order by a.starts_at, a.id), '[]'::json)
      from appointment a
      join appointment_type t on t.id = a.appointment_type_id
      left join room r on r.id = a.room_id
     where a.practice_id = $1 and a.provider_id = $2
       and a.starts_at >= (day.d::timestamp at time zone day.tz) and a.starts_at < ((day.d + 1)::timestamp at time zone day.tz)
       and a.status not in ('CANCELLED', 'LATE_CANCELLED')))))::text as body
  from day`,
  params: (v) => [v.practiceId, v.providerId, v.date],
};

// Q5D and Q6D: the same screens with the duties the API has and the bare floor skips, still in ONE
// statement: the clinician's session is checked (and its activity recorded), the chart only for a
// patient in the clinician's care, "my day" for the clinician of the session, and the read audit
// rows the API writes for that selection are inserted (same table, same hash-chain trigger).
// The bare statements are reused, their parameters renumbered ($n -> text) as listed.
const renumber = (text, map) => text.replace(/\$(\d+)\b/g, (_m, n) => map[n]);
const ME = `
me as (
  select s.practice_id, u.id as user_id, sm.id as staff_id, sm.first_name || ' ' || sm.last_name as name, sm.roles
    from session s
    join app_user u on u.id = s.user_id and u.active
    join staff_member sm on sm.id = u.staff_member_id and sm.active
   where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now()
     and s.last_seen_at > now() - interval '15 minutes' and 'CLINICIAN' = any(sm.roles)
), touched as (
  update session set last_seen_at = now()
   where token_hash = $1 and last_seen_at < now() - interval '15 seconds' and exists (select 1 from me)
)`;
const AUDIT_COLUMNS =
  'practice_id, action, actor_user_id, actor_name, actor_roles, entity_type, patient_id, fields, ip, request_id';
STATEMENTS.Q5D = {
  text: `
with ${ME}, allowed as (
  select 1 from me
   where exists (select 1 from provider_patient pp where pp.provider_id = me.staff_id and pp.patient_id = $2)
      or exists (select 1 from care_team_member c join staff_member x on x.id = c.staff_member_id
                  where c.patient_id = $2 and (c.staff_member_id = me.staff_id or x.supervisor_id = me.staff_id))
      or exists (select 1 from emergency_access_grant g
                  where g.staff_member_id = me.staff_id and g.patient_id = $2 and g.expires_at > now())
), answer as (
  select b.body from (${renumber(STATEMENTS.Q5.text, { 1: '(select practice_id from me)', 2: '$2' })}) b
   where exists (select 1 from allowed)
), audit as (
  insert into audit_event (${AUDIT_COLUMNS})
  select me.practice_id, 'READ', me.user_id, me.name, me.roles, x.entity_type, $2, x.fields, $3, gen_random_uuid()::text
    from me, answer,
         (values ('ChartBanner', '{allergies,latestGad7,latestPhq9,openSafetyAlerts}'::text[]),
                 ('PatientChart', '{progressNotes,scores,timeline}'::text[])) x(entity_type, fields)
)
select body from answer`,
  params: (v, req) => [sessionHash(req.headers.cookie), v.patientId, req.socket.remoteAddress],
};
STATEMENTS.Q6D = {
  text: `
with ${ME}, answer as (
  select b.body from (${renumber(STATEMENTS.Q6.text, { 1: '(select practice_id from me)', 2: '(select staff_id from me)', 3: '$2' })}) b
   where exists (select 1 from me)
), audit as (
  insert into audit_event (${AUDIT_COLUMNS})
  select me.practice_id, 'READ', me.user_id, me.name, me.roles, 'MyDayPatient', (p->>'patientId')::uuid,
         '{measuresDue,openSafetyAlerts,planReviewDueOn}', $3, gen_random_uuid()::text
    from me, answer,
         json_array_elements(answer.body::json->'data'->'myDay'->'visits') v, json_array_elements(v->'patients') p
)
select body from answer`,
  params: (v, req) => [sessionHash(req.headers.cookie), v.date, req.socket.remoteAddress],
};

function sessionHash(cookie = '') {
  const token = cookie.split(';')[0]?.split('=').slice(1).join('=') ?? '';
  return createHash('sha256').update(token).digest('hex');
}

function main() {
  let statements = 0;
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, user: 'postgres', max: 10 });
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', async () => {
      try {
        const { operationName, variables = {} } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const statement = STATEMENTS[operationName];
        if (!statement) throw new Error(`unknown operation ${operationName}`);
        statements += 1;
        const { rows } = await pool.query({
          name: operationName,
          text: statement.text,
          values: statement.params(variables, req),
        });
        const body = rows[0]?.body ?? '{"data":null}';
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: String(error.message) }] }));
      }
    });
  });
  const port = Number(process.env.PORT ?? 4620);
  server.listen(port, '127.0.0.1', () => console.log(`floor ready on http://127.0.0.1:${port}/graphql`));
  const counterPort = Number(process.env.FLOOR_SQL_COUNTER_PORT ?? 0);
  const counter = counterPort
    ? createServer((_req, res) => res.end(String(statements))).listen(counterPort, '127.0.0.1')
    : null;
  const stop = () => {
    counter?.close();
    server.close();
    void pool.end().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (process.argv[1]?.endsWith('floor-server.mjs')) main();
