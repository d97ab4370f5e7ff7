// G5 (linearity) and G6 (read-path tax), measured inside one API process where HTTP and the load
// generator would only add noise: api/src/scripts/bench-inprocess.ts does the work and prints
// JSON; this turns it into the report's section and goals.
import { spawn } from 'node:child_process';
import { apiDir, benchUrl } from './frontdesk-data.mjs';

function runScript(env) {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/scripts/bench-inprocess.ts'], {
    cwd: apiDir,
    env: { ...process.env, HANDOFF_LOG: 'silent', HANDOFF_BENCH: 'on', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop()))
        : reject(new Error(`bench-inprocess exited ${code}`)),
    );
  });
}

const f1 = (n) => n.toFixed(1);

/** `facilityId` and `day` pick the Q1 calendar (its providers give the ~100-row case). */
export async function measureInProcess({ facilityId, day }) {
  const data = await runScript({ DATABASE_URL: benchUrl('M'), BENCH_FACILITY_ID: facilityId, BENCH_DAY: day });
  const rowsNear = (target) =>
    data.linearity.reduce((best, l) => (Math.abs(l.rows - target) < Math.abs(best.rows - target) ? l : best));
  const small = rowsNear(100);
  const large = rowsNear(1600);
  const g5 = large.cpuMicrosPerRow.on / small.cpuMicrosPerRow.on;
  const g5off = large.cpuMicrosPerRow.off / small.cpuMicrosPerRow.off;
  // Per row at 100 rows carries the request's fixed cost; the marginal cost per row between the
  // largest two sizes shows whether work per row grows with the rows.
  const [, , third, fourth] = data.linearity;
  const marginal = (l1, l2) => (l2.cpuMicrosPerRequest.on - l1.cpuMicrosPerRequest.on) / (l2.rows - l1.rows);
  const worstReadPath = Math.max(...data.readPath.map((r) => r.ratio));
  const markdownLines = [
    '## In process: CPU per row as rows grow (G5), and the read path against bare pg (G6)',
    '',
    "One API process, the front desk's context, sequential runs until 1.5 s of wall time each after a warm-up; CPU of the process (process.cpuUsage). " +
      'Execution = the Q1 selection executed against the real schema with graphql-js (request context, the read SQL and JSON.stringify included).',
    '',
    '| rows | CPU µs/request, permissions on | off | µs/row on | µs/row off |',
    '|---:|---:|---:|---:|---:|',
    ...data.linearity.map(
      (l) =>
        `| ${l.rows} | ${Math.round(l.cpuMicrosPerRequest.on)} | ${Math.round(l.cpuMicrosPerRequest.off)} | ${f1(l.cpuMicrosPerRow.on)} | ${f1(l.cpuMicrosPerRow.off)} |`,
    ),
    '',
    'Read path = `readAppointments` (the statement through MikroORM’s connection, rows mapped to views) against the same statement and parameters through a bare `pg` client.',
    '',
    '| calendar | rows | read path CPU µs | bare pg CPU µs | ratio |',
    '|---|---:|---:|---:|---:|',
    ...data.readPath.map(
      (r) =>
        `| ${r.label} | ${r.rows} | ${Math.round(r.ormMicros)} | ${Math.round(r.pgMicros)} | ${r.ratio.toFixed(2)} |`,
    ),
    '',
  ];
  const goals = [
    {
      id: 'G5',
      text: `CPU per row at ${large.rows} rows ÷ at ${small.rows} rows (Q1 selection, permissions on) ≤ 1.25`,
      value: g5,
      pass: g5 <= 1.25,
      note: `permissions off: ${g5off.toFixed(2)}; marginal µs/row ${data.linearity[0].rows}→${data.linearity[1].rows}: ${f1(marginal(data.linearity[0], data.linearity[1]))}, ${third.rows}→${fourth.rows}: ${f1(marginal(third, fourth))}`,
    },
    {
      id: 'G6',
      text: 'read path CPU ÷ bare pg for the same rows (calendar day and week) ≤ 1.5',
      value: worstReadPath,
      pass: worstReadPath <= 1.5,
      note: data.readPath.map((r) => `${r.label} ${r.ratio.toFixed(2)}`).join(', '),
    },
  ];
  return { markdownLines, goals, data };
}
