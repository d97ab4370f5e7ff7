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
