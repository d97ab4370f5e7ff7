// Front desk at scale: a large practice (40 providers, 20,000 patients, ~190,000 appointments over
// two years) generated in SQL into its own database, then patient search, calendar day/week and
// subscription fan-out measured against the real API (bench-serve). Run: pnpm --filter handoff-bench frontdesk.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import {
  apiRequire,
  benchDir as here,
  calendarWindow,
  connectBenchDb,
  cpuInfo,
  DB_NAME,
  datasetCounts,
  ensureDatabase,
  freePort,
  generateIfMissing,
  login,
  graphql,
  percentile,
  round,
  startApi,
  stopApi,
} from './lib/frontdesk-data.mjs';

const { createClient } = apiRequire('graphql-ws');
const WebSocket = apiRequire('ws');

const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 200);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 20);

// ---------- measurements ----------

const CALENDAR_SELECTION = 'id startsAt endsAt status providerName color roomName attendees { displayName }';

// Statements per request: pg_stat_statements when the server preloads it, otherwise the API's own
// count of what it sent (bench-serve's counter port).
async function statementCounter(db, counterPort) {
  try {
    await db.query('create extension if not exists pg_stat_statements');
    await db.query('select pg_stat_statements_reset()');
    const count = async () => {
      const { rows } = await db.query(
        `select coalesce(sum(calls), 0)::bigint as calls from pg_stat_statements s join pg_database d on d.oid = s.dbid
          where d.datname = $1 and s.query not ilike '%pg_stat_statements%'`,
        [DB_NAME],
      );
      return Number(rows[0].calls);
    };
    return { count, source: 'pg_stat_statements calls in the bench database' };
  } catch {
    const count = async () => Number(await (await fetch(`http://127.0.0.1:${counterPort}/`)).text());
    return { count, source: "the API's own count of statements sent (knex query events)" };
  }
}

async function statementsPerRequest(counter, db, request) {
  const runs = 20;
  const before = await counter.count();
  for (let i = 0; i < runs; i++) await request();
  return ((await counter.count()) - before) / runs;
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
    const client = createClient({
      url: `ws://127.0.0.1:${ctx.port}/graphql`,
      webSocketImpl: SessionSocket,
      lazy: false,
      retryAttempts: 0,
    });
    ready.push(new Promise((resolve) => client.on('connected', resolve)));
    client.subscribe(
      {
        query: `subscription($f: ID!) { calendarChanged(facilityId: $f) { id status version } }`,
        variables: { f: facilityId },
      },
      {
        next: (message) => onEvent(i, message),
        error: (e) => console.error('subscriber error', e),
        complete: () => {},
      },
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
    await call(
      'mutation($id: ID!, $v: Int!, $s: AppointmentStatus!) { setAppointmentStatus(id: $id, version: $v, status: $s) { id } }',
      {
        id: target.id,
        v: target.version,
        s: status,
      },
    );
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

// ---------- report ----------

async function environment(db, counts, generation) {
  const { cpu, cores } = cpuInfo();
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
    `Dataset (practice "riverbend", generated rows plus the demo seed): ${Object.entries(env.dataset)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    env.generation.skipped
      ? 'Generation: skipped (dataset already present).'
      : `Generation: ${env.generation.seconds.toFixed(1)} s.`,
    '',
    `Load: autocannon, ${WARMUP} s warm-up then ${DURATION} s measured; latencies in ms.`,
    '',
  ];
  for (const m of report.queries) {
    lines.push(
      `## ${m.name}`,
      '',
      `Rows per response: ${m.rows}; SQL statements per request: ${fmt(m.statements)}.`,
      '',
    );
    lines.push('| connections | req/s | p50 | p95 | p99 | errors |', '|---:|---:|---:|---:|---:|---:|');
    for (const r of m.runs)
      lines.push(`| ${r.connections} | ${fmt(r.rps)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} |`);
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
    lines.push(
      '| subscribers | events | p50 ms | p99 ms | mutation p50 ms | API CPU ms/event |',
      '|---:|---:|---:|---:|---:|---:|',
    );
    lines.push(
      `| ${f.subscribers} | ${f.events} | ${fmt(f.p50)} | ${fmt(f.p99)} | ${fmt(f.mutationP50)} | ${fmt(f.cpuMsPerEvent)} |`,
      '',
    );
  }
  if (report.notes.length) lines.push('## Notes', '', ...report.notes.map((n) => `- ${n}`), '');
  return lines.join('\n');
}

// ---------- main ----------

async function main() {
  await ensureDatabase();
  const port = await freePort();
  const apiOptions = { env: { HANDOFF_BENCH_SQL_COUNTER_PORT: String(port + 1) } };
  let api = await startApi(port, apiOptions); // applies migrations and seeds the demo practice
  const db = await connectBenchDb();
  const notes = [];
  try {
    const generation = await generateIfMissing(db);
    console.log(
      generation.skipped ? 'dataset present, generation skipped' : `generated in ${generation.seconds.toFixed(1)} s`,
    );
    if (!generation.skipped) {
      // Restart so the API's pool and plans see the analysed tables.
      await stopApi(api);
      api = await startApi(port, apiOptions);
    }
    const counts = await datasetCounts(db);
    const env = await environment(db, counts, generation);
    const counter = await statementCounter(db, port + 1);
    notes.push(
      `SQL statements per request: ${counter.source} / 20 sequential requests (includes the session lookup and audit writes).`,
    );
    const ctx = { port, db, counter, cookie: await login(port) };
    const {
      rows: [facility],
    } = await db.query(
      `select f.id from facility f join practice p on p.id = f.practice_id where p.slug = 'riverbend' order by f.name limit 1`,
    );
    const day = '2026-12-09'; // a Wednesday in the future part of the data
    const dayWindow = await calendarWindow(db, facility.id, day, 1);
    const weekWindow = await calendarWindow(db, facility.id, '2026-12-07', 7);
    const calendarQuery = `query($from: DateTimeISO!, $to: DateTimeISO!, $f: ID) { calendar(from: $from, to: $to, facilityId: $f) { ${CALENDAR_SELECTION} } }`;
    const queries = [
      await measureQuery(
        ctx,
        'Patient search "smi", first 25',
        '{ patients(search: "smi", first: 25) { totalCount nodes { id mrn legalFirstName legalLastName dateOfBirth } } }',
        undefined,
        [16],
      ),
      await measureQuery(
        ctx,
        `Calendar day ${day}, one facility, all providers`,
        calendarQuery,
        { ...dayWindow, f: facility.id },
        [1, 16],
      ),
      await measureQuery(
        ctx,
        'Calendar week 2026-12-07..13, one facility',
        calendarQuery,
        { ...weekWindow, f: facility.id },
        [1, 16],
      ),
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
