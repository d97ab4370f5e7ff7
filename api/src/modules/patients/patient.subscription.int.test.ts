import { createPracticeFixture, type PracticeFixture } from '../../test/fixtures';
import { GraphQLClient, signedIn } from '../../test/graphql-client';
import { collect, subscriptionClient } from '../../test/subscription-client';
import { startTestServer, testRedisUrl, twoInstancesViaRedis, type TestServer } from '../../test/test-server';

let server: TestServer;
let fx: PracticeFixture;

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'live');
});
afterAll(() => server.close());

const SUBSCRIPTION = 'subscription ($id: ID!) { patientUpdated(id: $id) { id preferredName legalFirstName } }';
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

const as = (email: string) => signedIn(server.url, email);

async function rename(editor: GraphQLClient, patientId: string, preferredName: string) {
  const current = await editor.request('query ($id: ID!) { patient(id: $id) { version } }', { id: patientId });
  const response = await editor.request(
    'mutation ($id: ID!, $input: UpdatePatientInput!) { updatePatient(id: $id, input: $input) { id } }',
    {
      id: patientId,
      input: { version: current.data.patient.version, preferredName },
    },
  );
  expect(response.errors).toBeUndefined();
}

it('the front desk sees a patient change live', async () => {
  const desk = await as(fx.emails.frontDesk);
  const ws = subscriptionClient(server.url, desk.sessionCookie);
  const live = collect(ws, SUBSCRIPTION, { id: fx.patientId });
  await settle();
  await rename(desk, fx.patientId, 'Polly');
  await live.waitFor(1);
  expect(live.received[0]?.data?.patientUpdated).toMatchObject({
    id: fx.patientId,
    preferredName: 'Polly',
    legalFirstName: 'Paula',
  });
  live.unsubscribe();
  await ws.dispose();
});

it('field permissions apply to every event: a clinician off the care team gets the event without the demographics', async () => {
  const desk = await as(fx.emails.frontDesk);
  const outsider = await as(fx.emails.otherClinician);
  const ws = subscriptionClient(server.url, outsider.sessionCookie);
  const live = collect(ws, SUBSCRIPTION, { id: fx.patientId });
  await settle();
  await rename(desk, fx.patientId, 'Pip');
  await live.waitFor(1);
  expect(live.received[0]?.data?.patientUpdated).toEqual({
    id: fx.patientId,
    preferredName: null,
    legalFirstName: null,
  });
  expect(live.received[0]?.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  live.unsubscribe();
  await ws.dispose();
});

it('a patient cannot subscribe to a patient record and receives nothing', async () => {
  const desk = await as(fx.emails.frontDesk);
  const patient = await as(fx.emails.patient);
  const ws = subscriptionClient(server.url, patient.sessionCookie);
  const live = collect(ws, SUBSCRIPTION, { id: fx.patientId });
  await settle();
  await rename(desk, fx.patientId, 'Pat');
  await live.waitFor(1, 1000);
  expect(live.received.every((m) => !m.data?.patientUpdated)).toBe(true);
  const codes = [...live.received.flatMap((m) => m.errors ?? []), ...((live.failure as any[]) ?? [])].map(
    (e: any) => e.extensions?.code,
  );
  expect(codes).toContain('FORBIDDEN');
  await ws.dispose();
});

it('a WebSocket without a session is refused', async () => {
  const ws = subscriptionClient(server.url, undefined);
  const live = collect(ws, SUBSCRIPTION, { id: fx.patientId });
  await live.waitFor(1, 2000);
  expect(live.received).toHaveLength(0);
  expect(live.failure).toBeDefined();
  await ws.dispose();
});

it('after sign-out the next event is refused, not delivered', async () => {
  const desk = await as(fx.emails.frontDesk);
  const billing = await as(fx.emails.biller);
  const ws = subscriptionClient(server.url, billing.sessionCookie);
  const live = collect(ws, SUBSCRIPTION, { id: fx.patientId });
  await settle();
  await billing.request('mutation { logout }');
  await rename(desk, fx.patientId, 'After');
  await live.waitFor(1);
  expect(live.received[0]?.data?.patientUpdated ?? null).toBeNull();
  expect(live.received[0]?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  await ws.dispose();
});

(testRedisUrl ? describe : describe.skip)('several API instances (Redis fan-out; set REDIS_URL to run)', () => {
  const instances = twoInstancesViaRedis();

  it('a change made through instance A reaches a subscriber on instance B', async () => {
    const deskOnA = new GraphQLClient(instances.a.url);
    await deskOnA.login(fx.emails.frontDesk);
    const deskOnB = new GraphQLClient(instances.b.url);
    await deskOnB.login(fx.emails.manager);
    const ws = subscriptionClient(instances.b.url, deskOnB.sessionCookie);
    const live = collect(ws, SUBSCRIPTION, { id: fx.otherPatientId });
    await settle();
    await rename(deskOnA, fx.otherPatientId, 'Via Redis');
    await live.waitFor(1);
    expect(live.received[0]?.data?.patientUpdated?.preferredName).toBe('Via Redis');
    await ws.dispose();
  });
});
