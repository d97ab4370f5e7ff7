// Front desk calendar in a real browser: "the calendar must stay responsive with 400 appointments on
// screen". Headless Chromium (1440x900) signs in through the front desk login page, opens
// /frontdesk/calendar on one facility's day, by provider, with 400 generated appointments, and measures
// load-to-rendered time, long tasks, a day switch there and back, grid scrolling and JS heap.
// Needs the built app (frontdesk-ui/dist; this script builds nothing) and the large practice of
// frontdesk.mjs (generated here when missing). Run: pnpm --filter handoff-bench calendar-browser.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  benchDir,
  benchFacilities,
  calendarWindow,
  connectBenchDb,
  cpuInfo,
  datasetCounts,
  ensureDatabase,
  FRONTDESK_LOGIN,
  generateIfMissing,
  percentile,
  repoRoot,
  round,
  startApi,
  stopApi,
} from './lib/frontdesk-data.mjs';

// playwright-core is e2e's dependency (not bench's): resolved there, with the system Chromium.
const { chromium } = createRequire(join(repoRoot, 'e2e', 'package.json'))('playwright-core');

const PORT = Number(process.env.BENCH_PORT ?? 4020);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// Not counted: the first load after the API starts pays its JIT warm-up and PostgreSQL's cold cache.
const WARMUP_RUNS = Number(process.env.BENCH_WARMUP_RUNS ?? 1);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1440, height: 900 };
const TIMEOUT_MS = 60_000;
// The day with 400 appointments at the first facility (see ensureBrowserDay) and the day after it,
// both in one calendar week (the page fetches a week, so switching between them is render only).
const DAY = '2027-01-13'; // Wednesday, outside the day and week frontdesk.mjs measures
const NEXT_DAY = '2027-01-14';
const EVENT_SELECTOR = '.rbc-event'; // react-big-calendar: appointments; time off is .rbc-background-event
const DIST = join(repoRoot, 'frontdesk-ui', 'dist', 'index.html');

// ---------- data: one facility day with 400 appointments ----------

// The generator gives the first facility 25 providers x 9 slots = 225 appointments a weekday, the
// second 15 x 9 = 135: no facility day reaches 400. On DAY only, the second facility's 135 move to
// the first (room cleared: rooms belong to a facility), and every one of the 40 providers gets a
// 07:00 visit there (before anyone's first slot, so no overlap): 225 + 135 + 40 = 400.
// One transaction; the first extra visit is the marker. frontdesk.mjs's day and week are untouched.
const BROWSER_DAY_SQL = `
create temp table fd_b_ctx on commit drop as
  select p.id as practice_id,
         (select array_agg(id order by name) from facility f where f.practice_id = p.id) as facilities,
         (select id from appointment_type t where t.practice_id = p.id and not t."group" and not t.telehealth
           order by t.default_minutes desc, t.name limit 1) as type_id
    from practice p where p.slug = 'riverbend';
update appointment a set facility_id = c.facilities[1], room_id = null
  from fd_b_ctx c, facility f, generate_series(25, 39) g
 where f.id = c.facilities[2] and a.facility_id = f.id and a.provider_id = md5('fd-provider-' || g)::uuid
   and a.starts_at >= ($1::date::timestamp at time zone f.time_zone)
   and a.starts_at < (($1::date + 1)::timestamp at time zone f.time_zone);
create temp table fd_b_extra on commit drop as
  select md5('fd-browser-extra-' || g)::uuid as id, g as n, md5('fd-provider-' || g)::uuid as provider_id,
         ($1::date + time '07:00') at time zone f.time_zone as starts_at
    from generate_series(0, 39) g, fd_b_ctx c join facility f on f.id = c.facilities[1];
insert into appointment (id, practice_id, created_at, updated_at, provider_id, facility_id, room_id, appointment_type_id,
                         starts_at, ends_at, status)
  select e.id, c.practice_id, now(), now(), e.provider_id, c.facilities[1], null, c.type_id,
         e.starts_at, e.starts_at + interval '50 minutes', 'SCHEDULED'
    from fd_b_extra e, fd_b_ctx c;
insert into appointment_attendee (id, practice_id, created_at, updated_at, appointment_id, patient_id, attendance)
  select md5('fd-browser-att-' || e.n)::uuid, c.practice_id, now(), now(), e.id,
         md5('fd-patient-' || abs(hashtext('fd-browser-ap-' || e.n)) % 20000)::uuid, 'EXPECTED'
    from fd_b_extra e, fd_b_ctx c;
`;

async function ensureBrowserDay(db) {
  const marker = await db.query(`select 1 from appointment where id = md5('fd-browser-extra-0')::uuid`);
  if (marker.rowCount > 0) return false;
  await db.query('begin');
  try {
    // Multi-statement text cannot take parameters: the day is a constant of this script.
    await db.query(BROWSER_DAY_SQL.replaceAll('$1', `'${DAY}'`));
    await db.query('commit');
  } catch (error) {
    await db.query('rollback');
    throw error;
  }
  await db.query('analyze appointment');
  return true;
}

// What the page should draw: the facility's appointments overlapping its local day (cancelled
// included: the calendar shows them by default).
async function appointmentsOnDay(db, facilityId, day) {
  const { from, to } = await calendarWindow(db, facilityId, day, 1);
  const { rows } = await db.query(
    'select count(*)::int as n from appointment where facility_id = $1 and starts_at < $3 and ends_at > $2',
    [facilityId, from, to],
  );
  return rows[0].n;
}

// ---------- the page's instruments ----------

// Runs in the page before its own scripts, on every navigation: long tasks since navigation start,
// the first moment the event count reaches a target (MutationObserver; then one more animation
// frame, i.e. the frame that paints it), the time of the last trusted click, and rAF frame gaps.
const INSTRUMENTS = () => {
  const bench = (window.__bench = { longTasks: [], frames: null, lastClick: null, waiters: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Event Timing: an interaction's input delay + handlers + the next paint (what INP is made of).
  bench.interactions = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) bench.interactions.push({ start: e.startTime, duration: e.duration, name: e.name });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  document.addEventListener('pointerdown', (e) => (bench.lastClick = e.timeStamp), true);
  const events = document.getElementsByClassName('rbc-event');
  const check = () => {
    const count = events.length;
    for (const w of bench.waiters) {
      if (w.reachedAt === null && w.test(count)) {
        w.reachedAt = performance.now();
        w.count = count;
        requestAnimationFrame(() => setTimeout(() => (w.paintedAt = performance.now()), 0));
      }
    }
  };
  bench.waitForCount = (name, target, exact) => {
    const w = {
      name,
      test: exact ? (n) => n === target : (n) => n >= target,
      reachedAt: null,
      paintedAt: null,
      count: 0,
    };
    bench.waiters.push(w);
    check();
    return w;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  // Frame gaps while scrolling.
  bench.startFrames = () => {
    bench.frames = [];
    let last = performance.now();
    const tick = (t) => {
      if (!bench.frames) return;
      bench.frames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  bench.stopFrames = () => {
    const frames = bench.frames ?? [];
    bench.frames = null;
    return frames;
  };
};

function longTaskStats(tasks, from, to) {
  const inWindow = tasks.filter((t) => t.start >= from && t.start < to);
  return {
    count: inWindow.length,
    totalMs: round(inWindow.reduce((sum, t) => sum + t.duration, 0)),
    maxMs: round(inWindow.reduce((max, t) => Math.max(max, t.duration), 0)),
  };
}

async function waitFor(page, name) {
  await page.waitForFunction((n) => window.__bench.waiters.find((w) => w.name === n)?.paintedAt != null, name, {
    timeout: TIMEOUT_MS,
    polling: 50,
  });
  return page.evaluate((n) => {
    const w = window.__bench.waiters.find((x) => x.name === n);
    return { reachedAt: w.reachedAt, paintedAt: w.paintedAt, count: w.count };
  }, name);
}

// ---------- one run ----------

async function signIn(page, origin) {
  await page.goto(`${origin}/frontdesk/`);
  await page.getByLabel('Email').fill(FRONTDESK_LOGIN.email);
  await page.getByLabel('Password', { exact: true }).fill(FRONTDESK_LOGIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Calendar' }).first().waitFor({ timeout: TIMEOUT_MS });
}

/** Switch a day with the toolbar button (a real click) and wait for the other day's events. */
async function switchDay(page, label, name, target) {
  await page.evaluate(([n, t]) => window.__bench.waitForCount(n, t, true), [name, target]);
  await page.getByRole('button', { name: label, exact: true }).click();
  const done = await waitFor(page, name);
  const clickedAt = await page.evaluate(() => window.__bench.lastClick);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100))); // Event Timing entries arrive after the paint
  const { tasks, interactions } = await page.evaluate(() => ({
    tasks: window.__bench.longTasks,
    interactions: window.__bench.interactions,
  }));
  const own = interactions.filter((e) => e.start >= clickedAt - 1 && e.start < done.paintedAt);
  return {
    ms: round(done.paintedAt - clickedAt),
    // The click's longest Event Timing entry: click → the next frame painted (an INP sample; 8 ms granularity).
    interactionMs: own.length ? Math.max(...own.map((e) => e.duration)) : 0,
    events: done.count,
    longTasks: longTaskStats(tasks, clickedAt, done.paintedAt),
  };
}

/** Wheel through the grid: down to the end of the day and back, then right across the columns and back. */
async function scrollGrid(page) {
  const box = await page.locator('.rbc-time-content').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 300));
  const start = await page.evaluate(() => {
    const el = document.querySelector('.rbc-time-content');
    const reach = (window.__bench.scrollReach = { top: 0, left: 0, scrollEvents: 0 });
    el.addEventListener('scroll', () => {
      reach.top = Math.max(reach.top, el.scrollTop);
      reach.left = Math.max(reach.left, el.scrollLeft);
      reach.scrollEvents++;
    });
    window.__bench.startFrames();
    return performance.now();
  });
  const steps = [
    // The day (07:00-18:00) nearly fits vertically; the 44 provider columns are ~4,000 px wider than the window.
    ...Array(4).fill([0, 150]),
    ...Array(4).fill([0, -150]),
    ...Array(18).fill([250, 0]),
    ...Array(18).fill([-250, 0]),
  ];
  for (const [dx, dy] of steps) {
    await page.mouse.wheel(dx, dy);
    await page.waitForTimeout(30); // about two wheel events per frame budget, like a trackpad
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
  const { end, frames, tasks, scroll } = await page.evaluate(() => {
    const el = document.querySelector('.rbc-time-content');
    return {
      end: performance.now(),
      frames: window.__bench.stopFrames(),
      tasks: window.__bench.longTasks,
      scroll: {
        height: el.scrollHeight - el.clientHeight,
        width: el.scrollWidth - el.clientWidth,
        ...window.__bench.scrollReach,
        endTop: el.scrollTop,
        endLeft: el.scrollLeft,
      },
    };
  });
  return {
    ms: round(end - start),
    wheelEvents: steps.length,
    // How far the grid could scroll, how far it did (max scrollTop/Left) and where it ended (back at 0).
    scroll,
    longTasks: longTaskStats(tasks, start, end),
    maxFrameMs: round(Math.max(...frames)),
    framesOver50ms: frames.filter((f) => f > 50).length,
  };
}

async function run(browser, origin, url, expected) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(INSTRUMENTS);
  const page = await context.newPage();
  try {
    await signIn(page, origin);
    // Load: a full navigation to the calendar URL (the calendar chunk, setup and week queries, render).
    // The waiter is registered by an init script too, so it exists before the page's first render.
    await context.addInitScript((target) => window.__bench.waitForCount('load', target, false), expected.day);
    await page.goto(url, { waitUntil: 'commit' });
    const loaded = await waitFor(page, 'load');
    const tasks = await page.evaluate(() => window.__bench.longTasks);
    // Where the load time goes: the app's HTML, then the last GraphQL answer before the events
    // appeared (setup + week queries); the rest up to "painted" is React and react-big-calendar.
    const timing = await page.evaluate((reachedAt) => {
      const nav = performance.getEntriesByType('navigation')[0];
      const gql = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/graphql') && e.responseEnd <= reachedAt);
      return {
        domContentLoaded: nav.domContentLoadedEventEnd,
        lastGraphqlResponse: gql.reduce((max, e) => Math.max(max, e.responseEnd), 0),
        graphqlRequests: gql.length,
      };
    }, loaded.reachedAt);
    const onScreen = await page.evaluate((sel) => {
      const all = [...document.querySelectorAll(sel)];
      const visible = all.filter((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
      });
      return {
        dom: all.length,
        inViewport: visible.length,
        columns: document.querySelectorAll('.rbc-row-resource .rbc-header').length,
      };
    }, EVENT_SELECTOR);
    const load = {
      ms: round(loaded.paintedAt),
      domReadyMs: round(loaded.reachedAt),
      domContentLoadedMs: round(timing.domContentLoaded),
      dataMs: round(timing.lastGraphqlResponse),
      renderMs: round(loaded.paintedAt - timing.lastGraphqlResponse),
      graphqlRequests: timing.graphqlRequests,
      events: onScreen.dom,
      eventsInViewport: onScreen.inViewport,
      columns: onScreen.columns,
      longTasks: longTaskStats(tasks, 0, loaded.paintedAt),
    };
    // Heap after load: used JS heap after a forced GC (CDP), so runs compare the retained size.
    const cdp = await context.newCDPSession(page);
    const before = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('HeapProfiler.collectGarbage');
    const after = await cdp.send('Runtime.getHeapUsage');
    const heap = { usedMB: round(before.usedSize / 2 ** 20), usedAfterGcMB: round(after.usedSize / 2 ** 20) };
    await page.waitForTimeout(500); // let the page settle (subscription, idle callbacks) before interacting
    const next = await switchDay(page, 'Next day', `next-${Math.random()}`, expected.nextDay);
    const back = await switchDay(page, 'Previous day', `back-${Math.random()}`, expected.day);
    const scroll = await scrollGrid(page);
    return { load, heap, next, back, scroll };
  } finally {
    await context.close();
  }
}

// ---------- report ----------

const stat = (values) => ({ p50: round(percentile(values, 50)), max: round(Math.max(...values)) });

function summarize(runs) {
  const pick = (f) => stat(runs.map(f));
  return {
    'Load → all events painted (ms)': pick((r) => r.load.ms),
    'Load → event count reached in DOM (ms)': pick((r) => r.load.domReadyMs),
    'Load: DOMContentLoaded (ms)': pick((r) => r.load.domContentLoadedMs),
    'Load: last GraphQL response before render (ms)': pick((r) => r.load.dataMs),
    'Load: last GraphQL response → events painted (ms)': pick((r) => r.load.renderMs),
    'Events in DOM after load': pick((r) => r.load.events),
    'Events inside the 1440x900 viewport': pick((r) => r.load.eventsInViewport),
    'Load long tasks, total (ms)': pick((r) => r.load.longTasks.totalMs),
    'Load long tasks, longest (ms)': pick((r) => r.load.longTasks.maxMs),
    'Load long tasks, count': pick((r) => r.load.longTasks.count),
    'JS heap used after load (MB)': pick((r) => r.heap.usedMB),
    'JS heap used after load, after GC (MB)': pick((r) => r.heap.usedAfterGcMB),
    'Next day: click → events painted (ms)': pick((r) => r.next.ms),
    'Next day: interaction to next paint (ms)': pick((r) => r.next.interactionMs),
    'Next day: long tasks total (ms)': pick((r) => r.next.longTasks.totalMs),
    'Next day: longest task (ms)': pick((r) => r.next.longTasks.maxMs),
    'Back: click → 400 events painted (ms)': pick((r) => r.back.ms),
    'Back: interaction to next paint (ms)': pick((r) => r.back.interactionMs),
    'Back: long tasks total (ms)': pick((r) => r.back.longTasks.totalMs),
    'Back: longest task (ms)': pick((r) => r.back.longTasks.maxMs),
    'Scroll: long tasks total (ms)': pick((r) => r.scroll.longTasks.totalMs),
    'Scroll: longest task (ms)': pick((r) => r.scroll.longTasks.maxMs),
    'Scroll: longest frame (ms)': pick((r) => r.scroll.maxFrameMs),
    'Scroll: frames over 50 ms': pick((r) => r.scroll.framesOver50ms),
  };
}

function renderMarkdown(report) {
  const { env, setup } = report;
  const lines = [
    `# Front desk calendar in the browser, 400 appointments (${report.date})`,
    '',
    `CPU: ${env.cpu} (${env.cores} cores) · Node ${env.node} · Chromium ${env.chromium} (headless, ${VIEWPORT.width}x${VIEWPORT.height})`,
    '',
    `Dataset: the frontdesk.mjs practice (${Object.entries(env.dataset)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}), ` +
      `plus the browser day: on ${DAY} the second facility's appointments moved to ${setup.facility} and a 07:00 visit for each of the 40 providers.`,
    '',
    `Page: \`${setup.path}\` (day view, columns by provider: ${setup.columns} providers). ` +
      `Expected events: ${setup.expected.day} on ${DAY}, ${setup.expected.nextDay} on ${NEXT_DAY}. ` +
      `API: api/src/main.ts from source (serves frontdesk-ui/dist), PostgreSQL on the same machine.`,
    '',
    `${RUNS} runs after ${report.setup.warmupRuns} uncounted warm-up run(s), each in a fresh browser context (empty HTTP cache): sign in on the login page, then a full navigation to the calendar.`,
    '',
    '| measure | p50 | max |',
    '|---|---:|---:|',
    ...Object.entries(report.summary).map(([k, v]) => `| ${k} | ${v.p50} | ${v.max} |`),
    '',
    '## Method',
    '',
    '- Load time: from navigation start (performance.timeOrigin) until the count of `.rbc-event` elements reaches the expected number (MutationObserver), then one animation frame more (the frame that paints them). Includes the calendar code chunk, the setup and week queries and the render; split at the last /graphql response (Resource Timing) before the events appeared.',
    '- Long tasks: PerformanceObserver `longtask` (tasks over 50 ms on the main thread), registered before the page scripts run; load = navigation start to painted.',
    '- Next day / back: a real click on the toolbar button "Next day" / "Previous day" (timestamp of the pointerdown) until the other day\'s exact event count is painted. Both days are in the week the page already fetched, so this is rendering only, no network. Interaction to next paint: the longest Event Timing entry of that click (input delay, handlers, next paint; what INP reports).',
    `- Scroll: ${report.runs[0]?.scroll.wheelEvents ?? 44} mouse-wheel events over the grid (down and back, then right across the columns and back), 30 ms apart; long tasks and the longest gap between animation frames during it.`,
    '- Heap: `Runtime.getHeapUsage` over CDP after load, before and after a forced GC.',
    '',
    '## Runs',
    '',
    '| run | load ms | events | in viewport | load LT total/max ms | heap MB (after GC) | next ms | back ms | scroll LT total/max ms | scroll max frame ms | scrolled down/right px (of) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...report.runs.map(
      (r, i) =>
        `| ${i + 1} | ${r.load.ms} | ${r.load.events} | ${r.load.eventsInViewport} | ${r.load.longTasks.totalMs} / ${r.load.longTasks.maxMs} | ${r.heap.usedMB} (${r.heap.usedAfterGcMB}) | ${r.next.ms} | ${r.back.ms} | ${r.scroll.longTasks.totalMs} / ${r.scroll.longTasks.maxMs} | ${r.scroll.maxFrameMs} | ${r.scroll.scroll.top}/${r.scroll.scroll.left} (${r.scroll.scroll.height}/${r.scroll.scroll.width}) |`,
    ),
    '',
  ];
  if (report.notes.length) lines.push('## Notes', '', ...report.notes.map((n) => `- ${n}`), '');
  return lines.join('\n');
}

// ---------- main ----------

async function main() {
  if (!existsSync(DIST)) {
    throw new Error(
      `no ${DIST}: build the front desk first (pnpm --filter @handoff/frontdesk-ui build); this benchmark builds nothing`,
    );
  }
  await ensureDatabase();
  // bench-serve.ts serves no apps (appsRoot '/nonexistent'): src/main.ts, what `npm start` runs, serves
  // <repo>/<app>-ui/dist under /<app>/. Worker off, demo seed as in bench-serve, outbox in a temp dir.
  const dataDir = mkdtempSync(join(tmpdir(), 'handoff-bench-browser-'));
  const serverOptions = {
    script: 'src/main.ts',
    readyText: 'Handoff is running on',
    // Plain http on localhost: a Secure cookie would never come back.
    env: { HANDOFF_DATA_DIR: dataDir, COOKIE_SECURE: 'false' },
  };
  let api = await startApi(PORT, serverOptions);
  const db = await connectBenchDb();
  const notes = [];
  let browser = null;
  try {
    const generation = await generateIfMissing(db);
    const topUp = await ensureBrowserDay(db);
    console.log(
      `dataset ${generation.skipped ? 'present' : `generated in ${generation.seconds.toFixed(1)} s`}; browser day ${topUp ? 'added' : 'present'}`,
    );
    if (!generation.skipped || topUp) {
      await stopApi(api);
      api = await startApi(PORT, serverOptions);
    }
    const origin = `http://127.0.0.1:${PORT}`;
    const served = await fetch(`${origin}/frontdesk/`);
    const html = await served.text();
    if (!served.ok || !html.includes('/frontdesk/assets/')) {
      throw new Error(`the API does not serve the built front desk at ${origin}/frontdesk/ (HTTP ${served.status})`);
    }
    const [facility] = await benchFacilities(db);
    const expected = {
      day: await appointmentsOnDay(db, facility.id, DAY),
      nextDay: await appointmentsOnDay(db, facility.id, NEXT_DAY),
    };
    const path = `/frontdesk/calendar?facility=${facility.id}&date=${DAY}`; // view=day and by=provider are the defaults
    console.log(`${facility.name}: ${expected.day} appointments on ${DAY}, ${expected.nextDay} on ${NEXT_DAY}`);

    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    for (let i = 0; i < WARMUP_RUNS; i++) {
      const r = await run(browser, origin, origin + path, expected);
      console.log(`warm-up run: load ${r.load.ms} ms, ${r.load.events} events (not counted)`);
    }
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await run(browser, origin, origin + path, expected);
      console.log(
        `run ${i + 1}: load ${r.load.ms} ms, ${r.load.events} events (${r.load.eventsInViewport} in viewport), ` +
          `load long tasks ${r.load.longTasks.totalMs}/${r.load.longTasks.maxMs} ms, heap ${r.heap.usedAfterGcMB} MB, ` +
          `next ${r.next.ms} ms, back ${r.back.ms} ms, scroll long tasks ${r.scroll.longTasks.totalMs}/${r.scroll.longTasks.maxMs} ms`,
      );
      if (r.load.events !== expected.day)
        notes.push(`Run ${i + 1}: ${r.load.events} events in the DOM, expected ${expected.day}.`);
      runs.push(r);
    }
    const env = {
      ...cpuInfo(),
      node: process.version,
      chromium: browser.version(),
      dataset: await datasetCounts(db),
    };
    const git = (args) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = git(['status', '--porcelain', '--', 'frontdesk-ui/src', 'ui-kit/src'])
      .split('\n')
      .filter(Boolean).length;
    env.commit = git(['rev-parse', '--short', 'HEAD']);
    env.frontdeskBuild = statSync(DIST).mtime.toISOString();
    notes.push(
      `App: frontdesk-ui/dist built ${env.frontdeskBuild} from the working tree at commit ${env.commit}` +
        (dirty ? ` with ${dirty} uncommitted files under frontdesk-ui/src and ui-kit/src.` : ' (clean).'),
      "One machine runs the API, PostgreSQL and Chromium (and here other engineers' dev servers): absolute numbers are noisy; compare runs on the same machine.",
      'Events are counted in the DOM: react-big-calendar renders every event of the day (no virtualisation); "in viewport" are those intersecting the 1440x900 window before scrolling.',
    );
    const report = {
      date: new Date().toISOString().slice(0, 10),
      env,
      setup: {
        facility: facility.name,
        facilityId: facility.id,
        day: DAY,
        nextDay: NEXT_DAY,
        path,
        expected,
        columns: runs[0]?.load.columns,
        runs: RUNS,
        warmupRuns: WARMUP_RUNS,
        viewport: VIEWPORT,
      },
      summary: summarize(runs),
      runs,
      notes,
    };
    const markdown = renderMarkdown(report);
    console.log('\n' + markdown);
    mkdirSync(join(benchDir, 'results'), { recursive: true });
    writeFileSync(join(benchDir, 'results', `${report.date}-calendar-browser.md`), markdown);
    writeFileSync(
      join(benchDir, 'results', `${report.date}-calendar-browser.json`),
      JSON.stringify(report, null, 2) + '\n',
    );
  } finally {
    await browser?.close();
    await db.end();
    await stopApi(api);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
