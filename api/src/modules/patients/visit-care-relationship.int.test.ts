import { bookVisit } from '../../test/book-visit';
import { createPracticeFixture, type PracticeFixture } from '../../test/fixtures';
import { GraphQLClient } from '../../test/graphql-client';
import { startTestServer, type TestServer } from '../../test/test-server';

/**
 * A clinician with a (not cancelled) visit with a patient is on their care team. The relation is
 * kept by database triggers (provider_patient): these tests change visits through the API and
 * check what the clinician may read right after.
 */
let server: TestServer;
let fx: PracticeFixture;
let frontDesk: GraphQLClient;
let other: GraphQLClient;

const CAN_READ = 'query ($id: ID!) { patient(id: $id) { legalLastName } }';

async function canRead(): Promise<boolean> {
  const response = await other.request(CAN_READ, { id: fx.patientId });
  return typeof response.data?.patient?.legalLastName === 'string';
}

function book(hourUtc: number): Promise<{ id: string; version: number }> {
  const startsAt = new Date(Date.UTC(2027, 2, 2, hourUtc)).toISOString();
  return bookVisit(frontDesk, fx, { providerId: fx.staff.otherClinician, patientIds: [fx.patientId], startsAt });
}

function cancel(appointment: { id: string; version: number }) {
  return frontDesk.request(
    'mutation ($id: ID!, $input: CancelAppointmentInput!) { cancelAppointment(id: $id, input: $input) { id } }',
    { id: appointment.id, input: { version: appointment.version, reason: 'Patient called', late: false } },
  );
}

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'visit-care');
  frontDesk = new GraphQLClient(server.url);
  await frontDesk.login(fx.emails.frontDesk);
  other = new GraphQLClient(server.url);
  await other.login(fx.emails.otherClinician);
});
afterAll(() => server.close());

it('follows booking and cancelling: the visit opens the chart, its cancellation closes it again', async () => {
  expect(await canRead()).toBe(false);
  const visit = await book(15);
  expect(await canRead()).toBe(true);
  expect((await cancel(visit)).errors).toBeUndefined();
  expect(await canRead()).toBe(false);
});

it('keeps the relation while any visit remains, also when a cancellation and a booking race', async () => {
  const first = await book(16);
  const [cancelled, second] = await Promise.all([cancel(first), book(18)]);
  expect(cancelled.errors).toBeUndefined();
  expect(second.id).toEqual(expect.any(String));
  expect(await canRead()).toBe(true);
  expect((await cancel(second)).errors).toBeUndefined();
  expect(await canRead()).toBe(false);
});

it('moves with the visit when it is given to another provider', async () => {
  const visit = await book(19);
  expect(await canRead()).toBe(true);
  const moved = await frontDesk.request(
    'mutation ($id: ID!, $input: RescheduleAppointmentInput!) { rescheduleAppointment(id: $id, input: $input) { id } }',
    {
      id: visit.id,
      input: {
        version: visit.version,
        startsAt: new Date(Date.UTC(2027, 2, 2, 19)).toISOString(),
        minutes: 50,
        providerId: fx.staff.clinician,
      },
    },
  );
  expect(moved.errors).toBeUndefined();
  expect(await canRead()).toBe(false);
});
