import { randomUUID } from 'node:crypto';
import { createPracticeFixture, type PracticeFixture } from '../../test/fixtures';
import type { GraphQLClient } from '../../test/graphql-client';
import { errorCodes, firstErrorExtensions, signedIn } from '../../test/graphql-client';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let fx: PracticeFixture;
let desk: GraphQLClient;

const as = (email: string) => signedIn(server.url, email);

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'payments');
  desk = await as(fx.emails.frontDesk);
});
afterAll(() => server.close());

const COLLECT = `mutation ($input: CollectPaymentInput!) {
  collectPayment(input: $input) { id amountCents method status cardBrand cardLast4 processorReference declineReason checkNumber } }`;
const TOKENIZE = 'mutation ($card: CardInput!) { tokenizeCard(card: $card) { token brand last4 } }';
const ACCOUNT = `query ($id: ID!) { patient(id: $id) { balanceCents } patientLedger(patientId: $id) { kind amountCents description appointmentId paymentId } }`;

const extensions = firstErrorExtensions;

async function collect(input: Record<string, unknown>, client = desk) {
  return client.request(COLLECT, {
    input: { patientId: fx.otherPatientId, method: 'CASH', amountCents: 2500, idempotencyKey: randomUUID(), ...input },
  });
}

async function balance(patientId: string): Promise<number> {
  const response = await desk.request(ACCOUNT, { id: patientId });
  expect(response.errors).toBeUndefined();
  return (response.data as any).patient.balanceCents;
}

async function card(number: string) {
  const response = await desk.request(TOKENIZE, { card: { number, expMonth: 12, expYear: 2099 } });
  expect(response.errors).toBeUndefined();
  return (response.data as any).tokenizeCard.token as string;
}

describe('collecting payments', () => {
  it('cash goes on the ledger and lowers the balance', async () => {
    const before = await balance(fx.otherPatientId);
    const response = await collect({ amountCents: 2500 });
    expect((response.data as any).collectPayment).toMatchObject({ method: 'CASH', status: 'APPROVED' });
    expect(await balance(fx.otherPatientId)).toBe(before - 2500);
    const ledger = (await desk.request(ACCOUNT, { id: fx.otherPatientId })).data as any;
    expect(ledger.patientLedger[0]).toMatchObject({
      kind: 'PAYMENT',
      amountCents: -2500,
      paymentId: (response.data as any).collectPayment.id,
    });
  });

  it('a check needs its number', async () => {
    expect(extensions(await collect({ method: 'CHECK' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CHECK_NUMBER_REQUIRED',
    });
    const paid = await collect({ method: 'CHECK', checkNumber: '1042' });
    expect((paid.data as any).collectPayment).toMatchObject({ status: 'APPROVED', checkNumber: '1042' });
  });

  it('a card is charged through the processor; a declined card posts nothing', async () => {
    const approved = await collect({ method: 'CARD', cardToken: await card('4242 4242 4242 4242'), amountCents: 4000 });
    expect((approved.data as any).collectPayment).toMatchObject({
      status: 'APPROVED',
      cardBrand: 'Visa',
      cardLast4: '4242',
      processorReference: expect.stringMatching(/^ch_local_/),
    });
    const before = await balance(fx.otherPatientId);
    const declined = await collect({ method: 'CARD', cardToken: await card('4000000000000002'), amountCents: 4000 });
    expect((declined.data as any).collectPayment).toMatchObject({ status: 'DECLINED', declineReason: 'Card declined' });
    expect(await balance(fx.otherPatientId)).toBe(before);
  });

  it('20 simultaneous retries of one card payment charge once and return the same payment', async () => {
    const token = await card('4242424242424242');
    const idempotencyKey = randomUUID();
    const before = await balance(fx.otherPatientId);
    const clients = await Promise.all(Array.from({ length: 4 }, () => as(fx.emails.frontDesk)));
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        collect({ method: 'CARD', cardToken: token, amountCents: 3000, idempotencyKey }, clients[i % 4]),
      ),
    );
    for (const response of responses) expect(response.errors).toBeUndefined();
    const ids = new Set(responses.map((r) => (r.data as any).collectPayment.id));
    expect(ids.size).toBe(1);
    expect(await balance(fx.otherPatientId)).toBe(before - 3000);
    const charges = await server.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>(`select count(*) as n from local_processor_charge where idempotency_key = ?`, [
        `${fx.practiceId}:${idempotencyKey}`,
      ]);
    expect(charges[0]!.n).toBe('1');
  });

  it('a key reused for a different payment is refused', async () => {
    const idempotencyKey = randomUUID();
    await collect({ idempotencyKey, amountCents: 1000 });
    expect(extensions(await collect({ idempotencyKey, amountCents: 9000 }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('the ledger cannot be edited, even in SQL', async () => {
    await expect(
      server.orm.em
        .fork()
        .getConnection()
        .execute('update ledger_entry set amount_cents = 0 where practice_id = ?', [fx.practiceId]),
    ).rejects.toThrow(/append-only/);
  });
});

describe('fees from the financial policy', () => {
  const BOOK = `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id version } }`;
  const inHours = (hours: number) => new Date(Math.ceil(Date.now() / 3_600_000 + hours) * 3_600_000).toISOString();
  async function visitIn(hours: number) {
    const response = await desk.request(BOOK, {
      input: {
        providerId: fx.staff.associate,
        facilityId: fx.facilityId,
        appointmentTypeId: fx.appointmentTypeId,
        patientIds: [fx.associatePatientId],
        startsAt: inHours(hours),
        override: { warnings: ['OUTSIDE_WORKING_HOURS', 'INSURANCE_EXPIRED'], reason: 'Test booking' },
      },
    });
    expect(response.errors).toBeUndefined();
    return (response.data as any).bookAppointment as { id: string; version: number };
  }
  const CANCEL = `mutation ($id: ID!, $input: CancelAppointmentInput!) { cancelAppointment(id: $id, input: $input) { status } }`;

  it('a cancellation inside the window is late and carries the fee; waiving it does not', async () => {
    const before = await balance(fx.associatePatientId);
    const soon = await visitIn(3);
    const cancelled = await desk.request(CANCEL, { id: soon.id, input: { version: soon.version, reason: 'Sick' } });
    expect((cancelled.data as any).cancelAppointment.status).toBe('LATE_CANCELLED');
    expect(await balance(fx.associatePatientId)).toBe(before + 5000);
    const waived = await visitIn(6);
    await desk.request(CANCEL, { id: waived.id, input: { version: waived.version, reason: 'Sick', waiveFee: true } });
    const early = await visitIn(24 * 9);
    const onTime = await desk.request(CANCEL, { id: early.id, input: { version: early.version, reason: 'Travel' } });
    expect((onTime.data as any).cancelAppointment.status).toBe('CANCELLED');
    expect(await balance(fx.associatePatientId)).toBe(before + 5000);
  });

  it('a no-show carries the no-show fee', async () => {
    const before = await balance(fx.associatePatientId);
    const visit = await visitIn(30);
    const response = await desk.request(
      'mutation ($id: ID!, $v: Int!) { setAppointmentStatus(id: $id, version: $v, status: NO_SHOW) { status } }',
      { id: visit.id, v: visit.version },
    );
    expect(response.errors).toBeUndefined();
    expect(await balance(fx.associatePatientId)).toBe(before + 7500);
  });
});

describe('arrivals board', () => {
  it("shows the day's patients with the copay due until it is paid", async () => {
    const booked = await desk.request(
      `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id version } }`,
      {
        input: {
          providerId: fx.staff.clinician,
          facilityId: fx.facilityId,
          appointmentTypeId: fx.appointmentTypeId,
          patientIds: [fx.patientId],
          startsAt: '2027-06-07T15:00:00.000Z',
        },
      },
    );
    expect(booked.errors).toBeUndefined();
    const visit = (booked.data as any).bookAppointment;
    const ARRIVALS = `query ($f: ID!) { arrivals(facilityId: $f, date: "2027-06-07") {
      patientId copayDueCents balanceCents missingItems appointment { id status attendees { displayName } } } }`;
    const board = async () => ((await desk.request(ARRIVALS, { f: fx.facilityId })).data as any).arrivals;
    expect(await board()).toEqual([
      expect.objectContaining({
        patientId: fx.patientId,
        copayDueCents: 2500,
        missingItems: ['UNSIGNED_CONSENTS', 'NO_CARD_IMAGES'],
        appointment: expect.objectContaining({ id: visit.id, status: 'SCHEDULED' }),
      }),
    ]);
    await collect({ patientId: fx.patientId, amountCents: 2500, appointmentId: visit.id });
    const [after] = await board();
    expect(after.copayDueCents).toBe(0);
  });
});

describe('receipts and statements (PDF)', () => {
  const get = (path: string, client?: GraphQLClient) =>
    fetch(`${server.url}${path}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });

  it('a receipt for each payment and a statement of the account, to staff and to the patient', async () => {
    const paid = await collect({ patientId: fx.patientId, amountCents: 1500 });
    const id = (paid.data as any).collectPayment.id;
    const receipt = await get(`/documents/receipts/${id}.pdf`, desk);
    expect(receipt.status).toBe(200);
    expect(receipt.headers.get('content-type')).toMatch(/application\/pdf/);
    expect(
      Buffer.from(await receipt.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const patient = await as(fx.emails.patient);
    expect((await get(`/documents/statements/${fx.patientId}.pdf`, patient)).status).toBe(200);
    expect((await get(`/documents/statements/${fx.otherPatientId}.pdf`, patient)).status).toBe(404);
    expect((await get(`/documents/receipts/${id}.pdf`)).status).toBe(404);
    const clinician = await as(fx.emails.clinician);
    expect((await get(`/documents/receipts/${id}.pdf`, clinician)).status).toBe(404);
  });
});

describe('who may touch money', () => {
  it('a clinician may not take a payment, read a ledger or see a balance', async () => {
    const clinician = await as(fx.emails.clinician);
    expect(errorCodes(await collect({}, clinician))).toEqual(['FORBIDDEN']);
    const account = await clinician.request(ACCOUNT, { id: fx.patientId });
    expect((account.data as any)?.patient?.balanceCents ?? null).toBeNull();
    expect(errorCodes(account)).toEqual(expect.arrayContaining(['FORBIDDEN']));
  });

  it('another practice cannot take a payment for this practice’s patient', async () => {
    const other = await createPracticeFixture(server.orm, 'payments-other');
    const outsider = await as(other.emails.frontDesk);
    expect(extensions(await collect({}, outsider))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
