// Frontends (issue 4, goal G11): for each app, the JavaScript a first visit downloads and a
// Lighthouse 12 performance run of the page a user first lands on, the sign-in screen.
//
// - Initial JS: the entry chunk plus everything it imports statically (what index.html loads and
//   modulepreloads), read from Vite's manifest (dist/.vite/manifest.json; index.html when a build
//   has none), compressed here with gzip (zlib level 6) and brotli (quality 11). 1 kB = 1,000 bytes,
//   the unit of Vite's build report.
// - Lighthouse: each app's dist served by a small static server (gzip, SPA fallback) with /graphql
//   answering the viewer query as the API does for a visitor without a session ({ viewer: null }),
//   so the app renders its sign-in screen. Mobile preset, simulated throttling (Lighthouse's
//   defaults), Debian's Chromium, RUNS runs per app, median of each metric.
//
// Builds nothing when every app has a dist (else `pnpm -r --filter=./*-ui build`).
// Standalone: node bench/frontends.mjs [--apps=portal,billing] [--runs=3] [--json=out.json] [--reports=dir]
//   [--apps-root=<folder with other <app>-ui/dist builds>]
// prints the markdown. From another script: `const { markdownLines, goals, data } = await measureFrontends()`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(benchDir, '..');

export const FRONTEND_APPS = ['frontdesk', 'clinician', 'billing', 'portal'];
const INITIAL_JS_BUDGET_KB = 200;
const SCORE_MIN = 0.9;
// Ports 4800–4899 belong to this benchmark: static servers from 4800, Chromium's debugging port from 4850.
const SERVER_PORT_BASE = 4800;
const CHROME_PORT_BASE = 4850;
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const PNPM = ['-y', 'pnpm@12.4.2'];

// ---------- build output: the initial chunk graph ----------

const gzipBytes = (buffer) => gzipSync(buffer, { level: 6 }).length;
const brotliBytes = (buffer) =>
  brotliCompressSync(buffer, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => bytes / 1000;

/** `root` holds the `<app>-ui/dist` folders: this checkout, or another build to compare (--apps-root). */
function distOf(root, app) {
  return join(root, `${app}-ui`, 'dist');
}

function ensureBuilt(root, apps) {
  const missing = apps.filter((app) => !existsSync(join(distOf(root, app), 'index.html')));
  if (missing.length === 0) return false;
  if (root !== repoRoot) throw new Error(`no build for ${missing.join(', ')} under ${root}`);
  console.error(`frontends: no build for ${missing.join(', ')}; building the apps…`);
  execFileSync('npx', [...PNPM, '-r', '--filter=./*-ui', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  return true;
}

/** A chunk and, recursively, its static `imports`: what loading that chunk makes the browser fetch. */
function staticClosure(manifest, key) {
  const seen = new Set();
  const js = [];
  const css = new Set();
  const visit = (k) => {
    if (seen.has(k) || !manifest[k]) return;
    seen.add(k);
    const chunk = manifest[k];
    if (chunk.file.endsWith('.js')) js.push(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return { js, css: [...css] };
}

/**
 * Files a first visit loads: from Vite's manifest, the entry (index.html) and its static imports
 * (dynamic imports load with a later screen). Each dynamic entry (a lazily loaded page or the
 * signed-in shell) with what it adds on top of that.
 */
function initialFilesFromManifest(manifest) {
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error('manifest has no entry');
  const initial = staticClosure(manifest, entryKey);
  const later = Object.keys(manifest)
    .filter((key) => manifest[key].isDynamicEntry)
    .map((key) => ({ src: key, js: staticClosure(manifest, key).js.filter((file) => !initial.js.includes(file)) }));
  const allJs = [...new Set(Object.values(manifest).map((chunk) => chunk.file))].filter((f) => f.endsWith('.js'));
  return {
    source: '.vite/manifest.json',
    js: initial.js,
    css: initial.css,
    lazyJs: allJs.filter((file) => !initial.js.includes(file)),
    later,
  };
}

/** Without a manifest: the module script and modulepreload links Vite wrote into index.html. */
function initialFilesFromHtml(dist, base) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const local = (url) => (url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
  const js = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => local(match[1]));
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => local(match[1]));
  return { source: 'index.html', js: [...new Set(js)], css, lazyJs: null, later: [] };
}

function measureBundle(dist, app) {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  const files = existsSync(manifestPath)
    ? initialFilesFromManifest(JSON.parse(readFileSync(manifestPath, 'utf8')))
    : initialFilesFromHtml(dist, `/${app}/`);
  const cache = new Map();
  const sized = (file) => {
    if (!cache.has(file)) {
      const buffer = readFileSync(join(dist, file));
      cache.set(file, { file, raw: buffer.length, gzip: gzipBytes(buffer), brotli: brotliBytes(buffer) });
    }
    return cache.get(file);
  };
  const js = files.js.map(sized);
  const css = files.css.map(sized);
  const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);
  const lazy = files.lazyJs?.map(sized) ?? null;
  return {
    source: files.source,
    initialJs: { files: js, raw: sum(js, 'raw'), gzip: sum(js, 'gzip'), brotli: sum(js, 'brotli') },
    initialCss: { files: css, raw: sum(css, 'raw'), gzip: sum(css, 'gzip') },
    lazyJs: lazy && { chunks: lazy.length, gzip: sum(lazy, 'gzip') },
    // What opening each lazily loaded screen fetches beyond the sign-in screen's files.
    later: files.later.map(({ src, js: list }) => ({ src, files: list.length, gzip: sum(list.map(sized), 'gzip') })),
  };
}

// ---------- a static server with the signed-out API answer ----------

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

/** What the API answers a visitor without a session: viewer is null, anything else is UNAUTHENTICATED. */
function graphqlAnswer(body) {
  let operationName;
  try {
    operationName = JSON.parse(body).operationName;
  } catch {
    operationName = undefined;
  }
  if (operationName === 'Viewer') return { data: { viewer: null } };
  return { errors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }] };
}

/**
 * Serves `dist` under `/<app>/` like the API does (assets, else index.html for client-side routes),
 * gzip-compressed as a production front end would send it. Counts viewer queries: proof that the
 * app booted and asked who is signed in.
 */
function startStaticServer(dist, app, port) {
  const base = `/${app}/`;
  const stats = { viewerQueries: 0, requests: 0, notFound: [] };
  // Read and compressed once: the server must not be what the measurement sees.
  const files = new Map();
  const load = (path) => {
    if (!files.has(path)) {
      const raw = readFileSync(path);
      files.set(path, { raw, gzip: COMPRESSIBLE.has(extname(path)) ? gzipSync(raw, { level: 6 }) : null });
    }
    return files.get(path);
  };
  const sendFile = (req, res, path, cacheable) => {
    const file = load(path);
    const headers = {
      'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': cacheable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    let body = file.raw;
    if (file.gzip) {
      headers.Vary = 'Accept-Encoding';
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = file.gzip;
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server = createServer((req, res) => {
    stats.requests += 1;
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/graphql' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const answer = graphqlAnswer(body);
        if (answer.data) stats.viewerQueries += 1;
        const buffer = Buffer.from(JSON.stringify(answer));
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': buffer.length });
        res.end(buffer);
      });
      return;
    }
    if (url.pathname === `/${app}`) {
      res.writeHead(301, { Location: base });
      res.end();
      return;
    }
    if (!url.pathname.startsWith(base)) {
      if (url.pathname !== '/favicon.ico') stats.notFound.push(url.pathname);
      res.writeHead(404).end();
      return;
    }
    const relative = normalize(decodeURIComponent(url.pathname.slice(base.length)));
    const path = join(dist, relative);
    const insideDist = path.startsWith(dist + sep) && !relative.split(sep).some((part) => part.startsWith('.'));
    if (insideDist && relative !== '.' && existsSync(path) && statSync(path).isFile()) {
      sendFile(req, res, path, relative.startsWith(`assets${sep}`));
      return;
    }
    if (extname(relative)) {
      stats.notFound.push(url.pathname);
      res.writeHead(404).end();
      return;
    }
    // A client-side route: the app's index.html, as the API serves it.
    sendFile(req, res, join(dist, 'index.html'), false);
  });
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, '127.0.0.1', () => resolveStart({ server, stats, url: `http://127.0.0.1:${port}${base}` }));
  });
}

async function listenOnFreePort(dist, app, preferred) {
  for (let port = preferred; port < CHROME_PORT_BASE; port += 1) {
    try {
      return await startStaticServer(dist, app, port);
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error;
    }
  }
  throw new Error(`no free port for ${app} in ${preferred}–${CHROME_PORT_BASE - 1}`);
}

// ---------- Lighthouse ----------

const median = (values) => {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Resolves whether nothing listens on `port` (a Chromium that was just killed may still hold it). */
function portIsFree(port) {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

let nextChromePort = CHROME_PORT_BASE;

/** A debugging port in 4850–4899 that nothing holds: each run gets the next one. */
async function freeChromePort() {
  for (let tries = 0; tries < 50; tries += 1) {
    const port = nextChromePort;
    nextChromePort = port + 1 > 4899 ? CHROME_PORT_BASE : port + 1;
    if (await portIsFree(port)) return port;
  }
  throw new Error('no free port for Chromium in 4850–4899');
}

/** One Lighthouse navigation in a fresh Chromium (its defaults: mobile, simulated throttling). */
async function lighthouseRun(url, saveReportAs) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
    port: await freeChromePort(),
    logLevel: 'silent',
  });
  try {
    // Lighthouse simulates throttling from the tasks it observes: a busy box inflates TBT, so each run records the load.
    const load1 = Math.round(loadavg()[0] * 100) / 100;
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
    const lhr = result.lhr;
    if (saveReportAs) writeFileSync(saveReportAs, JSON.stringify(lhr));
    const audit = (id) => lhr.audits[id]?.numericValue ?? null;
    const lcpElement = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
    return {
      score: lhr.categories.performance.score,
      load1,
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      fcpMs: audit('first-contentful-paint'),
      speedIndexMs: audit('speed-index'),
      lcpElement: lcpElement ? (lcpElement.nodeLabel ?? lcpElement.snippet ?? null) : null,
      runtimeError: lhr.runtimeError?.message ?? null,
      warnings: lhr.runWarnings ?? [],
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent ?? null,
      transferBytes: lhr.audits['total-byte-weight']?.numericValue ?? null,
    };
  } finally {
    await chrome.kill();
  }
}

async function measureApp(root, app, index, runs, reportDir) {
  const dist = distOf(root, app);
  const bundle = measureBundle(dist, app);
  const results = [];
  if (runs === 0) {
    // Sizes only (--runs=0): no server, no browser.
    const lighthouse = { runs: [], median: {}, scoreMin: null, scoreMax: null, lcpElement: null, errors: [] };
    return { app, url: null, page: 'not loaded (sizes only)', bundle, lighthouse, server: null };
  }
  const { server, stats, url } = await listenOnFreePort(dist, app, SERVER_PORT_BASE + index);
  try {
    for (let run = 0; run < runs; run += 1) {
      const saveAs = reportDir ? join(reportDir, `${app}-${run + 1}.lighthouse.json`) : null;
      results.push(await lighthouseRun(url, saveAs));
    }
  } finally {
    await new Promise((done) => server.close(done));
  }
  const pick = (key) => median(results.map((r) => r[key]));
  const scores = results.map((r) => r.score).filter((s) => s != null);
  return {
    app,
    url,
    page: 'sign-in screen (no session: /graphql answers viewer: null)',
    bundle,
    lighthouse: {
      runs: results,
      median: {
        score: pick('score'),
        lcpMs: pick('lcpMs'),
        tbtMs: pick('tbtMs'),
        cls: pick('cls'),
        fcpMs: pick('fcpMs'),
        speedIndexMs: pick('speedIndexMs'),
        transferBytes: pick('transferBytes'),
      },
      scoreMin: scores.length ? Math.min(...scores) : null,
      scoreMax: scores.length ? Math.max(...scores) : null,
      lcpElement: results.find((r) => r.lcpElement)?.lcpElement ?? null,
      errors: results.map((r) => r.runtimeError).filter(Boolean),
    },
    server: stats,
  };
}

// ---------- report ----------

const fmt = (n, digits = 1) => (n == null ? 'n/a' : n.toFixed(digits));
const seconds = (ms) => (ms == null ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ').slice(0, 80);

function goalsFor(apps) {
  const goals = [];
  for (const a of apps) {
    const js = kb(a.bundle.initialJs.gzip);
    goals.push({
      id: 'G11',
      text: `${a.app}: initial JS ≤ ${INITIAL_JS_BUDGET_KB} kB gzip`,
      value: js,
      pass: js <= INITIAL_JS_BUDGET_KB,
      note: `brotli ${fmt(kb(a.bundle.initialJs.brotli))} kB, ${a.bundle.initialJs.files.length} files`,
    });
    const m = a.lighthouse.median;
    if (a.lighthouse.runs.length === 0) continue;
    goals.push({
      id: 'G11',
      text: `${a.app}: Lighthouse 12 performance ≥ ${SCORE_MIN} (mobile, simulated, median of ${a.lighthouse.runs.length})`,
      value: m.score,
      pass: m.score == null ? null : m.score >= SCORE_MIN,
      note: `LCP ${seconds(m.lcpMs)}, TBT ${fmt(m.tbtMs, 0)} ms, CLS ${fmt(m.cls, 3)}`,
    });
  }
  return goals;
}

function markdownFor(apps, env) {
  const lines = [
    '## Frontends: first visit to each app (G11)',
    '',
    `Page measured: each app's sign-in screen (\`/<app>/\`, no session; /graphql answers \`viewer: null\` like the API). ` +
      `Lighthouse ${env.lighthouse}, ${env.chromium}, mobile preset with simulated throttling, ${env.runs} runs per app ` +
      '(a fresh browser each), median per metric; score range in brackets. Initial JS: the entry chunk and its static ' +
      "imports per Vite's manifest, gzip level 6 / brotli 11, 1 kB = 1,000 bytes. Served gzip-compressed by a static server.",
    '',
    '| app | initial JS gzip | brotli | raw | files | initial CSS gzip | later chunks gzip | score | LCP | TBT | CLS | FCP | LCP element |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const a of apps) {
    const b = a.bundle;
    const m = a.lighthouse.median;
    lines.push(
      `| ${a.app} | ${fmt(kb(b.initialJs.gzip))} kB | ${fmt(kb(b.initialJs.brotli))} kB | ${fmt(kb(b.initialJs.raw))} kB | ` +
        `${b.initialJs.files.length} | ${fmt(kb(b.initialCss.gzip))} kB | ${b.lazyJs ? `${fmt(kb(b.lazyJs.gzip))} kB in ${b.lazyJs.chunks}` : 'n/a'} | ` +
        `${fmt(m.score, 2)} [${fmt(a.lighthouse.scoreMin, 2)}–${fmt(a.lighthouse.scoreMax, 2)}] | ${seconds(m.lcpMs)} | ${fmt(m.tbtMs, 0)} ms | ` +
        `${fmt(m.cls, 3)} | ${seconds(m.fcpMs)} | ${cell(a.lighthouse.lcpElement ?? 'n/a')} |`,
    );
  }
  lines.push('', 'Initial JS by file (gzip kB):', '');
  for (const a of apps) {
    const files = a.bundle.initialJs.files
      .map((f) => `${f.file.replace(/^assets\//, '')} ${fmt(kb(f.gzip))}`)
      .join(', ');
    lines.push(`- **${a.app}** (${a.bundle.source}): ${files}`);
  }
  lines.push(
    '',
    "Later screens: JS a lazily loaded chunk fetches beyond the sign-in screen's (gzip kB, its static imports included):",
    '',
  );
  for (const a of apps) {
    const later = a.bundle.later
      .map((l) => `${l.src.replace(/^src\/(modules\/)?/, '').replace(/\.tsx?$/, '')} ${fmt(kb(l.gzip))}`)
      .join(', ');
    if (later) lines.push(`- **${a.app}**: ${later}`);
  }
  const problems = apps.flatMap((a) => [
    ...a.lighthouse.errors.map((e) => `${a.app}: Lighthouse error ${e}`),
    ...(a.server && a.server.viewerQueries === 0
      ? [`${a.app}: the app never asked /graphql for the viewer (did it boot?)`]
      : []),
    ...(a.server?.notFound ?? []).map((path) => `${a.app}: 404 ${path}`),
  ]);
  lines.push(
    '',
    `Environment: ${env.cpu}, ${env.cores} cores, ${env.memoryGb} GB RAM, load average at start ${env.loadAtStart.join(' / ')} (shared box); Node ${env.node}.`,
  );
  lines.push(
    '',
    'Notes: Lighthouse simulates a slow phone from the tasks it observes (×4), so a busy box raises TBT; each run ' +
      "records the load average (data.apps[].lighthouse.runs[].load1). The API's own static serving " +
      '(api/src/server/http.ts, express.static) does not compress: these transfer sizes assume gzip in front of it.',
  );
  if (problems.length) lines.push('', 'Problems:', '', ...problems.map((p) => `- ${p}`));
  lines.push('');
  return lines;
}

function chromiumVersion() {
  try {
    return execFileSync(CHROME_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return `Chromium (${CHROME_PATH})`;
  }
}

/**
 * Measures every app (or `options.apps`), `options.runs` Lighthouse runs each (default 3).
 * `options.appsRoot`: a folder holding `<app>-ui/dist` builds other than this checkout's (to compare).
 * `options.reportDir`: also save each run's full Lighthouse report (JSON) there.
 * Returns the markdown section, the G11 goal rows and the raw data.
 */
export async function measureFrontends(options = {}) {
  const apps = options.apps ?? FRONTEND_APPS;
  const runs = options.runs ?? 3;
  const appsRoot = options.appsRoot ? resolve(options.appsRoot) : repoRoot;
  process.env.CHROME_PATH = CHROME_PATH;
  const built = ensureBuilt(appsRoot, apps);
  const env = {
    lighthouse: JSON.parse(readFileSync(join(benchDir, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version,
    chromium: chromiumVersion(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
    runs,
    builtHere: built,
    appsRoot,
  };
  const measured = [];
  for (const [index, app] of apps.entries())
    measured.push(await measureApp(appsRoot, app, index, runs, options.reportDir));
  env.loadAtEnd = loadavg().map((n) => Math.round(n * 100) / 100);
  return { markdownLines: markdownFor(measured, env), goals: goalsFor(measured), data: { env, apps: measured } };
}

// ---------- standalone ----------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const apps = arg('apps')?.split(',').filter(Boolean);
  const unknown = (apps ?? []).filter((app) => !FRONTEND_APPS.includes(app));
  if (unknown.length) {
    console.error(`unknown app(s) ${unknown.join(', ')}; apps: ${FRONTEND_APPS.join(', ')}`);
    process.exit(2);
  }
  const runs = arg('runs') ? Number(arg('runs')) : undefined;
  const reportDir = arg('reports');
  if (reportDir) mkdirSync(reportDir, { recursive: true });
  const report = await measureFrontends({ apps, runs, reportDir, appsRoot: arg('apps-root') });
  const lines = [...report.markdownLines, '| goal | measure | value | result | note |', '|---|---|---:|---|---|'];
  for (const g of report.goals)
    lines.push(
      `| ${g.id} | ${g.text} | ${fmt(g.value, 2)} | ${g.pass == null ? 'n/a' : g.pass ? 'pass' : '**fail**'} | ${g.note} |`,
    );
  console.log(lines.join('\n'));
  const jsonPath = arg('json');
  if (jsonPath) writeFileSync(jsonPath, JSON.stringify(report, null, 2) + '\n');
}
