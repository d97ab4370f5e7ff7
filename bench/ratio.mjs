// Benchmarks against the floor and a peer (Q0 viewer, Q1 calendar day, Q2 calendar week, Q3 patient
// search, Q4 front-desk profile; Q5 chart and Q6 "my day" as a clinician, where P4 is not
// applicable: no PostGraphile schema for them). Same data, same operations, one server at a time:
//   F       the floor: one hand-written SQL statement per operation via `pg` (lib/floor-server.mjs)
//   FD      Q5, Q6 only: the floor with the API's duties, still one statement: it checks the
//           clinician's session and care team and writes the read audit rows the API writes
//   P4      PostGraphile 4.14 (peer-postgraphile/), no auth
//   P4-RLS  PostGraphile 4.14 with a JWT, `set role` and row-level security by practice
//   API     our API as shipped (bench-serve, permissions on), signed in as the front desk (Q5, Q6:
//           as the clinician of the generated caseload, CLINICIAN_LOGIN)
//   API-off our API with permissions off (HANDOFF_BENCH_PERMISSIONS=off)
// Before timing, every variant's answer to every operation is normalised and compared with the
// floor's; a variant that returns different data gets no number. Then autocannon at 1 and 16
// connections (warm-up, measured window), three repetitions alternating the variant order.
// Writes bench/results/<date>-<sha>.md and .json. Run: pnpm bench (root) or pnpm --filter handoff-bench ratio.
// Env: BENCH_SECONDS (2), BENCH_WARMUP (1), BENCH_REPS (3), BENCH_CONNECTIONS ("1,16"; Q0, the fixed
//      overhead, runs at the largest only, to keep the whole run under 15 minutes),
//      BENCH_OPS ("Q0,Q1,Q2,Q3,Q4,Q5,Q6"), BENCH_VARIANTS ("F,P4,P4-RLS,API,API-off"),
//      BENCH_PARTS ("load,inprocess,scale,fanout,frontends": which parts run; the goals of a part
//      left out show n/a), BENCH_OUT (the report's path without .md/.json; default
//      results/<date>-<sha>).
// Besides the load runs: lib/inprocess.mjs (G5, G6), lib/scale.mjs (G10, size L against M),
// fanout.mjs (G8, G9) and frontends.mjs (G11).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes, createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import autocannon from 'autocannon';
import { measureFanOut } from './fanout.mjs';
import { measureFrontends } from './frontends.mjs';
import { measureInProcess } from './lib/inprocess.mjs';
import { measureScale } from './lib/scale.mjs';
import {
  API_CALENDAR,
  API_SEARCH,
  BENCH_URL,
  benchDir,
  benchFacilities,
  calendarWindow,
  CHART_PATIENT,
  CHART_PROVIDER,
  CLINICIAN_LOGIN,
  connectBenchDb,
  cpuInfo,
  DB_NAME,
  datasetCounts,
  ensureDatabase,
  generateIfMissing,
  login,
  repoRoot,
  startApi,
  stopApi,
  sizeExists,
} from './lib/frontdesk-data.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1);
const REPS = Number(process.env.BENCH_REPS ?? 3);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '1,16').split(',').map(Number);
const connectionsFor = (opId) => (opId === 'Q0' ? [Math.max(...CONNECTIONS)] : CONNECTIONS);
const OPS = (process.env.BENCH_OPS ?? 'Q0,Q1,Q2,Q3,Q4,Q5,Q6').split(',');
const VARIANT_IDS = (process.env.BENCH_VARIANTS ?? 'F,FD,P4,P4-RLS,API,API-off').split(',');
const PARTS = new Set((process.env.BENCH_PARTS ?? 'load,inprocess,scale,fanout,frontends').split(','));
const PORT_BASE = 4600; // the bench uses 4600..4650
const peerDir = join(benchDir, 'peer-postgraphile');
const TICK_MS = 10; // USER_HZ 100

// ---------- processes ----------

function procStat(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
}
const cpuTicks = (pid) => procStat(pid).ticks;
function rssMb(pid) {
  const kb = Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}
// The PostgreSQL backends serving the bench database (the process title names it): pid -> CPU
// ticks. Other databases' backends (tests, other work on the box) are not counted; a delta is
// taken per backend, so a backend that starts during the window counts from zero.
function backendTicks(postmasterPid, database) {
  const ticks = new Map();
  if (!postmasterPid) return ticks;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = procStat(entry);
      if (stat.ppid !== postmasterPid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(` ${database} `)) ticks.set(entry, stat.ticks);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks;
}
function backendTicksSince(before, after) {
  let total = 0;
  for (const [pid, ticks] of after) total += ticks - (before.get(pid) ?? 0);
  return total;
}

function startNode(script, { cwd, env, readyText }) {
  const child = spawn(process.execPath, [script], {
    cwd,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes(readyText) && resolve(child));
    child.on('exit', (code) => reject(new Error(`${script} exited ${code}`)));
  });
}

async function waitForPortFree(port) {
  for (let i = 0; i < 50; i++) {
    const free = await fetch(`http://127.0.0.1:${port}/`).then(
      () => false,
      () => true,
    );
    if (free) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

// ---------- operations ----------

const iso = (value) => (value == null ? null : new Date(value).toISOString());
const byLastFirst = (names) => [...names].sort();

const calendarCanonical = (list) =>
  list.map((a) => ({
    id: a.id,
    startsAt: iso(a.startsAt),
    endsAt: iso(a.endsAt),
    status: a.status,
    providerName: a.providerName,
    providerColor: a.providerColor,
    roomName: a.roomName ?? null,
    patients: byLastFirst(a.patients),
  }));

const P4_CALENDAR = `query Q($a: Datetime!, $b: Datetime!, $f: UUID!) {
  calendar(rangeStart: $a, rangeEnd: $b, facility: $f) { id startsAt endsAt status
    provider { firstName lastName credentials calendarColor } room { name }
    appointmentAttendees { patient { preferredName legalFirstName legalLastName } } } }`;

const PROFILE_VISITS = 5;
const PROFILE_FIELDS = 'id mrn legalFirstName legalLastName preferredName dateOfBirth mobilePhone email';
const API_PROFILE = `query Q($id: ID!, $n: Int!) { patient(id: $id) { ${PROFILE_FIELDS}
  insurancePolicies { priority memberId copayCents payer { name } }
  upcomingAppointments(first: $n) { id startsAt status providerName } balanceCents } }`;
const P4_PROFILE = `query Q($id: UUID!, $n: Int!) { patient(id: $id) { ${PROFILE_FIELDS}
  insurancePolicies(orderBy: [PRIORITY_ASC, ID_ASC]) { priority memberId copayCents payer { name } }
  upcomingAppointments(n: $n) { id startsAt status provider { firstName lastName credentials } } balanceCents } }`;
const profileCanonical = (p) => ({
  ...p,
  upcomingAppointments: p.upcomingAppointments.map((a) => ({ ...a, startsAt: iso(a.startsAt) })),
});

const API_CHART = `query Q($id: ID!) { patientChart(id: $id) { patientId
  banner { patientId displayName legalFirstName legalLastName dateOfBirth age pronouns
    primaryDiagnosis { id icd10Code description isPrimary } allergies { substance severity } openSafetyAlerts
    latestPhq9 { administeredOn total severityLabel } latestGad7 { administeredOn total severityLabel } }
  progressNotes { id dateOfService service status signedAt authorId cosignPending }
  activeDiagnoses { id icd10Code description isPrimary }
  scores { instrument scores { administeredOn total severityLabel } }
  timeline { kind id occurredAt summary status total reviewDueOn } } }`;
const chartCanonical = (c) => ({
  ...c,
  progressNotes: c.progressNotes.map((n) => ({ ...n, signedAt: iso(n.signedAt) })),
  timeline: c.timeline.map((e) => ({ ...e, occurredAt: iso(e.occurredAt) })),
});
const API_MY_DAY = `query Q($d: Date) { myDay(date: $d) { date facilityIds visits {
  appointmentId startsAt endsAt status appointmentTypeName defaultCpt telehealth telehealthUrl roomName
  patients { patientId displayName attendance noteId noteStatus measuresDue openSafetyAlerts planReviewDueOn } } } }`;
const myDayCanonical = (d) => ({
  ...d,
  visits: d.visits.map((v) => ({ ...v, startsAt: iso(v.startsAt), endsAt: iso(v.endsAt) })),
});

/** Per operation: the request of each kind of variant and the normalisation of its answer. */
function operations(ctx) {
  const apiCalendar = (window) => ({
    body: { query: API_CALENDAR, variables: { ...window, f: ctx.facility.id } },
    canonical: (json) =>
      calendarCanonical(json.data.calendar.map((a) => ({ ...a, patients: a.attendees.map((x) => x.displayName) }))),
  });
  const p4Calendar = (window) => ({
    body: { query: P4_CALENDAR, variables: { a: window.from, b: window.to, f: ctx.facility.id } },
    canonical: (json) =>
      calendarCanonical(
        json.data.calendar.map((a) => ({
          ...a,
          providerName: `${a.provider.firstName} ${a.provider.lastName}, ${a.provider.credentials}`,
          providerColor: a.provider.calendarColor,
          roomName: a.room?.name ?? null,
          patients: a.appointmentAttendees.map(
            ({ patient: p }) => `${p.preferredName ?? p.legalFirstName} ${p.legalLastName}`,
          ),
        })),
      ),
  });
  const floorCalendar = (name, window) => ({
    body: {
      operationName: name,
      variables: { practiceId: ctx.practiceId, facilityId: ctx.facility.id, ...window },
    },
    canonical: (json) =>
      calendarCanonical(json.data.calendar.map((a) => ({ ...a, patients: a.attendees.map((x) => x.displayName) }))),
  });
  const viewerCanonical = (v) => ({
    id: v.id,
    email: v.email,
    displayName: v.displayName,
    roles: [...v.roles].sort(),
    practiceId: v.practiceId,
  });
  // Counts are capped at 500 by the API and F; P4's function returns at most 501 rows.
  const searchCanonical = (page) => ({
    totalCount: Math.min(page.totalCount, 500),
    nodes: page.nodes.map((p) => ({
      id: p.id,
      mrn: p.mrn,
      legalFirstName: p.legalFirstName,
      legalLastName: p.legalLastName,
      dateOfBirth: p.dateOfBirth,
    })),
  });
  const SEARCH = { search: 'smi', first: 25 };
  return {
    Q0: {
      title: 'Q0 viewer',
      api: {
        body: { query: 'query Q { viewer { id email displayName roles practiceId } }' },
        canonical: (json) => viewerCanonical(json.data.viewer),
      },
      p4: {
        body: { query: 'query Q { viewer { id email practiceId staffMember { firstName lastName roles } } }' },
        headers: (server) => (server.auth ? {} : { 'x-bench-user': ctx.userId }),
        canonical: ({ data: { viewer: v } }) =>
          viewerCanonical({
            ...v,
            displayName: v.staffMember ? `${v.staffMember.firstName} ${v.staffMember.lastName}` : v.email,
            roles: v.staffMember?.roles ?? [],
          }),
      },
      floor: { body: { operationName: 'Q0' }, canonical: (json) => viewerCanonical(json.data.viewer) },
    },
    Q1: {
      title: `Q1 calendar day ${ctx.day}, facility "${ctx.facility.name}", all providers`,
      api: apiCalendar(ctx.dayWindow),
      p4: p4Calendar(ctx.dayWindow),
      floor: floorCalendar('Q1', ctx.dayWindow),
      rows: (c) => c.length,
    },
    Q2: {
      title: `Q2 calendar week from ${ctx.weekStart}, facility "${ctx.facility.name}"`,
      api: apiCalendar(ctx.weekWindow),
      p4: p4Calendar(ctx.weekWindow),
      floor: floorCalendar('Q2', ctx.weekWindow),
      rows: (c) => c.length,
    },
    Q3: {
      title: `Q3 patient search "${SEARCH.search}", first ${SEARCH.first}`,
      api: {
        body: {
          query: API_SEARCH,
          variables: { s: SEARCH.search, n: SEARCH.first },
        },
        canonical: (json) => searchCanonical(json.data.patients),
      },
      p4: {
        body: {
          query:
            'query Q($s: String!, $n: Int!) { searchPatientsConnection(search: $s, first: $n) { totalCount nodes { id mrn legalFirstName legalLastName dateOfBirth } } }',
          variables: { s: SEARCH.search, n: SEARCH.first },
        },
        canonical: (json) => searchCanonical(json.data.searchPatientsConnection),
      },
      floor: {
        body: { operationName: 'Q3', variables: { practiceId: ctx.practiceId, ...SEARCH } },
        canonical: (json) => searchCanonical(json.data.patients),
      },
      rows: (c) => c.nodes.length,
    },
    Q4: {
      title: 'Q4 patient profile as the front desk sees it (demographics, insurance, next 5 visits, balance)',
      api: {
        body: { query: API_PROFILE, variables: { id: ctx.patientId, n: PROFILE_VISITS } },
        canonical: (json) => profileCanonical(json.data.patient),
      },
      p4: {
        body: { query: P4_PROFILE, variables: { id: ctx.patientId, n: PROFILE_VISITS } },
        canonical: ({ data: { patient: p } }) =>
          profileCanonical({
            ...p,
            upcomingAppointments: p.upcomingAppointments.map(({ provider: s, ...a }) => ({
              ...a,
              providerName: `${s.firstName} ${s.lastName}, ${s.credentials}`,
            })),
          }),
      },
      floor: {
        body: {
          operationName: 'Q4',
          variables: { practiceId: ctx.practiceId, patientId: ctx.patientId, first: PROFILE_VISITS },
        },
        canonical: (json) => profileCanonical(json.data.patient),
      },
      rows: (c) => 1 + c.insurancePolicies.length + c.upcomingAppointments.length,
    },
    Q5: {
      title:
        'Q5 patient chart as the treating clinician (banner, last 20 note headers, active diagnoses, last 24 scores per instrument, last 30 events)',
      api: {
        body: { query: API_CHART, variables: { id: ctx.chartPatientId } },
        headers: (server) => ({ cookie: server.clinicianCookie }),
        canonical: (json) => chartCanonical(json.data.patientChart),
      },
      floor: {
        body: { operationName: 'Q5', variables: { practiceId: ctx.practiceId, patientId: ctx.chartPatientId } },
        canonical: (json) => chartCanonical(json.data.patientChart),
      },
      floorDuties: {
        body: { operationName: 'Q5D', variables: { patientId: ctx.chartPatientId } },
        canonical: (json) => chartCanonical(json.data.patientChart),
      },
      rows: (c) =>
        1 +
        c.progressNotes.length +
        c.activeDiagnoses.length +
        c.scores.reduce((sum, s) => sum + s.scores.length, 0) +
        c.timeline.length,
    },
    Q6: {
      title: `Q6 "my day" ${ctx.day} as a clinician (visits, each patient's note state, measures due, alerts, plan review)`,
      api: {
        body: { query: API_MY_DAY, variables: { d: ctx.day } },
        headers: (server) => ({ cookie: server.clinicianCookie }),
        canonical: (json) => myDayCanonical(json.data.myDay),
      },
      floor: {
        body: {
          operationName: 'Q6',
          variables: { practiceId: ctx.practiceId, providerId: ctx.chartProviderId, date: ctx.day },
        },
        canonical: (json) => myDayCanonical(json.data.myDay),
      },
      floorDuties: {
        body: { operationName: 'Q6D', variables: { date: ctx.day } },
        canonical: (json) => myDayCanonical(json.data.myDay),
      },
      rows: (d) => d.visits.length,
    },
  };
}

// ---------- variants ----------

function variants(ctx) {
  const jwt = createRequire(join(peerDir, 'package.json'))('jsonwebtoken');
  const p4Token = jwt.sign(
    { role: 'handoff_p4_frontdesk', user_id: ctx.userId, practice_id: ctx.practiceId },
    ctx.p4Secret,
    { audience: 'postgraphile', expiresIn: '12h' },
  );
  const api = (id, label, permissions) => ({
    id,
    label,
    kind: 'api',
    start: async (port) => {
      const child = await startApi(port, {
        env: { HANDOFF_BENCH_PERMISSIONS: permissions, HANDOFF_BENCH_SQL_COUNTER_PORT: String(port + 1) },
      });
      const needsClinician = OPS.includes('Q5') || OPS.includes('Q6');
      return {
        child,
        headers: { cookie: await login(port) },
        clinicianCookie: needsClinician ? await login(port, CLINICIAN_LOGIN) : null,
      };
    },
  });
  const p4 = (id, label, auth) => ({
    id,
    label,
    kind: 'p4',
    start: async (port) => {
      const child = await startNode('server.mjs', {
        cwd: peerDir,
        env: {
          DATABASE_URL: BENCH_URL,
          PORT: String(port),
          P4_AUTH: auth ? 'on' : 'off',
          P4_JWT_SECRET: ctx.p4Secret,
          P4_SQL_COUNTER_PORT: String(port + 1),
        },
        readyText: 'p4 ready',
      });
      return { child, auth, headers: auth ? { authorization: `Bearer ${p4Token}` } : {} };
    },
  });
  const floor = (token) => async (port) => {
    const child = await startNode(join(benchDir, 'lib', 'floor-server.mjs'), {
      cwd: benchDir,
      env: { DATABASE_URL: BENCH_URL, PORT: String(port), FLOOR_SQL_COUNTER_PORT: String(port + 1) },
      readyText: 'floor ready',
    });
    return { child, headers: { cookie: `handoff_session=${token}` } };
  };
  const all = [
    { id: 'F', label: 'floor: one SQL statement via pg', kind: 'floor', start: floor(ctx.floorToken) },
    {
      id: 'FD',
      label:
        "floor with the API's duties (Q5, Q6): one statement that also checks the clinician's session and care team and writes the read audit",
      kind: 'floorDuties',
      start: floor(ctx.floorClinicianToken),
    },
    p4('P4', 'PostGraphile 4.14, no auth', false),
    p4('P4-RLS', 'PostGraphile 4.14, JWT + role + RLS', true),
    api('API', 'our API, permissions on (front desk; the clinician for Q5, Q6)', 'on'),
    api('API-off', 'our API, permissions off', 'off'),
  ];
  return VARIANT_IDS.map((id) => {
    const variant = all.find((v) => v.id === id);
    if (!variant) throw new Error(`unknown variant ${id}`);
    return variant;
  });
}

// ---------- measuring ----------

const headersOf = (server, spec) => ({ ...server.headers, ...(spec.headers ? spec.headers(server) : {}) });

async function post(port, headers, body) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text };
}

const canonicalString = (value) => JSON.stringify(sortKeys(value));
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys(value[k])]),
    );
  return value;
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: expected …${b.slice(Math.max(0, i - 60), i + 80)}… got …${a.slice(Math.max(0, i - 60), i + 80)}…`;
}

/** The correctness gate and the static metrics (bytes, SQL statements per request). */
async function gate(server, variant, opId, op, expected) {
  const spec = op[variant.kind];
  if (!spec) return { ok: false, reason: 'not applicable (no such operation in this variant)' };
  const headers = headersOf(server, spec);
  const { status, text } = await post(server.port, headers, spec.body);
  let canonical;
  try {
    const json = JSON.parse(text);
    if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 400));
    canonical = spec.canonical(json);
  } catch (error) {
    return { ok: false, reason: `HTTP ${status}: ${error.message}` };
  }
  const got = canonicalString(canonical);
  const result = { bytes: Buffer.byteLength(text), rows: op.rows ? op.rows(canonical) : 1, canonical: got };
  if (expected !== undefined && got !== expected) {
    return { ...result, ok: false, reason: `differs from F ${firstDifference(got, expected)}` };
  }
  // SQL statements per request: the server's own count over 20 sequential requests.
  const count = async () => Number(await (await fetch(`http://127.0.0.1:${server.port + 1}/`)).text());
  const before = await count();
  for (let i = 0; i < 20; i++) await post(server.port, headers, spec.body);
  result.statements = ((await count()) - before) / 20;
  return { ...result, ok: true };
}

async function load(server, spec, connections, postmasterPid) {
  const options = {
    url: `http://127.0.0.1:${server.port}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headersOf(server, spec) },
    body: JSON.stringify(spec.body),
    connections,
  };
  await autocannon({ ...options, duration: WARMUP });
  const pid = server.child.pid;
  const load1 = loadavg()[0];
  const cpuBefore = cpuTicks(pid);
  const pgBefore = backendTicks(postmasterPid, DB_NAME);
  const result = await autocannon({ ...options, duration: SECONDS });
  const cpu = cpuTicks(pid) - cpuBefore;
  const pgCpu = backendTicksSince(pgBefore, backendTicks(postmasterPid, DB_NAME));
  const requests = result.requests.total || 1;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    cpuMsPerRequest: (cpu * TICK_MS) / requests,
    pgCpuMsPerRequest: (pgCpu * TICK_MS) / requests,
    load1,
  };
}

// ---------- report ----------

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function summarise(results, variantList) {
  const summary = {};
  for (const opId of OPS) {
    summary[opId] = {};
    for (const variant of variantList) {
      const entry = results[opId][variant.id];
      summary[opId][variant.id] = { gate: entry.gate, byConnections: {} };
      if (!entry.gate?.ok) continue;
      for (const connections of connectionsFor(opId)) {
        const runs = entry.runs.filter((r) => r.connections === connections);
        const pick = (key) => median(runs.map((r) => r[key]));
        summary[opId][variant.id].byConnections[connections] = {
          rps: pick('rps'),
          rpsMin: Math.min(...runs.map((r) => r.rps)),
          rpsMax: Math.max(...runs.map((r) => r.rps)),
          p50: pick('p50'),
          p90: pick('p90'),
          p99: pick('p99'),
          errors: runs.reduce((sum, r) => sum + r.errors, 0),
          cpuMsPerRequest: pick('cpuMsPerRequest'),
          pgCpuMsPerRequest: pick('pgCpuMsPerRequest'),
          repetitions: runs.length,
        };
      }
    }
  }
  return summary;
}

function goals(summary) {
  const at = (op, variant, c = 16) => summary[op]?.[variant]?.byConnections?.[c] ?? null;
  const gateOk = (op, variant) => summary[op]?.[variant]?.gate?.ok === true;
  const ratio = (a, b) => (a != null && b ? a / b : null);
  const list = [];
  const add = (id, text, value, pass, note = '') =>
    list.push({ id, text, value, pass: value == null && pass == null ? null : pass, note });
  const q1 = at('Q1', 'API');
  const g1 = ratio(q1?.rps, at('Q1', 'P4')?.rps);
  add(
    'G1',
    'Q1 req/s at 16 conn., API (permissions on) ÷ P4 (no auth) ≥ 1.0',
    g1,
    g1 == null ? null : g1 >= 1.0,
    `vs P4-RLS: ${fmtRatio(ratio(q1?.rps, at('Q1', 'P4-RLS')?.rps))}`,
  );
  const g2 = ratio(q1?.rps, at('Q1', 'F')?.rps);
  add('G2', 'Q1 req/s at 16 conn., API ÷ F ≥ 0.40', g2, g2 == null ? null : g2 >= 0.4);
  const p4p99 = at('Q1', 'P4')?.p99;
  add(
    'G3',
    'Q1 p99 at 16 conn.: API ≤ P4 p99 and ≤ 150 ms',
    q1?.p99 ?? null,
    q1 && p4p99 != null ? q1.p99 <= p4p99 && q1.p99 <= 150 : null,
    `P4 p99 ${p4p99 ?? 'n/a'} ms, F p99 ${at('Q1', 'F')?.p99 ?? 'n/a'} ms`,
  );
  for (const op of ['Q1', 'Q2'].filter((o) => OPS.includes(o))) {
    const tax = ratio(at(op, 'API')?.rps, at(op, 'API-off')?.rps);
    add('G4', `${op} permission tax at 16 conn.: API ÷ API-off req/s ≥ 0.90`, tax, tax == null ? null : tax >= 0.9);
  }
  for (const op of OPS.filter((o) => o !== 'Q0')) {
    const g6 = ratio(at(op, 'API')?.cpuMsPerRequest, at(op, 'F')?.cpuMsPerRequest);
    const both = ratio(
      at(op, 'API') && at(op, 'API').cpuMsPerRequest + at(op, 'API').pgCpuMsPerRequest,
      at(op, 'F') && at(op, 'F').cpuMsPerRequest + at(op, 'F').pgCpuMsPerRequest,
    );
    add(
      'G6′',
      `${op} whole request, API process CPU ms ÷ F's at 16 conn. (information: F's Node only pipes PostgreSQL's JSON)`,
      g6,
      g6 == null ? null : g6 <= 1.5,
      `API+PostgreSQL ÷ F+PostgreSQL: ${fmtRatio(both)}`,
    );
  }
  const statementOps = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6'].filter((o) => OPS.includes(o) && gateOk(o, 'API'));
  const counts = statementOps.map((o) => summary[o].API.gate.statements);
  const calendarConstant =
    !OPS.includes('Q2') || !gateOk('Q2', 'API') || summary.Q1.API.gate.statements === summary.Q2.API.gate.statements;
  add(
    'G7',
    `SQL statements per request, API, ${statementOps.join('/')}: ≤ 4 and day = week`,
    counts.length ? Math.max(...counts) : null,
    counts.length ? counts.every((c) => c <= 4) && calendarConstant : null,
    statementOps.map((o, i) => `${o} ${counts[i]}`).join(', '),
  );
  // Issue 5: the clinician's reads cost at most 2.5x the floor's time. At 1 connection the mean
  // time per request is 1 / req/s, so API time ÷ F time = F req/s ÷ API req/s.
  for (const op of ['Q5', 'Q6'].filter((o) => OPS.includes(o))) {
    const one = ratio(at(op, 'F', 1)?.rps, at(op, 'API', 1)?.rps);
    const many = ratio(at(op, 'F')?.rps, at(op, 'API')?.rps);
    add(
      'G12',
      `${op} API time per request ÷ F's at 1 conn. (F req/s ÷ API req/s) ≤ 2.5`,
      one,
      one == null ? null : one <= 2.5,
      `at 16 conn.: ${fmtRatio(many)}; p50 API ${at(op, 'API', 1)?.p50 ?? 'n/a'} ms vs F ${at(op, 'F', 1)?.p50 ?? 'n/a'} ms`,
    );
    // The same against the floor that does what the API must (session, care team, read audit).
    const oneD = ratio(at(op, 'FD', 1)?.rps, at(op, 'API', 1)?.rps);
    const manyD = ratio(at(op, 'FD')?.rps, at(op, 'API')?.rps);
    add(
      'G12′',
      `${op} API time per request ÷ FD's at 1 conn. (the floor with the API's duties) ≤ 2.5`,
      oneD,
      oneD == null ? null : oneD <= 2.5,
      `at 16 conn.: ${fmtRatio(manyD)}; p50 API ${at(op, 'API', 1)?.p50 ?? 'n/a'} ms vs FD ${at(op, 'FD', 1)?.p50 ?? 'n/a'} ms`,
    );
  }
  return list;
}

const fmt = (n, digits = 1) => (n == null ? 'n/a' : typeof n === 'number' ? n.toFixed(digits) : String(n));
const fmtRatio = (n) => (n == null ? 'n/a' : n.toFixed(2));

function renderMarkdown(report) {
  const { env } = report;
  const lines = [
    `# Benchmarks against the floor and a peer (${report.date}, ${report.sha})`,
    '',
    `Machine: ${env.cpu}, ${env.cores} cores, ${env.memoryGb} GB RAM, load average at start ${env.loadAtStart.join(' / ')} ` +
      `(shared box: API, PostgreSQL and autocannon share the cores) · Node ${env.node} · PostgreSQL ${env.postgres} · ` +
      `PostGraphile ${env.postgraphile} (graphql ${env.peerGraphql})`,
    '',
    `Dataset (database ${env.database}, practice "riverbend", generated rows plus the demo seed): ${Object.entries(
      env.dataset,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    '',
    `Load: autocannon ${env.autocannon}, ${WARMUP} s warm-up then ${SECONDS} s measured, connections ${CONNECTIONS.join(' and ')}, ` +
      `${REPS} repetitions, variant order alternating (forward, reverse, …), one server at a time. Median of the repetitions; ` +
      'req/s range in brackets. Latency in ms. CPU: the server process (utime+stime from /proc) ÷ requests; ' +
      'PG CPU: the PostgreSQL backends of the bench database (per-backend utime+stime deltas) ÷ requests. ' +
      "SQL/req: the server's own count of statements sent over 20 sequential requests. ratio F / ratio P4: req/s ÷ the same " +
      "connection count's F / P4 (no auth) req/s.",
    '',
    '## Variants',
    '',
    ...report.variants.map((v) => `- **${v.id}**: ${v.label}`),
    '',
  ];
  for (const opId of OPS) {
    const op = report.operations[opId];
    lines.push(`## ${op.title}`, '');
    const gateF = report.summary[opId].F?.gate;
    lines.push(
      `Rows: ${gateF?.rows ?? 'n/a'}. Correctness gate: each variant's answer normalised and compared with F's.`,
      '',
    );
    lines.push(
      '| variant | conn. | req/s | p50 | p90 | p99 | errors | CPU ms/req | PG CPU ms/req | SQL/req | bytes | RSS MB before→after | ratio F | ratio P4 |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|',
    );
    for (const variant of report.variants) {
      const entry = report.summary[opId][variant.id];
      if (!entry.gate?.ok) {
        lines.push(
          `| ${variant.id} | — | no number: ${(entry.gate?.reason ?? 'not run').replace(/\|/g, '\\|').slice(0, 300)} |||||||||||`,
        );
        continue;
      }
      for (const connections of connectionsFor(opId)) {
        const m = entry.byConnections[connections];
        const f = report.summary[opId].F?.byConnections?.[connections];
        const p4 = report.summary[opId].P4?.byConnections?.[connections];
        const rss = report.rss[variant.id];
        lines.push(
          `| ${variant.id} | ${connections} | ${fmt(m.rps)} [${fmt(m.rpsMin, 0)}–${fmt(m.rpsMax, 0)}] | ${fmt(m.p50, 0)} | ${fmt(m.p90, 0)} | ${fmt(m.p99, 0)} | ${m.errors} | ` +
            `${fmt(m.cpuMsPerRequest, 2)} | ${fmt(m.pgCpuMsPerRequest, 2)} | ${fmt(entry.gate.statements, 1)} | ${entry.gate.bytes} | ` +
            `${rss ? `${rss.before}→${rss.after}` : 'n/a'} | ${fmtRatio(f ? m.rps / f.rps : null)} | ${fmtRatio(p4 ? m.rps / p4.rps : null)} |`,
        );
      }
    }
    lines.push('');
  }
  for (const section of report.sections) lines.push(...section);
  lines.push('## Goals', '', '| goal | measure | value | result | note |', '|---|---|---:|---|---|');
  for (const g of report.goals)
    lines.push(
      `| ${g.id} | ${g.text} | ${fmt(g.value, 2)} | ${g.pass == null ? 'n/a' : g.pass ? 'pass' : '**fail**'} | ${g.note} |`,
    );
  lines.push('', '## Notes', '', ...report.notes.map((n) => `- ${n}`), '');
  return lines.join('\n');
}

// ---------- main ----------

function gitSha() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot }).toString().trim();
  } catch {
    return 'nogit';
  }
}

function ensurePeerInstalled() {
  if (existsSync(join(peerDir, 'node_modules', 'postgraphile'))) return;
  console.log('installing bench/peer-postgraphile (npm ci, outside the pnpm workspace)');
  const run = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: peerDir, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('npm ci in bench/peer-postgraphile failed');
}

async function prepare() {
  ensurePeerInstalled();
  await ensureDatabase();
  // The API applies the migrations and seeds the demo practice; then the generated practice.
  const api = await startApi(PORT_BASE, { env: { HANDOFF_BENCH_SQL_COUNTER_PORT: String(PORT_BASE + 1) } });
  const db = await connectBenchDb();
  try {
    const generation = await generateIfMissing(db);
    console.log(generation.skipped ? 'dataset present' : `dataset generated in ${generation.seconds.toFixed(1)} s`);
  } finally {
    await stopApi(api);
  }
  await db.query(readFileSync(join(peerDir, 'schema.sql'), 'utf8'));
  await db.query('analyze');
  return db;
}

async function main() {
  const started = new Date();
  const loadAtStart = loadavg().map((n) => Math.round(n * 100) / 100);
  const db = await prepare();
  const notes = [];
  const servers = [];
  const floorSessionHashes = [];
  try {
    const [facility] = await benchFacilities(db);
    const {
      rows: [user],
    } = await db.query(
      `select u.id, u.practice_id as "practiceId" from app_user u where u.email = 'frontdesk@riverbend.test'`,
    );
    // The floor's sessions (front desk; the clinician for FD): rows like the API's login creates
    // (the floor has no login).
    const floorSession = async (email) => {
      const token = randomBytes(32).toString('base64url');
      const hash = createHash('sha256').update(token).digest('hex');
      floorSessionHashes.push(hash);
      await db.query(
        `insert into session (token_hash, user_id, practice_id, created_at, last_seen_at, expires_at, ip)
         select $1, u.id, u.practice_id, now(), now(), now() + interval '12 hours', '127.0.0.1'
           from app_user u where u.email = $2`,
        [hash, email],
      );
      return token;
    };
    const floorToken = await floorSession('frontdesk@riverbend.test');
    const floorClinicianToken = await floorSession(CLINICIAN_LOGIN.email);
    // The profile of a generated patient with coverage, a ledger and at least five visits ahead.
    const {
      rows: [patient],
    } = await db.query(
      `select p.id from patient p
        where p.id in (select md5('fd-patient-' || g)::uuid from generate_series(0, 499) g)
          and exists (select 1 from insurance_policy i where i.patient_id = p.id)
          and exists (select 1 from ledger_entry l where l.patient_id = p.id)
          and (select count(*) from appointment_attendee t join appointment a on a.id = t.appointment_id
                where t.patient_id = p.id and a.ends_at > now()) >= 5
        order by p.mrn limit 1`,
    );
    const day = '2026-12-09'; // a Wednesday in the future part of the data (SCHEDULED)
    const weekStart = '2026-12-07';
    const {
      rows: [chart],
    } = await db.query(`select md5($1)::uuid as "patientId", md5($2)::uuid as "providerId"`, [
      CHART_PATIENT,
      CHART_PROVIDER,
    ]);
    const ctx = {
      facility,
      practiceId: user.practiceId,
      userId: user.id,
      patientId: patient.id,
      chartPatientId: chart.patientId,
      chartProviderId: chart.providerId,
      floorToken,
      floorClinicianToken,
      p4Secret: randomBytes(24).toString('hex'),
      day,
      weekStart,
      dayWindow: await calendarWindow(db, facility.id, day, 1),
      weekWindow: await calendarWindow(db, facility.id, weekStart, 7),
    };
    const ops = operations(ctx);
    const variantList = variants(ctx);
    const results = Object.fromEntries(
      OPS.map((op) => [op, Object.fromEntries(variantList.map((v) => [v.id, { gate: null, runs: [] }]))]),
    );
    const rss = {};
    const { rows: pmRows } = await db.query('select pg_backend_pid() as pid');
    const postmasterPid = procStat(pmRows[0].pid).ppid;
    // The floor answers first so every other variant is compared with it.
    const gateOrder = ['F', ...variantList.map((v) => v.id).filter((id) => id !== 'F')];
    for (let rep = 0; PARTS.has('load') && rep < REPS; rep++) {
      const order = rep === 0 ? gateOrder : rep % 2 ? [...gateOrder].reverse() : gateOrder;
      for (const id of order) {
        const variant = variantList.find((v) => v.id === id);
        if (!variant) continue;
        // A variant with none of the operations (P4 for Q5/Q6 alone) is not started at all.
        if (!OPS.some((opId) => ops[opId][variant.kind])) {
          for (const opId of OPS) results[opId][id].gate ??= { ok: false, reason: 'not applicable' };
          continue;
        }
        const port = PORT_BASE + 10;
        await waitForPortFree(port);
        const server = { port, ...(await variant.start(port)) };
        servers.push(server);
        rss[id] ??= { before: rssMb(server.child.pid), after: null };
        try {
          for (const opId of OPS) {
            const op = ops[opId];
            const entry = results[opId][id];
            if (rep === 0) {
              const expected = id === 'F' ? undefined : results[opId].F?.gate?.canonical;
              if (id !== 'F' && expected === undefined)
                entry.gate = { ok: false, reason: 'F gave no reference answer' };
              else entry.gate = await gate(server, variant, opId, op, expected);
              console.log(
                `${opId} ${id}: gate ${entry.gate.ok ? `ok (${entry.gate.rows} rows, ${entry.gate.bytes} B, ${entry.gate.statements} SQL/req)` : `FAILED ${entry.gate.reason}`}`,
              );
            }
            if (!entry.gate?.ok) continue;
            for (const connections of connectionsFor(opId)) {
              const run = await load(server, op[variant.kind], connections, postmasterPid);
              entry.runs.push({ rep, connections, ...run });
              console.log(
                `rep ${rep + 1} ${opId} ${id} @${connections}: ${run.rps.toFixed(1)} req/s p50 ${run.p50} p99 ${run.p99} ms, ` +
                  `CPU ${run.cpuMsPerRequest.toFixed(2)} ms/req, PG ${run.pgCpuMsPerRequest.toFixed(2)} ms/req, load ${run.load1.toFixed(2)}`,
              );
            }
          }
          if (rep === REPS - 1 || rss[id].after === null) rss[id].after = rssMb(server.child.pid);
        } finally {
          await stopApi(server.child);
          servers.splice(servers.indexOf(server), 1);
        }
      }
    }
    for (const opId of OPS) for (const v of variantList) delete results[opId][v.id].gate?.canonical;
    const summary = summarise(results, variantList);
    // The other parts, each with its own section and goals; one that fails leaves its goals n/a.
    const extras = [];
    const partSeconds = { load: Math.round((Date.now() - started.getTime()) / 1000) };
    const part = async (name, run) => {
      if (!PARTS.has(name)) return;
      console.log(`\n== ${name}`);
      const partStarted = Date.now();
      try {
        extras.push(await run());
        partSeconds[name] = Math.round((Date.now() - partStarted) / 1000);
      } catch (error) {
        notes.push(`The ${name} part failed: ${error.message}`);
        console.error(error);
      }
    };
    // From a Monday, so 4 days are 4 working days (~1,600 appointments).
    await part('inprocess', () => measureInProcess({ facilityId: facility.id, day: weekStart }));
    await part('fanout', () =>
      measureFanOut({
        benchUrl: BENCH_URL,
        facilityId: facility.id,
        events: Number(process.env.BENCH_FANOUT_EVENTS ?? 30),
      }),
    );
    // Size L takes ~3 minutes to generate once: `pnpm bench:scale` does that (and runs this part);
    // the full run measures it when the L database is there.
    if (PARTS.has('scale') && !(await sizeExists('L'))) {
      PARTS.delete('scale');
      notes.push('G10 not measured: no size L database yet; run `pnpm bench:scale` once (generates it, ~3 min).');
    }
    await part('scale', () => measureScale());
    await part('frontends', () => measureFrontends());
    const counts = await datasetCounts(db);
    const { rows: pgVersion } = await db.query('show server_version');
    const peerPkg = (name) =>
      JSON.parse(readFileSync(join(peerDir, 'node_modules', name, 'package.json'), 'utf8')).version;
    const { cpu, cores } = cpuInfo();
    const env = {
      cpu,
      cores,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      freeMemoryGbAtStart: Math.round(freemem() / 2 ** 30),
      loadAtStart,
      loadAtEnd: loadavg().map((n) => Math.round(n * 100) / 100),
      node: process.version,
      postgres: pgVersion[0].server_version,
      postgraphile: peerPkg('postgraphile'),
      peerGraphql: peerPkg('graphql'),
      autocannon: JSON.parse(readFileSync(join(benchDir, 'node_modules', 'autocannon', 'package.json'), 'utf8'))
        .version,
      database: DB_NAME,
      dataset: counts,
      cpuCount: cpus().length,
    };
    notes.push(
      `Load average at start ${env.loadAtStart.join(' / ')}, at end ${env.loadAtEnd.join(' / ')}; the load during each window is in the JSON (load1).`,
      'F takes the practice id as a variable (what the API knows after authenticating) and does not validate a session for Q1–Q3; Q0 validates the session cookie in its one statement, like the API.',
      "P4 no auth: connects as the table owner, no role switch; Q0 takes the user id from a header. P4-RLS: PostGraphile verifies a JWT (HS256) and runs the request as role handoff_p4_frontdesk with jwt.claims.*; RLS policies limit the tables the operations read to the token's practice (peer-postgraphile/schema.sql). Neither has a server-side session, so P4 Q0 reads only; the API and F record activity in session.last_seen_at (at most every 15 s).",
      "P4 answers with the tables' own columns and relations (provider, room, attendees → patient); the normalisation composes the display names the API and F compute in SQL. Attendee names are compared as sorted lists.",
      'P4-RLS on Q3: under row-level security PostgreSQL does not use the trigram index ahead of the policy (LIKE is not leakproof), so the search is a sequential scan of patient (EXPLAIN as handoff_p4_frontdesk: Seq Scan, ~12 ms); the PG CPU column shows it. A PostGraphile deployment would work around it (a security-definer search function, or the practice in the index condition); the figure is what plain RLS costs.',
      'Every Node server (F, P4, API) runs with NODE_ENV=production, as deployed (graphql-js skips its development checks).',
      "G6 is the read path's tax (the ORM's connection and mapping against bare pg for the same statement, in process). G6′ compares whole requests: F builds the JSON in PostgreSQL, so its Node CPU is little more than HTTP, while the API parses, executes and serialises GraphQL; its note adds the bench database's backends on both sides.",
    );
    notes.unshift(
      `Whole run ${Math.round((Date.now() - started.getTime()) / 60000)} min; seconds per part: ${Object.entries(
        partSeconds,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')} (load includes preparing the dataset and the peer).`,
    );
    const report = {
      date: started.toISOString().slice(0, 10),
      sha: gitSha(),
      startedAt: started.toISOString(),
      finishedAt: new Date().toISOString(),
      settings: { seconds: SECONDS, warmup: WARMUP, repetitions: REPS, connections: CONNECTIONS, operations: OPS },
      env,
      variants: variantList.map(({ id, label }) => ({ id, label })),
      operations: Object.fromEntries(OPS.map((id) => [id, { title: ops[id].title }])),
      summary,
      goals: [...goals(summary), ...extras.flatMap((e) => e.goals)].sort((a, b) =>
        a.id.localeCompare(b.id, 'en', { numeric: true }),
      ),
      sections: extras.map((e) => e.markdownLines),
      extras: extras.map((e) => e.data),
      rss,
      runs: results,
      notes,
    };
    const markdown = renderMarkdown(report);
    console.log('\n' + markdown);
    const base = process.env.BENCH_OUT ?? join(benchDir, 'results', `${report.date}-${report.sha}`);
    mkdirSync(dirname(base), { recursive: true });
    writeFileSync(`${base}.md`, markdown);
    writeFileSync(`${base}.json`, JSON.stringify(report, null, 2) + '\n');
    console.log(`wrote ${base}.md and .json`);
  } finally {
    for (const server of servers) await stopApi(server.child);
    if (floorSessionHashes.length)
      await db.query('delete from session where token_hash = any($1)', [floorSessionHashes]);
    await db.end();
  }
}

await main();
