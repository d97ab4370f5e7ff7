// Permission tax: the same GraphQL list query against the same data, with the permission layer
// (data-class field guards + graphql-shield operation rules) on and off. Reports req/s of each
// and their ratio (goal >= 0.90). Reads of audited classes are recorded in both (the audit is
// required, not a permission); "off" drops only the checks. Run: pnpm bench:permissions.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const here = dirname(fileURLToPath(import.meta.url));
const apiDir = join(here, '..', 'api');
const PORT = 4100;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 8;

const QUERIES = {
  // 100 patients with demographics, insurance, care team and diagnosis codes: a billing list.
  'manager: 100-patient list': {
    email: 'manager@riverbend.test',
    query: `{ patients(first: 100) { totalCount nodes { id mrn legalFirstName legalLastName preferredName dateOfBirth mobilePhone status
      schedulingPreferences insurancePolicies { memberId copayCents priority payer { name } }
      careTeam { role staffMember { displayName credentials } } diagnoses { icd10Code description isPrimary } } } }`,
  },
  // A clinician's caseload with clinical fields: exercises care-team row checks and read auditing.
  'clinician: caseload with clinical notes': {
    email: 'clinician@riverbend.test',
    query: `{ patients(first: 100) { totalCount nodes { id mrn legalFirstName legalLastName dateOfBirth
      careTeam { role staffMember { displayName } } diagnoses { icd10Code description clinicalNote } } } }`,
  },
};

async function startApi(permissions) {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/scripts/bench-serve.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      PORT: String(PORT),
      HANDOFF_BENCH: 'on',
      HANDOFF_BENCH_PERMISSIONS: permissions,
      HANDOFF_LOG: 'silent',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('bench api ready') && resolve());
    child.on('exit', (code) => reject(new Error(`bench api exited ${code}`)));
  });
  return child;
}

async function login(email) {
  const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(email: "${email}", password: "handoff-demo") { id } }` }),
  });
  return response.headers.get('set-cookie').split(';')[0];
}

async function measure(email, query) {
  const cookie = await login(email);
  const body = JSON.stringify({ query });
  const check = await (
    await fetch(`http://127.0.0.1:${PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body,
    })
  ).json();
  const forbidden = (check.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN');
  if (forbidden.length > 0) throw new Error(`query failed: ${JSON.stringify(forbidden).slice(0, 300)}`);
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body,
    connections: CONNECTIONS,
    duration: DURATION,
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const results = {};
for (const name of Object.keys(QUERIES)) results[name] = { on: [], off: [], p99on: [], p99off: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const permissions of round % 2 === 0 ? ['on', 'off'] : ['off', 'on']) {
    const api = await startApi(permissions);
    try {
      for (const [name, { email, query }] of Object.entries(QUERIES)) {
        await measure(email, query); // warm-up pass, also checks the query works
        const run = await measure(email, query);
        results[name][permissions].push(run.rps);
        results[name][`p99${permissions}`].push(run.p99);
        console.log(
          `round ${round + 1} permissions ${permissions.padEnd(3)} ${name}: ${run.rps.toFixed(1)} req/s, p99 ${run.p99} ms`,
        );
      }
    } finally {
      api.kill('SIGTERM');
      await new Promise((resolve) => api.on('exit', resolve));
    }
  }
}

const report = Object.entries(results).map(([name, r]) => ({
  query: name,
  onRps: median(r.on),
  offRps: median(r.off),
  ratio: median(r.on) / median(r.off),
  onP99: median(r.p99on),
  offP99: median(r.p99off),
}));
const lines = [
  `# Permission tax (${new Date().toISOString().slice(0, 10)})`,
  '',
  `${ROUNDS} rounds x ${DURATION}s, ${CONNECTIONS} connections, medians. Ratio = permissions on / off (goal >= 0.90); reads of audited classes are recorded in both.`,
  '',
  '| query | on req/s | off req/s | ratio | p99 on ms | p99 off ms |',
  '|---|---:|---:|---:|---:|---:|',
  ...report.map(
    (r) =>
      `| ${r.query} | ${r.onRps.toFixed(1)} | ${r.offRps.toFixed(1)} | ${r.ratio.toFixed(3)} | ${r.onP99} | ${r.offP99} |`,
  ),
];
console.log('\n' + lines.join('\n'));
mkdirSync(join(here, 'results'), { recursive: true });
const stamp = new Date().toISOString().slice(0, 10);
writeFileSync(join(here, 'results', `${stamp}-permission-tax.md`), lines.join('\n') + '\n');
writeFileSync(join(here, 'results', `${stamp}-permission-tax.json`), JSON.stringify(report, null, 2) + '\n');
