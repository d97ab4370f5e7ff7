// G10: the same operations at size L (three times M: 60,000 patients, ~600,000 appointments) and
// at size M, our API only, back to back, one connection: latency should not grow with the data
// when the statements use indexes. Same calendar day (~400 appointments at either size: every
// generated facility has 40 providers), same search prefix.
import autocannon from 'autocannon';
import { STATEMENTS } from './floor-server.mjs';
import {
  API_CALENDAR,
  API_SEARCH,
  benchFacilities,
  calendarWindow,
  connectBenchDb,
  ensureDatabase,
  generateIfMissing,
  login,
  startApi,
  stopApi,
} from './frontdesk-data.mjs';

async function prepare(size) {
  await ensureDatabase(size);
  const api = await startApi(4640, { size }); // applies migrations and seeds the demo practice
  await stopApi(api);
  const db = await connectBenchDb(size);
  try {
    const generation = await generateIfMissing(db, size);
    const [facility] = await benchFacilities(db);
    const window = await calendarWindow(db, facility.id, '2026-12-09', 1);
    // The plans of the statements behind Q1 and Q3 (the floor's, which read what the API reads).
    const {
      rows: [{ id: practiceId }],
    } = await db.query(`select id from practice where slug = 'riverbend'`);
    const explain = async (op, variables) => {
      const { text, params } = STATEMENTS[op];
      const { rows } = await db.query(`explain (analyze, buffers, costs off) ${text}`, params(variables));
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    };
    const plans = {
      Q1: await explain('Q1', { practiceId, facilityId: facility.id, ...window }),
      Q3: await explain('Q3', { practiceId, search: 'smi', first: 25 }),
    };
    return { generation, facility, window, plans };
  } finally {
    await db.end();
  }
}

async function latency(port, cookie, body, seconds) {
  const options = {
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
    connections: 1,
  };
  await autocannon({ ...options, duration: 1 });
  const result = await autocannon({ ...options, duration: seconds });
  return {
    mean: result.latency.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

export async function measureScale({ seconds = 4 } = {}) {
  const sizes = {};
  for (const size of ['L', 'M']) {
    const { generation, facility, window, plans } = await prepare(size);
    const port = 4642;
    const api = await startApi(port, { size });
    try {
      const cookie = await login(port);
      const q1 = { query: API_CALENDAR, variables: { ...window, f: facility.id } };
      const rows = (
        await (
          await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify(q1),
          })
        ).json()
      ).data.calendar.length;
      sizes[size] = {
        generatedSeconds: generation.skipped ? 0 : generation.seconds,
        plans,
        q1Rows: rows,
        Q1: await latency(port, cookie, q1, seconds),
        Q3: await latency(port, cookie, { query: API_SEARCH, variables: { s: 'smi', n: 25 } }, seconds),
      };
    } finally {
      await stopApi(api);
    }
  }
  const ratio = (op) => sizes.L[op].mean / sizes.M[op].mean;
  const markdownLines = [
    '## Size L against size M (G10)',
    '',
    `Our API, one connection, 1 s warm-up then ${seconds} s, back to back. Q1 returns ${sizes.M.q1Rows} appointments at M and ${sizes.L.q1Rows} at L (same facility day); Q3 searches "smi" (first 25; names starting with it, total counted up to 500). Latency in ms (mean, p50, p99).`,
    '',
    '| op | M mean | M p50 | M p99 | L mean | L p50 | L p99 | L ÷ M (mean) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...['Q1', 'Q3'].map(
      (op) =>
        `| ${op} | ${sizes.M[op].mean.toFixed(2)} | ${sizes.M[op].p50} | ${sizes.M[op].p99} | ${sizes.L[op].mean.toFixed(2)} | ${sizes.L[op].p50} | ${sizes.L[op].p99} | ${ratio(op).toFixed(2)} |`,
    ),
    '',
    'Plans (EXPLAIN ANALYZE of the same reads, as the floor writes them):',
    '',
    ...['M', 'L'].flatMap((size) =>
      ['Q1', 'Q3'].flatMap((op) => [
        `<details><summary>${op} at size ${size}</summary>`,
        '',
        '```',
        sizes[size].plans[op],
        '```',
        '',
        '</details>',
        '',
      ]),
    ),
  ];
  const worst = Math.max(ratio('Q1'), ratio('Q3'));
  return {
    markdownLines,
    goals: [
      {
        id: 'G10',
        text: 'size L ÷ size M latency (mean, 1 connection), Q1 and Q3 ≤ 1.2',
        value: worst,
        pass: worst <= 1.2,
        note: `Q1 ${ratio('Q1').toFixed(2)}, Q3 ${ratio('Q3').toFixed(2)}`,
      },
    ],
    data: sizes,
  };
}
