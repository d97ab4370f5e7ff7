import { createPracticeFixture, type PracticeFixture } from '../../../test/fixtures';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client';
import { startTestServer, type TestServer } from '../../../test/test-server';

let server: TestServer;
let fx: PracticeFixture;
const SEARCH = `query ($s: String!) { formularyDrugs(search: $s) { id name controlledSchedule commonStrengths forms } }`;

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'formulary');
});
afterAll(() => server.close());

it('finds formulary drugs by the start of their name, with schedule, strengths and forms', async () => {
  const clinician = new GraphQLClient(server.url);
  await clinician.login(fx.emails.clinician);
  const response = await clinician.request(SEARCH, { s: 'sert' });
  expect(response.errors).toBeUndefined();
  expect(response.data.formularyDrugs[0]).toMatchObject({ id: 'sertraline', controlledSchedule: null });
  const controlled = await clinician.request(SEARCH, { s: 'alpraz' });
  expect(controlled.data.formularyDrugs[0]).toMatchObject({ id: 'alprazolam', controlledSchedule: 'IV' });
});

it.each(['frontDesk', 'biller', 'patient'] as const)('is refused to %s', async (persona) => {
  const client = new GraphQLClient(server.url);
  await client.login(fx.emails[persona]);
  expect(errorCodes(await client.request(SEARCH, { s: 'sert' }))).toEqual(['FORBIDDEN']);
});
