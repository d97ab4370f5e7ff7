// Subscription fan-out (Q5 + Q6; goals G8 and G9; performance.md 7.4 "Fan-out").
//   Q5  setAppointmentStatus (write through the unit of work; publishes the shaped appointment)
//   Q6  calendarChanged delivered to N graphql-ws clients (N = 200 and 1,000), clients in a child
//       process of their own; one API instance (in-process bus), then two instances via Redis with
//       the clients split between them
//   F   the floor: a plain `ws` server that JSON.stringify's the same payload once and sends the
//       string to every socket, same N, same run
// Per configuration: server CPU per event, publish (mutation sent) to last client p50/p99,
// subscription executions per event (bench-serve's counter) and RSS per idle subscription.
// CPU is charged per time slot: each event is followed by a quiet one (the same mutation at a
// facility nobody watches), so event − quiet event is the fan-out alone, measured in the same
// seconds; for the API that difference comes from a second series published without the mutation
// (bench-serve /publish), as the mutation's own ±5 ms would otherwise drown it.
// Run standalone: node bench/fanout.mjs (prints the markdown). Env: BENCH_FANOUT_EVENTS (40),
// BENCH_FANOUT_N ("200,1000"; 0 adds a calibration row), BENCH_FANOUT_INSTANCES ("1,2"),
// REDIS_URL (redis://127.0.0.1:6379), BENCH_FANOUT_API_NODE_OPTIONS (NODE_OPTIONS for the API
// processes only, e.g. "--require /path/to/profiler.cjs").
// Ports: 4700..4799 (portBase + 0..19).
import { fork } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  apiRequire,
  benchFacilities,
  benchUrl as benchUrlOf,
  connectBenchDb,
  cpuInfo,
  ensureDatabase,
  generateIfMissing,
  graphql,
  login,
  percentile,
  round,
  startApi,
  stopApi,
} from './lib/frontdesk-data.mjs';

const pg = apiRequire('pg');
const thisFile = fileURLToPath(import.meta.url);

/** The front desk calendar's own selection (frontdesk-ui CalendarPage), as Apollo Client sends it. */
const SUBSCRIPTION = `subscription FrontDeskCalendarChanged($facilityId: ID!) {
  calendarChanged(facilityId: $facilityId) {
    __typename id version facilityId providerId roomId startsAt endsAt status roomName appointmentTypeId
    appointmentTypeName color telehealth seriesId providerName providerColor telehealthUrl cancelReason
    overriddenWarnings overrideReason recurrence attendees { __typename patientId displayName attendance }
  }
}`;
const SET_STATUS = `mutation ($id: ID!, $version: Int!, $status: AppointmentStatus!) {
  setAppointmentStatus(id: $id, version: $version, status: $status) { id version status }
}`;

const SESSIONS = 10; // subscribers share 10 front desk sessions (a sign-in per socket would be 1,000 argon2 hashes)
const WARMUP_EVENTS = 6; // JIT and caches warm; also proves every subscriber is registered before timing starts
const TICKS_PER_MS = 0.1; // USER_HZ 100
const now = () => performance.timeOrigin + performance.now(); // comparable across processes

// ---------- processes ----------

/** CPU ms of a process, all threads: schedstat (ns) where available, else utime+stime ticks. */
function cpuMs(pid) {
  try {
    let ns = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    }
    return ns / 1e6;
  } catch {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_MS;
  }
}
const rssKb = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
const sum = (values) => values.reduce((a, b) => a + b, 0);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms))),
  ]);
}

/** A child process of this file in another role, spoken to over IPC. */
function child(role, args = []) {
  const proc = fork(thisFile, [role, ...args], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiters = new Map();
  const listeners = [];
  proc.on('message', (message) => {
    const waiter = waiters.get(message.type);
    if (waiter) {
      waiters.delete(message.type);
      waiter(message);
    }
    for (const listener of listeners) listener(message);
  });
  return {
    proc,
    send: (message) => proc.send(message),
    once: (type) => new Promise((resolve) => waiters.set(type, resolve)),
    on: (listener) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    stop: async () => {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise((resolve) => proc.on('exit', resolve));
      proc.kill('SIGTERM');
      await exited;
    },
  };
}

// ---------- child: the subscribers ----------

/** Key of an event as the clients see it: the appointment and its new version. */
const eventKey = (view) => (view ? `${view.id}:${view.version}` : null);

async function runClients() {
  const { createClient } = apiRequire('graphql-ws');
  const WebSocket = apiRequire('ws');
  let expected = 0;
  const seen = new Map();
  const sockets = [];
  const received = (view) => {
    const key = eventKey(view);
    if (!key) return;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count % expected === 0) process.send({ type: 'all', key, at: now(), view }); // keys repeat when only published
  };

  async function connectGraphqlWs({ urls, cookies, count, facilityId }) {
    const batch = 50;
    for (let start = 0; start < count; start += batch) {
      const ready = [];
      for (let i = start; i < Math.min(count, start + batch); i++) {
        const cookie = cookies[i % cookies.length];
        class SessionSocket extends WebSocket {
          constructor(address, protocols) {
            super(address, protocols, { headers: { cookie } });
          }
        }
        const client = createClient({
          url: urls[i % urls.length].replace(/^http/, 'ws') + '/graphql',
          webSocketImpl: SessionSocket,
          lazy: false,
          retryAttempts: 0,
        });
        ready.push(new Promise((resolve) => client.on('connected', resolve)));
        client.subscribe(
          { query: SUBSCRIPTION, variables: { facilityId } },
          {
            next: (message) => {
              if (message.errors) process.send({ type: 'error', errors: message.errors });
              received(message.data?.calendarChanged);
            },
            error: (error) => process.send({ type: 'error', errors: String(error?.message ?? error) }),
            complete: () => {},
          },
        );
        sockets.push({ close: () => client.dispose() });
      }
      await Promise.all(ready);
    }
  }

  async function connectFloor({ urls, count }) {
    for (let i = 0; i < count; i++) {
      const socket = new WebSocket(urls[i % urls.length]);
      socket.on('message', (data) => received(JSON.parse(String(data)).payload?.data?.calendarChanged));
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      sockets.push({ close: () => socket.close() });
    }
  }

  process.on('message', async (message) => {
    if (message.cmd === 'connect') {
      expected = message.count;
      await (message.mode === 'floor' ? connectFloor(message) : connectGraphqlWs(message));
      process.send({ type: 'connected', count: sockets.length });
    } else if (message.cmd === 'close') {
      await Promise.all(sockets.map((socket) => socket.close()));
      process.send({ type: 'closed' });
      process.exit(0);
    }
  });
  process.send({ type: 'ready' });
}

// ---------- child: the serialize-once floor ----------

async function runFloorServer(port) {
  const { WebSocketServer } = apiRequire('ws');
  const server = new WebSocketServer({ port: Number(port), host: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  process.on('message', (message) => {
    if (message.cmd !== 'publish') return;
    // What a broadcast can cost at least: one JSON.stringify, then the same string to every socket.
    // A quiet event is the same message and no socket (the floor's "nobody watches this calendar").
    const text = JSON.stringify({ id: 'floor', type: 'next', payload: { data: { calendarChanged: message.view } } });
    if (message.quiet) return;
    for (const socket of server.clients) socket.send(text);
  });
  process.send({ type: 'ready' });
}

// ---------- parent ----------

/** Picks the loud appointment (its calendar has the subscribers) and a quiet one at another facility. */
async function pickTargets(benchUrl, facilityId, appointmentId) {
  const db = new pg.Client({ connectionString: benchUrl });
  await db.connect();
  try {
    const facilities = await benchFacilities(db);
    const loudFacility = facilityId ?? facilities[0]?.id;
    const quietFacility = facilities.find((f) => f.id !== loudFacility)?.id;
    if (!loudFacility || !quietFacility) throw new Error('the fan-out bench needs two facilities');
    // The last appointment of each facility: far in the future, so no calendar day the other
    // benchmarks read is touched. Each is toggled an even number of times, so it ends as it began.
    const appointmentOf = async (facility, id) => {
      const { rows } = await db.query(
        `select id, version, status from appointment
          where facility_id = $1 and ${id ? 'id = $2' : "status in ('SCHEDULED','CONFIRMED')"}
          order by starts_at desc, id limit 1`,
        id ? [facility, id] : [facility],
      );
      if (!rows[0]) throw new Error(`no SCHEDULED or CONFIRMED appointment to toggle at facility ${facility}`);
      return rows[0];
    };
    return {
      facilityId: loudFacility,
      loud: await appointmentOf(loudFacility, appointmentId),
      quiet: await appointmentOf(quietFacility),
    };
  } finally {
    await db.end();
  }
}

/** Q5: toggles an appointment between SCHEDULED and CONFIRMED; returns the event key and the times. */
function statusToggler(appointment) {
  const state = { ...appointment };
  const toggle = async (port, cookie) => {
    const status = state.status === 'SCHEDULED' ? 'CONFIRMED' : 'SCHEDULED';
    const sent = now();
    const { json } = await graphql(port, cookie)(SET_STATUS, { id: state.id, version: state.version, status });
    const changed = json.data.setAppointmentStatus;
    state.version = changed.version;
    state.status = changed.status;
    return { key: eventKey(changed), sent, answered: now() };
  };
  /** The same event again, published by the API without the mutation (bench-serve's /publish). */
  toggle.publishOnly = async (counterPort) => {
    const sent = now();
    const response = await fetch(`http://127.0.0.1:${counterPort}/publish?appointment=${state.id}`);
    if (!response.ok) throw new Error(`publish: ${await response.text()}`);
    return { key: eventKey(state), sent };
  };
  return toggle;
}

async function executionCount(counterPorts) {
  return Promise.all(
    counterPorts.map(async (port) => Number(await (await fetch(`http://127.0.0.1:${port}/executions`)).text())),
  );
}

const mean = (values) => (values.length ? sum(values) / values.length : 0);

/**
 * `events` loud events at `rate` per second, each followed by a quiet one half a period later:
 * the same mutation on a calendar nobody watches. Every event owns its time slot, and the server
 * CPU of the slot is charged to it, so loud minus quiet is the fan-out alone, measured in the same
 * seconds (a shared 2-core box drifts; a separate no-subscriber run would not cancel that).
 * `loud()`/`quiet()` start an event and return { key, sent, answered? }.
 */
async function runEvents({ events, rate, loud, quiet, clients, serverPids, onView }) {
  const arrivals = new Map();
  const waiting = new Map();
  const errors = [];
  const stopListening = clients?.on((message) => {
    if (message.type === 'error') errors.push(message.errors);
    if (message.type !== 'all') return;
    onView?.(message.view);
    const resolve = waiting.get(message.key);
    waiting.delete(message.key);
    if (resolve) resolve(message.at);
    else arrivals.set(message.key, message.at);
  });
  const arrived = (key) => {
    if (!arrivals.has(key)) return new Promise((resolve) => waiting.set(key, resolve));
    const at = arrivals.get(key);
    arrivals.delete(key);
    return Promise.resolve(at);
  };
  const cpu = () => serverPids.map(cpuMs);
  const slotMs = 1000 / rate / 2;
  const loudCpu = [];
  const quietCpu = [];
  const latencies = [];
  const mutationMs = [];
  const started = now();
  let before = cpu();
  for (let slot = 0; slot < events * 2; slot++) {
    const isLoud = slot % 2 === 0;
    const { key, sent, answered } = await (isLoud ? loud() : quiet());
    if (answered) mutationMs.push(answered - sent);
    if (isLoud && clients) {
      latencies.push((await withTimeout(arrived(key), 15_000, `event ${key} reaching every client`)) - sent);
    }
    const slotEnd = started + (slot + 1) * slotMs;
    if (slotEnd > now()) await sleep(slotEnd - now());
    const after = cpu();
    (isLoud ? loudCpu : quietCpu).push(after.map((ms, i) => ms - before[i]));
    before = after;
  }
  stopListening?.();
  if (errors.length) throw new Error(`subscribers got errors: ${JSON.stringify(errors[0]).slice(0, 300)}`);
  return { loudSlots: loudCpu, quietSlots: quietCpu, latencies, mutationMs };
}

/** Mean without the lowest and highest tenth: a GC pause or a neighbour's burst in one slot does not decide it. */
function trimmedMean(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length / 10);
  return mean(sorted.slice(cut, sorted.length - cut));
}

/** CPU of one process: per event, its slot minus the quiet slot right after it. */
const fanOutOf = (run, process) =>
  trimmedMean(run.loudSlots.map((slot, i) => slot[process] - (run.quietSlots[i] ?? run.quietSlots.at(-1))[process]));

/** N = 0 opens nothing: a calibration row (loud and quiet events should then cost the same). */
async function openClients(message) {
  if (message.count === 0) return null;
  const clients = child('--clients');
  await clients.once('ready');
  const connected = clients.once('connected');
  clients.send({ cmd: 'connect', ...message });
  await withTimeout(connected, 120_000, `connecting ${message.count} clients`);
  return clients;
}

async function closeClients(clients) {
  if (!clients) return;
  const closed = clients.once('closed');
  clients.send({ cmd: 'close' });
  await withTimeout(closed, 30_000, 'closing clients').catch(() => undefined);
  await clients.stop();
  await sleep(500); // let the servers see the sockets go
}

/**
 * One table row. `run`: the mutation-driven events (Q5 → Q6: latency, executions, CPU with the
 * mutation); `deliveryRun`: the same events published without the mutation, whose paired
 * difference is the fan-out CPU (the mutation's own ±5 ms would otherwise drown a 10 ms figure).
 */
function summarise({ config, n, run, deliveryRun = run, executions, rssBeforeKb, rssAfterKb }) {
  const processes = run.loudSlots[0].map((_ms, i) => i);
  const slotMean = (slots) => sum(processes.map((i) => mean(slots.map((slot) => slot[i]))));
  const byProcess = processes.map((i) => fanOutOf(deliveryRun, i));
  return {
    config,
    subscribers: n,
    events: run.loudSlots.length,
    cpuMsPerEvent: round(slotMean(run.loudSlots)),
    baselineCpuMsPerEvent: round(slotMean(run.quietSlots)),
    fanOutCpuMsPerEvent: round(sum(byProcess)),
    fanOutCpuMsByProcess: byProcess.map(round),
    p50: run.latencies.length ? round(percentile(run.latencies, 50)) : null,
    p99: run.latencies.length ? round(percentile(run.latencies, 99)) : null,
    max: run.latencies.length ? round(Math.max(...run.latencies)) : null,
    mutationP50: run.mutationMs.length ? round(percentile(run.mutationMs, 50)) : null,
    executionsPerEvent: executions,
    rssKbPerSubscription: n ? round((rssAfterKb - rssBeforeKb) / n) : null,
  };
}

/** Q5 + Q6 against one or two API instances, N subscribers each time. */
async function measureApi({ instances, counts, events, rate, targets, togglers, ports, benchUrl, redisUrl, onView }) {
  const apis = [];
  try {
    for (let i = 0; i < instances; i++) {
      const port = ports.api + i * 2;
      apis.push({
        port,
        counterPort: port + 1,
        proc: await startApi(port, {
          env: {
            DATABASE_URL: benchUrl,
            HANDOFF_BENCH_SQL_COUNTER_PORT: String(port + 1),
            // e.g. "--require ./profiler.cjs" to see where an event's time goes
            ...(process.env.BENCH_FANOUT_API_NODE_OPTIONS
              ? { NODE_OPTIONS: process.env.BENCH_FANOUT_API_NODE_OPTIONS }
              : {}),
            ...(instances > 1 ? { HANDOFF_BENCH_REDIS_URL: redisUrl } : {}),
          },
        }),
      });
    }
    const pids = apis.map((api) => api.proc.pid);
    const urls = apis.map((api) => `http://127.0.0.1:${api.port}`);
    const cookies = [];
    for (let i = 0; i < SESSIONS; i++) cookies.push(await login(apis[i % apis.length].port));
    const mutator = await login(apis[0].port);
    const loud = () => togglers.loud(apis[0].port, mutator);
    const quiet = () => togglers.quiet(apis[0].port, mutator);
    const published = {
      loud: () => togglers.loud.publishOnly(apis[0].counterPort),
      quiet: () => togglers.quiet.publishOnly(apis[0].counterPort),
    };
    await runEvents({ events: WARMUP_EVENTS, rate, loud, quiet, clients: null, serverPids: pids });
    const rows = [];
    for (const n of counts) {
      const rssBeforeKb = sum(pids.map(rssKb));
      const clients = await openClients({
        mode: 'graphql-ws',
        urls,
        cookies,
        count: n,
        facilityId: targets.facilityId,
      });
      await sleep(1000);
      const rssAfterKb = sum(pids.map(rssKb));
      await runEvents({ events: WARMUP_EVENTS, rate, loud, quiet, clients, serverPids: pids, onView });
      const executionsBefore = await executionCount(apis.map((api) => api.counterPort));
      const run = await runEvents({ events, rate, loud, quiet, clients, serverPids: pids });
      const executionsAfter = await executionCount(apis.map((api) => api.counterPort));
      const executions = executionsAfter.map((after, i) => round((after - executionsBefore[i]) / events));
      const deliveryRun = await runEvents({ events, rate, ...published, clients, serverPids: pids });
      await closeClients(clients);
      const config = instances === 1 ? 'API, 1 instance' : `API, ${instances} instances via Redis`;
      rows.push(summarise({ config, n, run, deliveryRun, executions, rssBeforeKb, rssAfterKb }));
    }
    return rows;
  } finally {
    for (const api of apis) await stopApi(api.proc);
  }
}

/** The floor in the same run: same payload (the event the API sent), same N, same clients process. */
async function measureFloor({ counts, events, rate, payload, port }) {
  const server = child('--floor-server', [String(port)]);
  await server.once('ready');
  try {
    let version = payload.version;
    const publish = (quiet) => async () => {
      version += 1;
      const view = { ...payload, version, status: version % 2 ? 'CONFIRMED' : 'SCHEDULED' };
      const sent = now();
      server.send({ cmd: 'publish', view, quiet });
      return { key: eventKey(view), sent };
    };
    const pids = [server.proc.pid];
    const rows = [];
    for (const n of counts) {
      const rssBeforeKb = rssKb(server.proc.pid);
      const clients = await openClients({ mode: 'floor', urls: [`ws://127.0.0.1:${port}`], count: n });
      await sleep(1000);
      const rssAfterKb = rssKb(server.proc.pid);
      const loud = publish(false);
      const quiet = publish(true);
      await runEvents({ events: WARMUP_EVENTS, rate, loud, quiet, clients, serverPids: pids });
      const run = await runEvents({ events, rate, loud, quiet, clients, serverPids: pids });
      await closeClients(clients);
      rows.push(summarise({ config: 'F: serialize-once ws', n, run, executions: [], rssBeforeKb, rssAfterKb }));
    }
    return rows;
  } finally {
    await server.stop();
  }
}

function goalsOf(rows) {
  const find = (config, n) => rows.find((r) => r.config.startsWith(config) && r.subscribers === n);
  const largest = Math.max(...rows.map((r) => r.subscribers));
  const ratioAt = (n) => {
    const api = find('API, 1 instance', n);
    const floor = find('F:', n);
    return api && floor && floor.fanOutCpuMsPerEvent > 0 ? api.fanOutCpuMsPerEvent / floor.fanOutCpuMsPerEvent : null;
  };
  const api = find('API, 1 instance', largest);
  const floor = find('F:', largest);
  const ratio = ratioAt(largest);
  // Every subscriber here runs the same operation with the same permission class: one group per instance.
  const apiRows = rows.filter((r) => r.config.startsWith('API'));
  const executionsOk = apiRows.every((r) => r.executionsPerEvent.every((e) => e <= 1));
  const two = find('API, 2 instances', largest);
  const others = [...new Set(rows.map((r) => r.subscribers))]
    .filter((n) => n !== largest)
    .map((n) => `at ${n}: ${ratioAt(n)?.toFixed(2) ?? 'n/a'}`);
  return [
    {
      id: 'G8',
      text: `fan-out CPU per event to ${largest} subscribers, API ÷ serialize-once floor ≤ 1.5, and executions per event = distinct (operation, permission class) (1 here) per instance`,
      value: ratio == null ? null : Math.round(ratio * 100) / 100,
      pass: ratio == null ? null : ratio <= 1.5 && executionsOk,
      note: api
        ? `API ${api.fanOutCpuMsPerEvent} ms vs floor ${floor?.fanOutCpuMsPerEvent ?? 'n/a'} ms per event (the mutation's own ${api.baselineCpuMsPerEvent} ms excluded); executions per event ${apiRows.map((r) => r.executionsPerEvent.join('+')).join(', ')}; ratio ${others.join(', ')}`
        : 'not measured',
    },
    {
      id: 'G9',
      text: `publish-to-last-client p99, ${largest} clients across two API instances via Redis ≤ 250 ms`,
      value: two?.p99 ?? null,
      pass: two ? two.p99 <= 250 : null,
      note: two ? `p50 ${two.p50} ms, max ${two.max} ms over ${two.events} events` : 'not measured',
    },
  ];
}

function markdownOf(rows, goals, { events, rate, targets }) {
  const { cpu, cores } = cpuInfo();
  const lines = [
    '## Subscription fan-out (Q5 setAppointmentStatus → Q6 calendarChanged)',
    '',
    `CPU: ${cpu} (${cores} cores) · Node ${process.version} · per configuration ${events} events at ${rate}/s after ${WARMUP_EVENTS} warm-up events; clients in a separate process (${SESSIONS} front desk sessions, the front desk calendar's selection).`,
    `Event: appointment ${targets.loud.id.slice(0, 8)}… toggled SCHEDULED ↔ CONFIRMED. Between two events, a quiet one: the same mutation at another facility, whose calendar nobody watches (floor: the same message, sent to no socket).`,
    "CPU = on-CPU time of the server process(es), all threads (schedstat), in the event's time slot (means; event and quiet event include the mutation). Fan-out = event − the quiet event after it, a 10%-trimmed mean over the events; for the API from a second series of the same events published without the mutation (bench-serve /publish: the event read and published as after the write). Latency = mutation sent (floor: publish sent) → last client received.",
    '',
    '| configuration | N | fan-out CPU ms/event | event CPU ms | quiet event CPU ms | p50 ms | p99 ms | executions/event | RSS KB/subscription |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const byProcess = r.fanOutCpuMsByProcess.length > 1 ? ` (${r.fanOutCpuMsByProcess.join(' + ')})` : '';
    const executions = r.executionsPerEvent.length ? r.executionsPerEvent.join(' + ') : '—';
    lines.push(
      `| ${r.config} | ${r.subscribers} | ${r.fanOutCpuMsPerEvent}${byProcess} | ${r.cpuMsPerEvent} | ${r.baselineCpuMsPerEvent} | ${r.p50 ?? '—'} | ${r.p99 ?? '—'} | ${executions} | ${r.rssKbPerSubscription ?? '—'} |`,
    );
  }
  lines.push('', '| goal | target | value | pass | note |', '|---|---|---:|---|---|');
  for (const g of goals) {
    const pass = g.pass == null ? 'n/a' : g.pass ? 'yes' : 'NO';
    lines.push(`| ${g.id} | ${g.text} | ${g.value ?? 'n/a'} | ${pass} | ${g.note} |`);
  }
  lines.push('');
  return lines;
}

/**
 * Runs the whole fan-out measurement; returns the report section, the goals and the raw rows.
 * Needs the bench database (ensureDatabase + generateIfMissing) and, for two instances, Redis.
 * `facilityId`/`appointmentId` pick the watched calendar and the toggled appointment (default:
 * the first bench facility and its last appointment); a second facility provides quiet events.
 */
export async function measureFanOut({
  benchUrl = benchUrlOf('M'),
  facilityId,
  appointmentId,
  portBase = 4700,
  subscriberCounts = [200, 1000],
  instanceCounts = [1, 2],
  events = 40,
  rate = 2,
  redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
} = {}) {
  if (portBase < 4700 || portBase + 19 > 4799) throw new Error('the fan-out bench owns ports 4700..4799');
  const evenEvents = events + (events % 2); // an even number of toggles leaves each status as it was
  const targets = await pickTargets(benchUrl, facilityId, appointmentId);
  const togglers = { loud: statusToggler(targets.loud), quiet: statusToggler(targets.quiet) };
  const rows = [];
  // The floor broadcasts the very event a front desk client received from the API.
  let payload = null;
  const onView = (view) => (payload ??= view);
  for (const instances of instanceCounts) {
    rows.push(
      ...(await measureApi({
        instances,
        counts: subscriberCounts,
        events: evenEvents,
        rate,
        targets,
        togglers,
        ports: { api: portBase },
        benchUrl,
        redisUrl,
        onView,
      })),
    );
  }
  if (!payload) throw new Error('no event reached a client: nothing to give the floor');
  rows.unshift(
    ...(await measureFloor({ counts: subscriberCounts, events: evenEvents, rate, payload, port: portBase + 12 })),
  );
  const goals = goalsOf(rows);
  return {
    markdownLines: markdownOf(rows, goals, { events: evenEvents, rate, targets }),
    goals,
    data: {
      rows,
      targets: { facilityId: targets.facilityId, appointmentId: targets.loud.id, quietAppointmentId: targets.quiet.id },
      payload,
    },
  };
}

// ---------- entry points ----------

// Run as a script (the parent, or one of its children); imported, it only exports measureFanOut.
const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
const role = isMain ? process.argv[2] : null;
if (role) process.on('disconnect', () => process.exit(0)); // a child never outlives its parent
if (role === '--clients') {
  await runClients();
} else if (role === '--floor-server') {
  await runFloorServer(process.argv[3]);
} else if (isMain) {
  await ensureDatabase('M');
  const db = await connectBenchDb('M');
  await generateIfMissing(db, 'M');
  await db.end();
  const list = (value, fallback) => (value ?? fallback).split(',').map(Number);
  const result = await measureFanOut({
    events: Number(process.env.BENCH_FANOUT_EVENTS ?? 40),
    subscriberCounts: list(process.env.BENCH_FANOUT_N, '200,1000'),
    instanceCounts: list(process.env.BENCH_FANOUT_INSTANCES, '1,2'),
  });
  console.log(result.markdownLines.join('\n'));
}
