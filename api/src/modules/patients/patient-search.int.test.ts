import { randomUUID } from 'node:crypto';
import { createPracticeFixture, type PracticeFixture } from '../../test/fixtures';
import { GraphQLClient } from '../../test/graphql-client';
import { startTestServer, type TestServer } from '../../test/test-server';
import { PATIENT_COUNT_LIMIT } from './patient-search';

let server: TestServer;
let fx: PracticeFixture;
let frontDesk: GraphQLClient;

/** Adds patients straight to the table: what is under test is reading them back. */
async function addPatients(names: Array<[first: string, last: string]>, mrnPrefix: string) {
  const rows = names.map(([first, last], i) => [randomUUID(), `${mrnPrefix}${String(i).padStart(5, '0')}`, first, last]);
  await server.orm.em.getConnection().execute(
    `insert into patient (id, practice_id, created_at, updated_at, mrn, legal_first_name, legal_last_name,
       date_of_birth, sex_assigned_at_birth)
     select (r->>0)::uuid, ?, now(), now(), r->>1, r->>2, r->>3, date '1980-01-01', 'FEMALE'
       from jsonb_array_elements(?::jsonb) r`,
    [fx.practiceId, JSON.stringify(rows)],
  );
}

const SEARCH = `query ($s: String, $n: Int!, $after: String) {
  patients(search: $s, first: $n, after: $after) { totalCount totalCountIsExact nextCursor nodes { legalFirstName legalLastName } }
}`;

async function search(s: string, n = 25, after?: string) {
  const response = await frontDesk.request(SEARCH, { s, n, after });
  expect(response.errors).toBeUndefined();
  return response.data.patients;
}
const names = (page: { nodes: Array<{ legalFirstName: string; legalLastName: string }> }) =>
  page.nodes.map((p) => `${p.legalFirstName} ${p.legalLastName}`);

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'patient-search');
  frontDesk = new GraphQLClient(server.url);
  await frontDesk.login(fx.emails.frontDesk);
  await addPatients(
    [
      ['Ann', 'smith'],
      ['Zoe', 'Smith'],
      ['Smita', 'Anand'],
      ['Omar', 'Kasmir'],
      ['Bea', 'Smiley'],
      ['Carl', 'Smith-Jones'],
    ],
    'S',
  );
});
afterAll(() => server.close());

describe('searching patients by name', () => {
  it('finds names that start with what was typed, last-name matches first, each alphabetically', async () => {
    const page = await search('smi');
    // Kasmir contains "smi" but no word of the name starts with it.
    expect(names(page)).toEqual(['Bea Smiley', 'Ann smith', 'Zoe Smith', 'Carl Smith-Jones', 'Smita Anand']);
    expect(page).toMatchObject({ totalCount: 5, totalCountIsExact: true, nextCursor: null });
  });

  it('needs every typed word, in any order', async () => {
    expect(names(await search('zoe smi'))).toEqual(['Zoe Smith']);
    expect(names(await search('smith, an'))).toEqual(['Ann smith']);
  });

  it('pages in the same order', async () => {
    const first = await search('smi', 2);
    const second = await search('smi', 2, first.nextCursor);
    const third = await search('smi', 2, second.nextCursor);
    expect([...names(first), ...names(second), ...names(third)]).toEqual(names(await search('smi')));
    expect(third.nextCursor).toBeNull();
  });

  it(`stops counting after ${PATIENT_COUNT_LIMIT} matches and says so`, async () => {
    await addPatients(
      Array.from({ length: PATIENT_COUNT_LIMIT + 20 }, (_, i) => [`Many${i}`, 'Manyfold']),
      'M',
    );
    const page = await search('manyfold', 25);
    expect(page).toMatchObject({ totalCount: PATIENT_COUNT_LIMIT, totalCountIsExact: false });
    expect(page.nodes).toHaveLength(25);
    expect(page.nextCursor).not.toBeNull();

    const exact = await search('manyfold many519', 25);
    expect(exact).toMatchObject({ totalCount: 1, totalCountIsExact: true });
  });
});
