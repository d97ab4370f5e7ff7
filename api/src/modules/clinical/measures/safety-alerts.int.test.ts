import { createPracticeFixture, type PracticeFixture } from '../../../test/fixtures';
import type { GraphQLClient } from '../../../test/graphql-client';
import { errorCodes, signedIn } from '../../../test/graphql-client';
import { collect, subscriptionClient } from '../../../test/subscription-client';
import { startTestServer, type TestServer } from '../../../test/test-server';

let server: TestServer;
let fx: PracticeFixture;
type Persona = 'clinician' | 'otherClinician' | 'frontDesk' | 'biller' | 'manager' | 'patient';
const as = {} as Record<Persona, GraphQLClient>;

const RECORD = `mutation ($input: RecordMeasureResponsesInput!) {
  recordMeasureResponses(input: $input) { id total safetyFlags { itemId reason } } }`;
const ALERT = `id patientId instrument raisedAt acknowledgedAt acknowledgedById action actionNote
  flags { itemId reason } patient { id legalFirstName } administration { id total }`;
const SUBSCRIPTION = `subscription { safetyAlertRaised { ${ALERT} } }`;
const MY_ALERTS = `query ($open: Boolean) { mySafetyAlerts(open: $open) { id action } }`;
const ACK = `mutation ($id: ID!, $action: SafetyAlertAction!, $note: String) {
  acknowledgeSafetyAlert(id: $id, action: $action, note: $note) { ${ALERT} } }`;

const PHQ9_ITEMS = [
  'anhedonia',
  'depressedMood',
  'sleep',
  'fatigue',
  'appetite',
  'worthlessness',
  'concentration',
  'psychomotor',
  'selfHarmThoughts',
];
const phq9 = (...values: number[]) => PHQ9_ITEMS.map((itemId, i) => ({ itemId, value: values[i] }));
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
const sql = (text: string, params: unknown[]) => server.orm.em.fork().getConnection().execute(text, params);

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'safety-alerts');
  for (const persona of ['clinician', 'otherClinician', 'frontDesk', 'biller', 'manager', 'patient'] as const) {
    as[persona] = await signedIn(server.url, fx.emails[persona]);
  }
});
afterAll(() => server.close());

describe('a PHQ-9 with item 9 above 0', () => {
  let alertId: string;
  let administrationId: string;

  it('raises an alert the care-team clinician receives live within a second, and a clinician off the care team does not', async () => {
    const mine = subscriptionClient(server.url, as.clinician.sessionCookie);
    const theirs = subscriptionClient(server.url, as.otherClinician.sessionCookie);
    const live = collect(mine, SUBSCRIPTION, {});
    const outsider = collect(theirs, SUBSCRIPTION, {});
    await settle();

    const response = await as.clinician.request(RECORD, {
      input: { patientId: fx.patientId, instrument: 'PHQ9', answers: phq9(1, 1, 1, 0, 0, 0, 0, 0, 1) },
    });
    const recordedAt = Date.now();
    expect(response.errors).toBeUndefined();
    administrationId = response.data.recordMeasureResponses.id;
    // A low total does not matter: item 9 alone needs same-day review.
    expect(response.data.recordMeasureResponses).toMatchObject({
      total: 4,
      safetyFlags: [{ itemId: 'selfHarmThoughts', reason: expect.stringMatching(/^PHQ-9 item 9/) }],
    });

    await live.waitFor(1, 1000);
    expect(Date.now() - recordedAt).toBeLessThan(1000);
    expect(live.received).toHaveLength(1);
    expect(live.received[0]!.errors).toBeUndefined();
    const alert = live.received[0]!.data!.safetyAlertRaised;
    expect(alert).toMatchObject({
      patientId: fx.patientId,
      instrument: 'PHQ9',
      acknowledgedAt: null,
      flags: [{ itemId: 'selfHarmThoughts' }],
      patient: { id: fx.patientId, legalFirstName: 'Paula' },
      administration: { id: administrationId, total: 4 },
    });
    alertId = alert.id;

    await outsider.waitFor(1, 1000);
    expect(outsider.received).toEqual([]);
    expect(outsider.failure).toBeUndefined();
    live.unsubscribe();
    outsider.unsubscribe();
    await mine.dispose();
    await theirs.dispose();
  });

  it('stores the alert for the care team in the same transaction and audits its creation', async () => {
    const [row] = await sql(
      'select patient_id, administration_id, recipient_staff_ids from safety_alert where id = ?',
      [alertId],
    );
    expect(row).toEqual({
      patient_id: fx.patientId,
      administration_id: administrationId,
      recipient_staff_ids: [fx.staff.clinician],
    });
    const audit = await sql(
      `select action, actor_name, patient_id, reason from audit_event
        where entity_type = 'SafetyAlert' and entity_id = ? and reason is not null`,
      [alertId],
    );
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'CREATE',
        patient_id: fx.patientId,
        actor_name: expect.stringMatching(/clinician/),
        reason: `SAFETY_ALERT_RAISED for 1 clinician(s): ${fx.staff.clinician}`,
      }),
    ]);
  });

  it('shows in the clinician’s open alerts and nobody else’s', async () => {
    const open = await as.clinician.request(MY_ALERTS, { open: true });
    expect(open.data.mySafetyAlerts).toEqual([{ id: alertId, action: null }]);
    expect((await as.otherClinician.request(MY_ALERTS, { open: true })).data.mySafetyAlerts).toEqual([]);
  });

  it("flags the patient's chart for the whole care team, recipient or not, and for no one else", async () => {
    // The supervisor joins the care team after the alert went out: not a recipient, still warned.
    await server.orm.em
      .fork()
      .getConnection()
      .execute(
        `insert into care_team_member (id, practice_id, created_at, updated_at, patient_id, staff_member_id, role)
         values (gen_random_uuid(), ?, now(), now(), ?, ?, 'SUPERVISOR')`,
        [fx.practiceId, fx.patientId, fx.staff.supervisor],
      );
    const supervisor = await signedIn(server.url, fx.emails.supervisor);
    const FLAG = 'query ($id: ID!) { patient(id: $id) { openSafetyAlerts } }';
    expect((await supervisor.request(MY_ALERTS, { open: true })).data.mySafetyAlerts).toEqual([]);
    for (const client of [as.clinician, supervisor]) {
      expect((await client.request(FLAG, { id: fx.patientId })).data.patient.openSafetyAlerts).toBe(1);
    }
    const off = await as.otherClinician.request(FLAG, { id: fx.patientId });
    expect(off.data?.patient?.openSafetyAlerts ?? null).toBeNull();
    expect(errorCodes(off)).toContain('FORBIDDEN');
  });

  it('acknowledging needs an action, and a note when the action is OTHER', async () => {
    const noAction = await as.clinician.request('mutation ($id: ID!) { acknowledgeSafetyAlert(id: $id) { id } }', {
      id: alertId,
    });
    expect(errorCodes(noAction)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const otherWithoutNote = await as.clinician.request(ACK, { id: alertId, action: 'OTHER', note: '  ' });
    expect(errorCodes(otherWithoutNote)).toEqual(['BAD_USER_INPUT']);
    expect(otherWithoutNote.errors![0]!.message).toBe('Say what was done in the note.');
    const unknownAction = await as.clinician.request(ACK, { id: alertId, action: 'IGNORED' });
    expect(errorCodes(unknownAction)).toEqual(['BAD_USER_INPUT']);
  });

  it('a clinician who is not a recipient gets NOT_FOUND', async () => {
    const response = await as.otherClinician.request(ACK, { id: alertId, action: 'CONTACTED_PATIENT' });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });

  it('acknowledging stores who, when and what, is audited, and closes the alert', async () => {
    const response = await as.clinician.request(ACK, {
      id: alertId,
      action: 'CONTACTED_PATIENT',
      note: 'Called; safe, plan reviewed.',
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.acknowledgeSafetyAlert).toMatchObject({
      id: alertId,
      action: 'CONTACTED_PATIENT',
      actionNote: 'Called; safe, plan reviewed.',
      acknowledgedById: fx.staff.clinician,
      acknowledgedAt: expect.any(String),
    });
    const audit = await sql(
      `select action, fields, reason from audit_event
        where entity_type = 'SafetyAlert' and entity_id = ? and reason like 'SAFETY_ALERT_ACKNOWLEDGED%'`,
      [alertId],
    );
    expect(audit).toEqual([
      {
        action: 'UPDATE',
        fields: ['acknowledgedAt', 'acknowledgedBy', 'action', 'actionNote'],
        reason: 'SAFETY_ALERT_ACKNOWLEDGED: CONTACTED_PATIENT',
      },
    ]);
    expect((await as.clinician.request(MY_ALERTS, { open: true })).data.mySafetyAlerts).toEqual([]);
    expect((await as.clinician.request(MY_ALERTS, { open: false })).data.mySafetyAlerts).toEqual([
      { id: alertId, action: 'CONTACTED_PATIENT' },
    ]);
    const flag = await as.clinician.request('query ($id: ID!) { patient(id: $id) { openSafetyAlerts } }', {
      id: fx.patientId,
    });
    expect(flag.data.patient.openSafetyAlerts).toBe(0);
    const again = await as.clinician.request(ACK, { id: alertId, action: 'OTHER', note: 'again' });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
  });

  it('the audit reasons carry no clinical detail', async () => {
    const reasons = await sql(`select reason from audit_event where entity_type = 'SafetyAlert' and patient_id = ?`, [
      fx.patientId,
    ]);
    for (const { reason } of reasons) expect(reason ?? '').not.toMatch(/item|self-harm|Called/i);
  });
});

it('a PHQ-A "yes" to serious thoughts of ending life in the past month raises an alert too', async () => {
  const answers = [
    ...[
      'depressedMood',
      'anhedonia',
      'sleep',
      'appetite',
      'fatigue',
      'worthlessness',
      'concentration',
      'psychomotor',
      'selfHarmThoughts',
    ].map((itemId) => ({ itemId, value: 0 })),
    { itemId: 'pastMonthSuicidalThoughts', yes: true },
  ];
  const response = await as.clinician.request(RECORD, {
    input: { patientId: fx.patientId, instrument: 'PHQA', answers },
  });
  expect(response.errors).toBeUndefined();
  expect(response.data.recordMeasureResponses.safetyFlags).toEqual([
    { itemId: 'pastMonthSuicidalThoughts', reason: expect.stringMatching(/^PHQ-A: serious thoughts/) },
  ]);
  const open = await as.clinician.request(MY_ALERTS, { open: true });
  expect(open.data.mySafetyAlerts).toHaveLength(1);
});

it('no alert without a safety flag', async () => {
  const before = await sql('select count(*)::int as n from safety_alert where patient_id = ?', [fx.patientId]);
  const response = await as.clinician.request(RECORD, {
    input: { patientId: fx.patientId, instrument: 'PHQ9', answers: phq9(3, 3, 3, 3, 3, 3, 3, 3, 0) },
  });
  expect(response.data.recordMeasureResponses).toMatchObject({ total: 24, safetyFlags: [] });
  const after = await sql('select count(*)::int as n from safety_alert where patient_id = ?', [fx.patientId]);
  expect(after[0]!.n).toBe(before[0]!.n);
});

describe('who may listen', () => {
  it.each(['frontDesk', 'biller', 'manager', 'patient'] as const)(
    '%s cannot subscribe to safety alerts',
    async (persona) => {
      const ws = subscriptionClient(server.url, as[persona].sessionCookie);
      const live = collect(ws, SUBSCRIPTION, {});
      await live.waitFor(1, 1000);
      const errors = [...live.received.flatMap((m) => m.errors ?? []), ...((live.failure as any[]) ?? [])];
      expect(live.received.every((m) => !m.data?.safetyAlertRaised)).toBe(true);
      expect(errors.map((e: any) => e.extensions?.code)).toContain('FORBIDDEN');
      await ws.dispose();
    },
  );

  it('after sign-out the subscriber receives no alert data', async () => {
    const client = await signedIn(server.url, fx.emails.clinician);
    const ws = subscriptionClient(server.url, client.sessionCookie);
    const live = collect(ws, SUBSCRIPTION, {});
    await settle();
    await client.request('mutation { logout }');
    await as.clinician.request(RECORD, {
      input: { patientId: fx.patientId, instrument: 'PHQ9', answers: phq9(0, 0, 0, 0, 0, 0, 0, 0, 2) },
    });
    await live.waitFor(1, 1000);
    expect(live.received.every((m) => !m.data?.safetyAlertRaised)).toBe(true);
    await ws.dispose();
  });
});
