import { bookVisit } from '../../../test/book-visit';
import { createPracticeFixture, type PracticeFixture } from '../../../test/fixtures';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client';
import { startTestServer, type TestServer } from '../../../test/test-server';

let server: TestServer;
let fx: PracticeFixture;
type Persona = 'clinician' | 'frontDesk' | 'biller' | 'manager' | 'patient';
const as = {} as Record<Persona, GraphQLClient>;

const COUNTS = `{ attentionByClinician { staffMemberId name unsignedNotes lateNotes awaitingCosignature heldCharges
  openSafetyAlerts planReviewsDue } }`;

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'attention-counts');
  for (const persona of ['clinician', 'frontDesk', 'biller', 'manager', 'patient'] as const) {
    as[persona] = new GraphQLClient(server.url);
    await as[persona].login(fx.emails[persona]);
  }
  const booked = await bookVisit(as.frontDesk, fx, {
    providerId: fx.staff.clinician,
    patientIds: [fx.patientId],
    startsAt: new Date(Date.UTC(2027, 2, 2, 15)).toISOString(),
  });
  const started = await as.clinician.request(
    'mutation ($input: StartProgressNoteInput!) { startProgressNote(input: $input) { id } }',
    { input: { appointmentId: booked.id } },
  );
  expect(started.errors).toBeUndefined();
});
afterAll(() => server.close());

it("gives the practice manager each clinician's open work as counts, without any patient detail", async () => {
  const response = await as.manager.request(COUNTS);
  expect(response.errors).toBeUndefined();
  const rows = response.data.attentionByClinician as Record<string, unknown>[];
  const mine = rows.find((row) => row.staffMemberId === fx.staff.clinician);
  expect(mine).toMatchObject({ unsignedNotes: 1, lateNotes: 0, awaitingCosignature: 0, heldCharges: 0 });
  expect(rows.every((row) => Object.keys(row).every((key) => !/patient/i.test(key)))).toBe(true);
});

it.each(['clinician', 'frontDesk', 'biller', 'patient'] as const)('is refused to %s', async (persona) => {
  expect(errorCodes(await as[persona].request(COUNTS))).toEqual(['FORBIDDEN']);
});
