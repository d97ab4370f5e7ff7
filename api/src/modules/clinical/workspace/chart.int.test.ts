import { bookVisit } from '../../../test/book-visit';
import { createPracticeFixture, type PracticeFixture } from '../../../test/fixtures';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client';
import { statementsDuring } from '../../../test/sql-statements';
import { startTestServer, type TestServer } from '../../../test/test-server';

let server: TestServer;
let fx: PracticeFixture;
type Persona = 'clinician' | 'otherClinician' | 'frontDesk' | 'biller' | 'manager' | 'patient';
const as = {} as Record<Persona, GraphQLClient>;

const CHART = `query ($id: ID!) { patientChart(id: $id) { patientId
  banner { patientId displayName legalFirstName legalLastName dateOfBirth age pronouns
    primaryDiagnosis { icd10Code description } allergies { substance severity } openSafetyAlerts
    latestPhq9 { administeredOn total severityLabel } latestGad7 { total severityLabel } }
  progressNotes { id dateOfService service status signedAt authorId cosignPending }
  activeDiagnoses { id icd10Code isPrimary }
  scores { instrument scores { administeredOn total severityLabel } }
  timeline { kind id occurredAt summary status total reviewDueOn } } }`;

const PHQ9_ITEMS = ['anhedonia', 'depressedMood', 'sleep', 'fatigue', 'appetite', 'worthlessness', 'concentration'];
const GAD7_ITEMS = [
  'nervous',
  'uncontrolledWorry',
  'excessiveWorry',
  'troubleRelaxing',
  'restlessness',
  'irritability',
];

async function record(instrument: 'PHQ9' | 'GAD7', value: number): Promise<string> {
  const items = instrument === 'PHQ9' ? [...PHQ9_ITEMS, 'psychomotor', 'selfHarmThoughts'] : [...GAD7_ITEMS, 'dread'];
  const response = await as.clinician.request(
    'mutation ($input: RecordMeasureResponsesInput!) { recordMeasureResponses(input: $input) { id } }',
    { input: { patientId: fx.patientId, instrument, answers: items.map((itemId) => ({ itemId, value })) } },
  );
  expect(response.errors).toBeUndefined();
  return response.data.recordMeasureResponses.id;
}

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'chart');
  for (const persona of ['clinician', 'otherClinician', 'frontDesk', 'biller', 'manager', 'patient'] as const) {
    as[persona] = new GraphQLClient(server.url);
    await as[persona].login(fx.emails[persona]);
  }
});
afterAll(() => server.close());

describe('patient chart', () => {
  let noteId: string;
  let laterPhq9: string;

  beforeAll(async () => {
    for (const [substance, severity] of [
      ['Penicillin', 'MODERATE'],
      ['Peanuts', 'SEVERE'],
    ]) {
      const added = await as.clinician.request(
        'mutation ($input: AddAllergyInput!) { addAllergy(input: $input) { id } }',
        { input: { patientId: fx.patientId, substance, severity } },
      );
      expect(added.errors).toBeUndefined();
    }
    await record('PHQ9', 1); // every PHQ-9 here answers self-harm thoughts: a safety alert each
    await record('GAD7', 2);
    laterPhq9 = await record('PHQ9', 2);
    const booked = await bookVisit(as.frontDesk, fx, {
      providerId: fx.staff.clinician,
      patientIds: [fx.patientId],
      startsAt: '2027-03-02T15:00:00.000Z',
    });
    const started = await as.clinician.request(
      'mutation ($input: StartProgressNoteInput!) { startProgressNote(input: $input) { id } }',
      { input: { appointmentId: booked.id } },
    );
    expect(started.errors).toBeUndefined();
    noteId = started.data.startProgressNote.id;
  });

  it('gives the care team the whole chart in one read, and audits it', async () => {
    const response = await as.clinician.request(CHART, { id: fx.patientId });
    expect(response.errors).toBeUndefined();
    const chart = response.data.patientChart;
    expect(chart.patientId).toBe(fx.patientId);
    expect(chart.banner).toMatchObject({
      patientId: fx.patientId,
      legalLastName: expect.any(String),
      dateOfBirth: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      age: expect.any(Number),
      allergies: [
        { substance: 'Peanuts', severity: 'SEVERE' },
        { substance: 'Penicillin', severity: 'MODERATE' },
      ],
      openSafetyAlerts: 2, // both PHQ-9s answered self-harm thoughts
      latestPhq9: { total: 18 },
      latestGad7: { total: 14 },
    });
    expect(chart.banner.primaryDiagnosis.icd10Code).toEqual(expect.any(String));
    expect(chart.activeDiagnoses).toEqual([
      { id: fx.diagnosisId, icd10Code: chart.banner.primaryDiagnosis.icd10Code, isPrimary: true },
    ]);
    expect(chart.progressNotes).toEqual([
      {
        id: noteId,
        dateOfService: '2027-03-02',
        service: 'PSYCHOTHERAPY',
        status: 'DRAFT',
        signedAt: null,
        authorId: fx.staff.clinician,
        cosignPending: false,
      },
    ]);
    expect(chart.scores.map((s: { instrument: string }) => s.instrument)).toEqual(['GAD7', 'PHQ9']);
    expect(chart.scores[1].scores.map((s: { total: number }) => s.total)).toEqual([18, 9]);
    // Newest first; the future visit is not an event yet.
    expect(chart.timeline.map((e: { kind: string }) => e.kind)).toEqual(['MEASURE', 'MEASURE', 'MEASURE']);
    expect(chart.timeline[0]).toMatchObject({ id: laterPhq9, summary: 'PHQ9', total: 18 });

    const [audit] = await server.orm.em.getConnection().execute<{ action: string; fields: string[] }[]>(
      `select action, fields from audit_event where patient_id = ? and entity_type = 'PatientChart'
          order by seq desc limit 1`,
      [fx.patientId],
    );
    expect(audit).toEqual({ action: 'READ', fields: ['progressNotes', 'scores', 'timeline'] });
  });

  it('answers in at most 3 SQL statements (session with care team, the chart, audit)', async () => {
    const statements = await statementsDuring(server, async () => {
      const response = await as.clinician.request(CHART, { id: fx.patientId });
      expect(response.errors).toBeUndefined();
    });
    expect(statements).toBeLessThanOrEqual(3);
  });

  it('does not exist for a clinician off the care team, until an emergency grant (then audited as such)', async () => {
    const refused = await as.otherClinician.request(CHART, { id: fx.patientId });
    expect(errorCodes(refused)).toEqual(['NOT_FOUND']);
    expect(refused.data?.patientChart).toBeNull();
    const garbage = await as.otherClinician.request(CHART, { id: 'not-an-id' });
    expect(errorCodes(garbage)).toEqual(['NOT_FOUND']);

    const grant = await as.otherClinician.request(
      'mutation ($id: ID!) { requestEmergencyAccess(patientId: $id, reason: "Crisis call, primary clinician away") { id } }',
      { id: fx.patientId },
    );
    expect(grant.errors).toBeUndefined();
    const opened = await as.otherClinician.request(CHART, { id: fx.patientId });
    expect(opened.errors).toBeUndefined();
    expect(opened.data.patientChart.banner.openSafetyAlerts).toBe(2);
    const [audit] = await server.orm.em
      .getConnection()
      .execute<{ action: string }[]>(
        `select action from audit_event where patient_id = ? and entity_type = 'PatientChart' order by seq desc limit 1`,
        [fx.patientId],
      );
    expect(audit).toEqual({ action: 'EMERGENCY_ACCESS' });
  });

  it.each(['frontDesk', 'biller', 'manager', 'patient'] as const)('is refused to %s', async (persona) => {
    const response = await as[persona].request(CHART, { id: fx.patientId });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.data?.patientChart ?? null).toBeNull();
  });
});
