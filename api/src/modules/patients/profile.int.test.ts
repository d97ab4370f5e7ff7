import { randomUUID } from 'node:crypto';
import { createPracticeFixture, type PracticeFixture } from '../../test/fixtures';
import { errorCodes, firstErrorExtensions, type GraphQLClient, signedIn } from '../../test/graphql-client';
import { startSmtpSink } from '../../test/smtp-sink';
import { startTestServer, type TestServer } from '../../test/test-server';

/**
 * The front desk's profile of a patient: intake fields, optimistic locking, alerts, the visits
 * list, statements and a minor's guardian as portal proxy.
 */
let server: TestServer;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let fx: PracticeFixture;
let desk: GraphQLClient;

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer({ smtpUrl: smtp.url });
  fx = await createPracticeFixture(server.orm, 'profile');
  desk = await signedIn(server.url, fx.emails.frontDesk);
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const tag = () => randomUUID().slice(0, 8);
const PROFILE = `id version preferredLanguage referralSource guarantor { name relationship phone email } alerts
  upcomingAppointments { id startsAt status } recentAppointments { id startsAt status }
  statements { balanceCents sentTo sentBy pdfUrl sentAt } balanceCents`;
const CREATE = `mutation ($input: CreatePatientInput!) { createPatient(input: $input) { ${PROFILE} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdatePatientInput!) { updatePatient(id: $id, input: $input) { ${PROFILE} } }`;
const READ = `query ($id: ID!) { patient(id: $id) { ${PROFILE} } }`;

async function createPatient(overrides: Record<string, unknown> = {}) {
  const response = await desk.request(CREATE, {
    input: {
      legalFirstName: 'Rosa',
      legalLastName: `Intake${tag()}`,
      dateOfBirth: '1988-04-12',
      sexAssignedAtBirth: 'FEMALE',
      ...overrides,
    },
  });
  expect(response.errors).toBeUndefined();
  return (response.data as any).createPatient;
}

async function mailsTo(to: string, count: number) {
  for (let i = 0; i < 50 && smtp.received.filter((m) => m.to.includes(to)).length < count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const mails = smtp.received.filter((m) => m.to.includes(to));
  expect(mails).toHaveLength(count);
  return mails.map((m) => m.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='));
}

it('keeps preferred language, referral source and the guarantor from intake', async () => {
  const patient = await createPatient({
    preferredLanguage: 'Spanish',
    referralSource: 'Physician referral',
    guarantor: { name: 'Luis Ortega', relationship: 'Spouse', phone: '555-201-3344', email: 'luis@example.com' },
  });
  expect(patient).toMatchObject({
    preferredLanguage: 'Spanish',
    referralSource: 'Physician referral',
    guarantor: { name: 'Luis Ortega', relationship: 'Spouse', email: 'luis@example.com' },
  });
  const bad = await desk.request(UPDATE, {
    id: patient.id,
    input: { version: patient.version, guarantor: { name: 'X', relationship: 'Parent', email: 'not an email' } },
  });
  expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
});

it('refuses a stale edit and keeps the other desk’s change', async () => {
  const patient = await createPatient();
  const first = await desk.request(UPDATE, {
    id: patient.id,
    input: { version: patient.version, preferredLanguage: 'Vietnamese' },
  });
  expect(first.errors).toBeUndefined();
  const stale = await desk.request(UPDATE, {
    id: patient.id,
    input: { version: patient.version, preferredLanguage: 'French', referralSource: 'School' },
  });
  expect(firstErrorExtensions(stale)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
  const now = (await desk.request(READ, { id: patient.id })).data as any;
  expect(now.patient).toMatchObject({ preferredLanguage: 'Vietnamese', referralSource: null });
});

it('alerts on unsigned consents, expired insurance and missing card photos', async () => {
  const patient = await createPatient();
  const alerts = async () => ((await desk.request(READ, { id: patient.id })).data as any).patient.alerts;
  expect(await alerts()).toEqual(['UNSIGNED_CONSENTS']);

  const policy = (subscriber: string, from: string, to: string | null) =>
    desk.request(`mutation ($input: AddInsurancePolicyInput!) { addInsurancePolicy(input: $input) { id } }`, {
      input: {
        patientId: patient.id,
        payerId: fx.payerId,
        priority: 'PRIMARY',
        memberId: `M${tag()}`,
        subscriberName: subscriber,
        relationshipToSubscriber: 'SELF',
        copayCents: 2500,
        effectiveFrom: from,
        effectiveTo: to,
      },
    });
  expect((await policy('Rosa Intake', '2020-01-01', '2021-12-31')).errors).toBeUndefined();
  expect(await alerts()).toEqual(['INSURANCE_EXPIRED', 'UNSIGNED_CONSENTS']);

  expect((await policy('Rosa Intake', '2022-01-01', null)).errors).toBeUndefined();
  expect(await alerts()).toEqual(['UNSIGNED_CONSENTS', 'NO_CARD_IMAGES']);

  for (const kind of ['TREATMENT', 'HIPAA_NOTICE', 'FINANCIAL_POLICY']) {
    const signed = await desk.request(
      `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      {
        input: {
          patientId: patient.id,
          kind,
          version: '2026-01',
          signerName: 'Rosa Intake',
          typedSignature: 'Rosa Intake',
        },
      },
    );
    expect(signed.errors).toBeUndefined();
  }
  expect(await alerts()).toEqual(['NO_CARD_IMAGES']);
});

it("sends a minor's portal invitation to the parent or guardian; without any email it says what to add", async () => {
  const guardianEmail = `guardian.${tag()}@example.com`;
  const minor = await createPatient({
    dateOfBirth: '2014-06-01',
    email: `kid.${tag()}@example.com`,
    guarantor: { name: 'Marta Ruiz', relationship: 'Mother', email: guardianEmail },
  });
  const invited = await desk.request(`mutation ($id: ID!) { invitePatientToPortal(patientId: $id) { email status } }`, {
    id: minor.id,
  });
  expect((invited.data as any).invitePatientToPortal).toEqual({ email: guardianEmail, status: 'PENDING' });
  const [mail] = await mailsTo(guardianEmail, 1);
  expect(mail).toContain('Hello Marta Ruiz');
  expect(mail).toMatch(/as the parent or guardian of Rosa/);

  const noEmail = await createPatient({ dateOfBirth: '2015-01-01' });
  const refused = await desk.request(`mutation ($id: ID!) { invitePatientToPortal(patientId: $id) { email } }`, {
    id: noEmail.id,
  });
  expect(firstErrorExtensions(refused)).toMatchObject({ reason: 'NO_EMAIL_ON_FILE' });
  expect(refused.errors![0]!.message).toMatch(/guardian/);
});

it('sends a statement: records the balance, emails a notice without amounts, lists it on the profile', async () => {
  const email = `statement.${tag()}@example.com`;
  const patient = await createPatient({ email });
  await server.orm.em
    .fork()
    .getConnection()
    .execute(
      `insert into ledger_entry (id, practice_id, patient_id, kind, amount_cents, description, posted_at, created_at, updated_at)
       values (gen_random_uuid(), ?, ?, 'FEE', 7500, 'No-show fee', now(), now(), now())`,
      [fx.practiceId, patient.id],
    );
  const sent = await desk.request(
    `mutation ($id: ID!) { sendStatement(patientId: $id) { balanceCents sentTo sentBy pdfUrl } }`,
    { id: patient.id },
  );
  expect(sent.errors).toBeUndefined();
  expect((sent.data as any).sendStatement).toMatchObject({
    balanceCents: 7500,
    sentTo: email,
    pdfUrl: `/documents/statements/${patient.id}.pdf`,
  });
  const [mail] = await mailsTo(email, 1);
  expect(mail).toMatch(/new statement/);
  expect(mail).toContain('/portal/');
  expect(mail).not.toMatch(/75\.00|7500|No-show/);

  const profile = ((await desk.request(READ, { id: patient.id })).data as any).patient;
  expect(profile.statements).toEqual([expect.objectContaining({ balanceCents: 7500, sentTo: email })]);

  const clinician = await signedIn(server.url, fx.emails.clinician);
  const forbidden = await clinician.request(`mutation ($id: ID!) { sendStatement(patientId: $id) { id } }`, {
    id: fx.patientId,
  });
  expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);
});

it("lists the patient's next visits soonest first and past visits newest first", async () => {
  const patient = await createPatient();
  const book = async (startsAt: string) => {
    const response = await desk.request(
      `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id version } }`,
      {
        input: {
          providerId: fx.staff.otherClinician,
          facilityId: fx.facilityId,
          appointmentTypeId: fx.appointmentTypeId,
          patientIds: [patient.id],
          startsAt,
        },
      },
    );
    expect(response.errors).toBeUndefined();
    return (response.data as any).bookAppointment;
  };
  const later = await book('2031-05-06T15:00:00.000Z');
  const sooner = await book('2031-05-05T15:00:00.000Z');
  const cancelled = await book('2031-05-07T15:00:00.000Z');
  await desk.request(
    `mutation ($id: ID!, $input: CancelAppointmentInput!) { cancelAppointment(id: $id, input: $input) { id } }`,
    { id: cancelled.id, input: { version: cancelled.version, reason: 'Patient asked' } },
  );
  const past1 = await book('2031-05-08T15:00:00.000Z');
  const past2 = await book('2031-05-09T15:00:00.000Z');
  // History: move two visits ten years back, behind the API's back.
  await server.orm.em
    .fork()
    .getConnection()
    .execute(
      `update appointment set starts_at = starts_at - interval '10 years', ends_at = ends_at - interval '10 years' where id in (?, ?)`,
      [past1.id, past2.id],
    );
  const profile = ((await desk.request(READ, { id: patient.id })).data as any).patient;
  expect(profile.upcomingAppointments.map((a: any) => a.id)).toEqual([sooner.id, later.id]);
  expect(profile.recentAppointments.map((a: any) => a.id)).toEqual([past2.id, past1.id]);
});
