import { createPracticeFixture, type PracticeFixture } from '../../test/fixtures';
import { errorCodes, firstErrorExtensions, GraphQLClient } from '../../test/graphql-client';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let fx: PracticeFixture;
let desk: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'consents');
  desk = new GraphQLClient(server.url);
  await desk.login(fx.emails.frontDesk);
});
afterAll(() => server.close());

const RECORD = `mutation ($input: RecordConsentInput!) {
  recordConsent(input: $input) { id kind version signerName typedSignature signedAt signedFromIp status } }`;
const extensions = firstErrorExtensions;
const consent = (kind: string, extra: Record<string, unknown> = {}) => ({
  patientId: fx.patientId,
  kind,
  version: '2026-01',
  signerName: 'Paula Fixture',
  typedSignature: 'paula  fixture',
  ...extra,
});

it('records a typed e-signature with time and address, and lists it on the profile', async () => {
  const response = await desk.request(RECORD, { input: consent('TREATMENT') });
  expect((response.data as any).recordConsent).toMatchObject({
    kind: 'TREATMENT',
    version: '2026-01',
    signerName: 'Paula Fixture',
    status: 'ACTIVE',
    signedFromIp: expect.stringMatching(/127\.0\.0\.1/),
  });
  const profile = await desk.request('query ($id: ID!) { patient(id: $id) { consents { kind status } } }', {
    id: fx.patientId,
  });
  expect((profile.data as any).patient.consents).toEqual([{ kind: 'TREATMENT', status: 'ACTIVE' }]);
});

it('refuses a signature that does not match the signer, and a release without a recipient', async () => {
  expect(
    extensions(await desk.request(RECORD, { input: consent('HIPAA_NOTICE', { typedSignature: 'x y' }) })),
  ).toMatchObject({
    code: 'BAD_USER_INPUT',
    reason: 'SIGNATURE_MISMATCH',
  });
  expect(extensions(await desk.request(RECORD, { input: consent('RELEASE_OF_INFORMATION') }))).toMatchObject({
    reason: 'RELEASE_RECIPIENT_REQUIRED',
  });
});

it('expires on its date and can be revoked with a reason', async () => {
  const expired = await desk.request(RECORD, { input: consent('FINANCIAL_POLICY', { expiresOn: '2025-12-31' }) });
  expect((expired.data as any).recordConsent.status).toBe('EXPIRED');
  const roi = await desk.request(RECORD, {
    input: consent('RELEASE_OF_INFORMATION', { releaseTo: 'Dr. Lee, primary care' }),
  });
  const id = (roi.data as any).recordConsent.id;
  const REVOKE =
    'mutation ($id: ID!, $reason: String!) { revokeConsent(id: $id, reason: $reason) { status revokedReason } }';
  expect(extensions(await desk.request(REVOKE, { id, reason: '' }))).toMatchObject({
    reason: 'REVOKE_REASON_REQUIRED',
  });
  const revoked = await desk.request(REVOKE, { id, reason: 'Patient withdrew it' });
  expect((revoked.data as any).revokeConsent).toEqual({ status: 'REVOKED', revokedReason: 'Patient withdrew it' });
});

it('a telehealth visit warns until a telehealth consent is on file, and carries a video link', async () => {
  const em = server.orm.em.fork();
  const [video] = await em.getConnection().execute<{ id: string }[]>(
    `insert into appointment_type (id, practice_id, created_at, updated_at, name, default_minutes, color, telehealth)
       values (gen_random_uuid(), ?, now(), now(), 'Video', 50, '#0ca678', true) returning id`,
    [fx.practiceId],
  );
  const BOOK = `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id telehealthUrl } }`;
  const input = {
    providerId: fx.staff.clinician,
    facilityId: fx.facilityId,
    appointmentTypeId: video!.id,
    patientIds: [fx.patientId],
    startsAt: '2027-07-05T15:00:00.000Z',
    telehealthUrl: 'https://video.example.org/room/1',
  };
  expect(extensions(await desk.request(BOOK, { input }))).toMatchObject({ warnings: ['NO_TELEHEALTH_CONSENT'] });
  await desk.request(RECORD, { input: consent('TELEHEALTH') });
  const booked = await desk.request(BOOK, { input });
  expect(booked.errors).toBeUndefined();
  expect((booked.data as any).bookAppointment.telehealthUrl).toBe('https://video.example.org/room/1');

  // Without a pasted link each visit gets its own unguessable room.
  const rooms = [];
  for (const startsAt of ['2027-07-06T15:00:00.000Z', '2027-07-07T15:00:00.000Z']) {
    const response = await desk.request(BOOK, { input: { ...input, startsAt, telehealthUrl: null } });
    rooms.push((response.data as any).bookAppointment.telehealthUrl);
  }
  expect(rooms[0]).toMatch(/^https:\/\/meet\.jit\.si\/handoff-[\w-]{16}$/);
  expect(rooms[1]).not.toBe(rooms[0]);
});

it('a clinician cannot record consents', async () => {
  const clinician = new GraphQLClient(server.url);
  await clinician.login(fx.emails.clinician);
  expect(errorCodes(await clinician.request(RECORD, { input: consent('TREATMENT') }))).toEqual(['FORBIDDEN']);
});
