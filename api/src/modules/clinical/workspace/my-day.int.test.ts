import { bookVisit } from '../../../test/book-visit';
import { createPracticeFixture, type PracticeFixture } from '../../../test/fixtures';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client';
import { statementsDuring } from '../../../test/sql-statements';
import { startTestServer, type TestServer } from '../../../test/test-server';

let server: TestServer;
let fx: PracticeFixture;
type Persona = 'clinician' | 'otherClinician' | 'frontDesk' | 'biller' | 'manager' | 'patient';
const as = {} as Record<Persona, GraphQLClient>;

const MY_DAY = `query ($date: Date) { myDay(date: $date) { date timeZone facilityIds visits {
  appointmentId startsAt status appointmentTypeName defaultCpt telehealth
  patients { patientId displayName attendance noteId noteStatus measuresDue openSafetyAlerts planReviewDueOn } } } }`;

/** Books a 50-minute session on 2027-03-02 at `hourUtc` (Chicago morning/afternoon). */
function book(providerId: string, patientId: string, hourUtc: number): Promise<{ id: string; version: number }> {
  const startsAt = new Date(Date.UTC(2027, 2, 2, hourUtc)).toISOString();
  return bookVisit(as.frontDesk, fx, { providerId, patientIds: [patientId], startsAt });
}

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'my-day');
  for (const persona of ['clinician', 'otherClinician', 'frontDesk', 'biller', 'manager', 'patient'] as const) {
    as[persona] = new GraphQLClient(server.url);
    await as[persona].login(fx.emails[persona]);
  }
});
afterAll(() => server.close());

describe('my day', () => {
  let afternoon: { id: string; version: number };
  let morning: { id: string; version: number };
  let noteId: string;

  beforeAll(async () => {
    afternoon = await book(fx.staff.clinician, fx.patientId, 20);
    morning = await book(fx.staff.clinician, fx.patientId, 15);
    const cancelled = await book(fx.staff.clinician, fx.patientId, 17);
    const cancel = await as.frontDesk.request(
      'mutation ($id: ID!, $input: CancelAppointmentInput!) { cancelAppointment(id: $id, input: $input) { id } }',
      { id: cancelled.id, input: { version: cancelled.version, reason: 'Patient called', late: false } },
    );
    expect(cancel.errors).toBeUndefined();
    await book(fx.staff.otherClinician, fx.otherPatientId, 15);
    const started = await as.clinician.request(
      'mutation ($input: StartProgressNoteInput!) { startProgressNote(input: $input) { id } }',
      { input: { appointmentId: morning.id } },
    );
    expect(started.errors).toBeUndefined();
    noteId = started.data.startProgressNote.id;
  });

  it("lists my appointments of the day in order, without cancelled ones, with each patient's note state", async () => {
    const response = await as.clinician.request(MY_DAY, { date: '2027-03-02' });
    expect(response.errors).toBeUndefined();
    const day = response.data.myDay;
    expect(day.date).toBe('2027-03-02');
    expect(day.facilityIds).toContain(fx.facilityId);
    expect(day.visits.map((v: { appointmentId: string }) => v.appointmentId)).toEqual([morning.id, afternoon.id]);
    expect(day.visits[0]).toMatchObject({ defaultCpt: '90834', telehealth: false });
    expect(day.visits[0].patients).toEqual([
      expect.objectContaining({ patientId: fx.patientId, noteId, noteStatus: 'DRAFT', attendance: 'EXPECTED' }),
    ]);
    expect(day.visits[1].patients[0]).toMatchObject({ noteId: null, noteStatus: 'NOT_STARTED' });
    expect(day.visits[1].patients[0].displayName).toEqual(expect.any(String));
  });

  it('follows status changes made at the front desk', async () => {
    const arrived = await as.frontDesk.request(
      'mutation ($id: ID!, $v: Int!) { setAppointmentStatus(id: $id, version: $v, status: ARRIVED) { status } }',
      { id: afternoon.id, v: afternoon.version },
    );
    expect(arrived.errors).toBeUndefined();
    const response = await as.clinician.request(MY_DAY, { date: '2027-03-02' });
    expect(response.data.myDay.visits[1].status).toBe('ARRIVED');
  });

  it('shows another clinician only their own day, and an empty day as empty', async () => {
    const other = await as.otherClinician.request(MY_DAY, { date: '2027-03-02' });
    expect(other.data.myDay.visits).toHaveLength(1);
    expect(other.data.myDay.visits[0].patients[0].patientId).toBe(fx.otherPatientId);
    const empty = await as.clinician.request(MY_DAY, { date: '2027-03-03' });
    expect(empty.data.myDay.visits).toEqual([]);
  });

  it('defaults to today in the practice time zone, and names the zone its times are shown in', async () => {
    const response = await as.clinician.request(MY_DAY, {});
    expect(response.errors).toBeUndefined();
    const chicagoToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date());
    expect(response.data.myDay.date).toBe(chicagoToday);
    expect(response.data.myDay.timeZone).toBe('America/Chicago');
    const viewer = await as.clinician.request('{ viewer { practiceTimeZone } }');
    expect(viewer.data.viewer.practiceTimeZone).toBe('America/Chicago');
  });

  it("gives the caseload each patient's next visit (and no last visit before any took place)", async () => {
    const response = await as.clinician.request('query ($id: ID!) { patient(id: $id) { lastVisitAt nextVisitAt } }', {
      id: fx.patientId,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.patient).toEqual({ lastVisitAt: null, nextVisitAt: '2027-03-02T15:00:00.000Z' });
  });

  it('shows the open items beside each patient: measures due, safety alerts to me, a plan review due', async () => {
    const assign = await as.clinician.request(
      'mutation ($input: AssignMeasureInput!) { assignMeasure(input: $input) { id } }',
      { input: { patientId: fx.patientId, instrument: 'GAD7', schedule: 'BEFORE_EVERY_APPOINTMENT' } },
    );
    expect(assign.errors).toBeUndefined();
    const items = ['anhedonia', 'depressedMood', 'sleep', 'fatigue', 'appetite', 'worthlessness', 'concentration'];
    const recorded = await as.clinician.request(
      'mutation ($input: RecordMeasureResponsesInput!) { recordMeasureResponses(input: $input) { id } }',
      {
        input: {
          patientId: fx.patientId,
          instrument: 'PHQ9',
          answers: [...items, 'psychomotor', 'selfHarmThoughts'].map((itemId) => ({
            itemId,
            value: itemId === 'selfHarmThoughts' ? 1 : 2,
          })),
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    const draft = await as.clinician.request(
      `mutation ($patientId: ID!, $input: SaveTreatmentPlanDraftInput!) {
         saveTreatmentPlanDraft(patientId: $patientId, input: $input) { id } }`,
      {
        patientId: fx.patientId,
        input: {
          reviewDueOn: '2027-03-05',
          content: {
            problems: [
              {
                text: 'Worry most days',
                goals: [
                  {
                    text: 'Worry less',
                    objectives: [
                      {
                        text: 'GAD-7 below 10',
                        targetDate: '2027-06-30',
                        targetMeasure: { instrument: 'GAD7', operator: 'BELOW', value: 10 },
                        interventions: [
                          { modality: 'CBT', frequency: 'Weekly', responsibleClinicianId: fx.staff.clinician },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        },
      },
    );
    expect(draft.errors).toBeUndefined();
    const activated = await as.clinician.request('mutation ($id: ID!) { activateTreatmentPlan(id: $id) { id } }', {
      id: draft.data.saveTreatmentPlanDraft.id,
    });
    expect(activated.errors).toBeUndefined();

    const response = await as.clinician.request(MY_DAY, { date: '2027-03-02' });
    expect(response.data.myDay.visits[0].patients[0]).toMatchObject({
      measuresDue: ['GAD7'],
      openSafetyAlerts: 1,
      planReviewDueOn: '2027-03-05',
    });
    const later = await as.clinician.request(MY_DAY, { date: '2027-02-01' });
    expect(later.data.myDay.visits).toEqual([]);
  });

  it('answers in at most 3 SQL statements (session with care team, the day, audit), however full the day', async () => {
    const statements = await statementsDuring(server, async () => {
      const response = await as.clinician.request(MY_DAY, { date: '2027-03-02' });
      expect(response.data.myDay.visits).toHaveLength(2);
    });
    expect(statements).toBeLessThanOrEqual(3);
  });

  it.each(['frontDesk', 'biller', 'manager', 'patient'] as const)('is refused to %s', async (persona) => {
    const response = await as[persona].request(MY_DAY, { date: '2027-03-02' });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });
});
