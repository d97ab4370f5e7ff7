import { bookVisit } from '../../../test/book-visit';
import { createPracticeFixture, type PracticeFixture } from '../../../test/fixtures';
import type { GraphQLClient } from '../../../test/graphql-client';
import { errorCodes, forbiddenPaths, signedIn } from '../../../test/graphql-client';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { PRACTICE_FILTER } from '../../../platform/db/practice-scoped.entity';
import { latestScoresFor, measuresDueFor, openSafetyAlertCountsFor } from './measure-queries';

let server: TestServer;
let fx: PracticeFixture;
type Persona = 'clinician' | 'otherClinician' | 'frontDesk' | 'biller' | 'manager' | 'patient';
const as = {} as Record<Persona, GraphQLClient>;

const ASSIGN = `mutation ($input: AssignMeasureInput!) {
  assignMeasure(input: $input) { id patientId instrument schedule intervalWeeks startsOn active assignedById } }`;
const STOP = 'mutation ($id: ID!) { stopMeasureAssignment(id: $id) { id active stoppedAt } }';
const RECORD = `mutation ($input: RecordMeasureResponsesInput!) {
  recordMeasureResponses(input: $input) {
    id instrument total severityLabel severityLevel positive interpretation source administeredOn assignmentId
    administeredById itemScores { itemId number value } safetyFlags { itemId reason } } }`;
const DUE = `query ($id: ID!, $on: Date) { patient(id: $id) { measuresDue(on: $on) { instrument schedule assignmentId lastCompletedOn } } }`;
const HISTORY = `query ($id: ID!, $instrument: MeasureInstrument!, $last: Int) { patient(id: $id) {
  measureHistory(instrument: $instrument, last: $last) {
    instrument maxTotal bands { min max label level } norms { sd reliability minimumReliableChange }
    points { total bandLabel isBaseline changeFromBaseline reliableChangeIndex change response remission safetyFlag } } } }`;

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
/** PHQ-9 answers in item order (item 9 last). */
const phq9 = (...values: number[]) => PHQ9_ITEMS.map((itemId, i) => ({ itemId, value: values[i] }));
const GAD7_ITEMS = [
  'nervous',
  'uncontrolledWorry',
  'excessiveWorry',
  'troubleRelaxing',
  'restlessness',
  'irritability',
  'dread',
];
const gad7 = (...values: number[]) => GAD7_ITEMS.map((itemId, i) => ({ itemId, value: values[i] }));

/** Today in the fixture facility's zone: the practice's day. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date());
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function record(client: GraphQLClient, input: Record<string, unknown>) {
  return client.request(RECORD, { input: { patientId: fx.patientId, ...input } });
}

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'measures');
  for (const persona of ['clinician', 'otherClinician', 'frontDesk', 'biller', 'manager', 'patient'] as const) {
    as[persona] = await signedIn(server.url, fx.emails[persona]);
  }
});
afterAll(() => server.close());

describe('assigning measures and what is due', () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // Tuesday 2027-03-02, 09:00 in Chicago.
    await bookVisit(as.frontDesk, fx, {
      providerId: fx.staff.clinician,
      patientIds: [fx.patientId],
      startsAt: '2027-03-02T15:00:00.000Z',
    });
  });

  it('a care-team clinician assigns measures on each schedule', async () => {
    const inputs = [
      { instrument: 'PHQ9', schedule: 'BEFORE_EVERY_APPOINTMENT' },
      { instrument: 'GAD7', schedule: 'EVERY_N_WEEKS', intervalWeeks: 4 },
      { instrument: 'PCL5', schedule: 'ONCE' },
    ];
    for (const input of inputs) {
      const response = await as.clinician.request(ASSIGN, { input: { patientId: fx.patientId, ...input } });
      expect(response.errors).toBeUndefined();
      expect(response.data.assignMeasure).toMatchObject({
        ...input,
        patientId: fx.patientId,
        startsOn: today(),
        active: true,
        assignedById: fx.staff.clinician,
      });
      ids[input.instrument] = response.data.assignMeasure.id;
    }
  });

  it('refuses a second active assignment of the same instrument, and a schedule without its interval', async () => {
    const again = await as.clinician.request(ASSIGN, {
      input: { patientId: fx.patientId, instrument: 'PHQ9', schedule: 'ONCE' },
    });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    const noInterval = await as.clinician.request(ASSIGN, {
      input: { patientId: fx.patientId, instrument: 'AUDITC', schedule: 'EVERY_N_WEEKS' },
    });
    expect(errorCodes(noInterval)).toEqual(['BAD_USER_INPUT']);
    expect(noInterval.errors![0]!.message).toBe('Say every how many weeks (1 to 52).');
  });

  it('today: the every-4-weeks and the once measures are due; the per-appointment one only on the appointment day', async () => {
    const now = await as.clinician.request(DUE, { id: fx.patientId, on: today() });
    expect(now.errors).toBeUndefined();
    expect(now.data.patient.measuresDue.map((d: any) => d.instrument).sort()).toEqual(['GAD7', 'PCL5']);
    const visitDay = await as.clinician.request(DUE, { id: fx.patientId, on: '2027-03-02' });
    expect(visitDay.data.patient.measuresDue.map((d: any) => d.instrument).sort()).toEqual(['GAD7', 'PCL5', 'PHQ9']);
    const dayAfter = await as.clinician.request(DUE, { id: fx.patientId, on: '2027-03-03' });
    expect(dayAfter.data.patient.measuresDue.map((d: any) => d.instrument).sort()).toEqual(['GAD7', 'PCL5']);
  });

  it('completing the every-4-weeks measure clears it until four weeks later', async () => {
    const done = await record(as.clinician, {
      instrument: 'GAD7',
      answers: gad7(2, 2, 1, 1, 1, 1, 1),
      assignmentId: ids.GAD7,
    });
    expect(done.errors).toBeUndefined();
    expect(done.data.recordMeasureResponses).toMatchObject({ total: 9, assignmentId: ids.GAD7 });
    const due = async (on: string) =>
      ((await as.clinician.request(DUE, { id: fx.patientId, on })).data.patient.measuresDue as any[]).map(
        (d) => d.instrument,
      );
    expect(await due(today())).toEqual(['PCL5']);
    expect(await due(plusDays(today(), 27))).not.toContain('GAD7');
    const later = (await as.clinician.request(DUE, { id: fx.patientId, on: plusDays(today(), 28) })).data.patient
      .measuresDue;
    expect(later).toContainEqual(
      expect.objectContaining({ instrument: 'GAD7', schedule: 'EVERY_N_WEEKS', lastCompletedOn: today() }),
    );
  });

  it('a stopped assignment is no longer due, and stopping twice is a conflict', async () => {
    const stopped = await as.clinician.request(STOP, { id: ids.PCL5 });
    expect(stopped.errors).toBeUndefined();
    expect(stopped.data.stopMeasureAssignment.active).toBe(false);
    expect(errorCodes(await as.clinician.request(STOP, { id: ids.PCL5 }))).toEqual(['CONFLICT']);
    const due = await as.clinician.request(DUE, { id: fx.patientId, on: today() });
    expect(due.data.patient.measuresDue).toEqual([]);
  });

  it("a clinician off the care team gets NOT_FOUND for the patient's assignments", async () => {
    const assign = await as.otherClinician.request(ASSIGN, {
      input: { patientId: fx.patientId, instrument: 'AUDITC', schedule: 'ONCE' },
    });
    expect(errorCodes(assign)).toEqual(['NOT_FOUND']);
    expect(errorCodes(await as.otherClinician.request(STOP, { id: ids.GAD7 }))).toEqual(['NOT_FOUND']);
  });
});

describe('recording a measure on the clinic tablet', () => {
  it('measureForm gives the questions and answer options to render', async () => {
    const response = await as.clinician.request(`{ measureForm(instrument: PHQ9) {
      shortTitle prompt maxTotal questions { id number text kind required safetyItem options { value label } }
      bands { min max label level } } }`);
    expect(response.errors).toBeUndefined();
    const form = response.data.measureForm;
    expect(form).toMatchObject({ shortTitle: 'PHQ-9', maxTotal: 27 });
    expect(form.questions).toHaveLength(10);
    expect(form.questions[8]).toMatchObject({
      id: 'selfHarmThoughts',
      number: 9,
      kind: 'SCORED',
      required: true,
      safetyItem: true,
      text: 'Thoughts of death or self-harm',
    });
    expect(form.questions[0].options).toEqual([
      { value: 0, label: 'Not at all' },
      { value: 1, label: 'Several days' },
      { value: 2, label: 'More than half the days' },
      { value: 3, label: 'Nearly every day' },
    ]);
    expect(form.questions[9]).toMatchObject({ id: 'difficulty', kind: 'CHOICE', required: false, safetyItem: false });
    expect(form.bands[3]).toEqual({ min: 15, max: 19, label: 'Moderately severe', level: 'HIGH' });
  });

  it('the server computes total, band, item scores and interpretation from the answers', async () => {
    const response = await record(as.clinician, {
      instrument: 'PHQ9',
      answers: [...phq9(3, 3, 3, 3, 2, 2, 2, 2, 0), { itemId: 'difficulty', value: 2 }],
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.recordMeasureResponses).toMatchObject({
      instrument: 'PHQ9',
      total: 20,
      severityLabel: 'Severe',
      severityLevel: 'VERY_HIGH',
      positive: true,
      source: 'IN_CLINIC',
      administeredOn: today(),
      administeredById: fx.staff.clinician,
      safetyFlags: [],
    });
    expect(response.data.recordMeasureResponses.itemScores).toHaveLength(9);
    expect(response.data.recordMeasureResponses.itemScores[0]).toEqual({ itemId: 'anhedonia', number: 1, value: 3 });
    expect(response.data.recordMeasureResponses.interpretation).toMatch(/^PHQ-9 20 of 27: severe depressive symptoms/);
  });

  it('a forged score cannot even be sent: the input type has no total, band or flag', async () => {
    const forged = await record(as.clinician, {
      instrument: 'PHQ9',
      answers: phq9(3, 3, 3, 3, 3, 3, 3, 3, 0),
      total: 0,
    });
    expect(forged.data ?? null).toBeNull();
    // Refused as an invalid variable before any resolver runs (the message is masked for clients).
    expect(errorCodes(forged)).toEqual(['BAD_USER_INPUT']);
    const forgedItem = await record(as.clinician, {
      instrument: 'PHQ9',
      answers: phq9(0, 0, 0, 0, 0, 0, 0, 0, 0).map((a) => ({ ...a, score: 3 })),
    });
    expect(new Set(errorCodes(forgedItem))).toEqual(new Set(['BAD_USER_INPUT']));
    const stored = await server.orm.em
      .fork()
      .getConnection()
      .execute('select count(*)::int as n from measure_administration where patient_id = ? and total = 0', [
        fx.patientId,
      ]);
    expect(stored[0]!.n).toBe(0);
  });

  it.each([
    ['an item out of range', phq9(0, 0, 5, 0, 0, 0, 0, 0, 0), 'PHQ-9 item 3 must be a whole number from 0 to 3.'],
    ['a missing item', phq9(0, 0, 0, 0, 0, 0, 0, 0).slice(0, 8), 'PHQ-9 item 9 is missing.'],
    [
      'an unknown item',
      [...phq9(0, 0, 0, 0, 0, 0, 0, 0, 0), { itemId: 'mood', value: 1 }],
      'PHQ-9 received an answer to an item it does not have.',
    ],
    [
      'an item answered twice',
      [...phq9(0, 0, 0, 0, 0, 0, 0, 0, 0), { itemId: 'sleep', value: 1 }],
      'Each item may be answered once.',
    ],
    [
      'yes/no on a scored item',
      phq9(0, 0, 0, 0, 0, 0, 0, 0, 0).map((a, i) => (i === 0 ? { itemId: a.itemId, yes: true } : a)),
      'PHQ-9 item 1 must be a whole number from 0 to 3.',
    ],
  ])('refuses %s with a plain BAD_USER_INPUT', async (_case, answers, message) => {
    const response = await record(as.clinician, { instrument: 'PHQ9', answers });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toBe(message);
  });

  it('refuses an assignment of another instrument', async () => {
    const gad = await as.clinician.request(
      `query ($id: ID!) { patient(id: $id) { measureAssignments { id instrument active } } }`,
      {
        id: fx.patientId,
      },
    );
    const gadAssignment = gad.data.patient.measureAssignments.find((a: any) => a.instrument === 'GAD7');
    const response = await record(as.clinician, {
      instrument: 'PHQ9',
      answers: phq9(0, 0, 0, 0, 0, 0, 0, 0, 0),
      assignmentId: gadAssignment.id,
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('a clinician off the care team gets NOT_FOUND', async () => {
    const response = await record(as.otherClinician, { instrument: 'PHQ9', answers: phq9(0, 0, 0, 0, 0, 0, 0, 0, 0) });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });
});

describe('trends', () => {
  beforeAll(async () => {
    // Baseline 20 was recorded above; then 12, 9, 4.
    for (const values of [
      [2, 2, 2, 2, 1, 1, 1, 1, 0],
      [1, 1, 1, 1, 1, 1, 1, 2, 0],
      [1, 1, 1, 1, 0, 0, 0, 0, 0],
    ]) {
      const response = await record(as.clinician, { instrument: 'PHQ9', answers: phq9(...values) });
      expect(response.errors).toBeUndefined();
    }
  });

  it('measureHistory marks reliable change, response and remission against the baseline', async () => {
    const response = await as.clinician.request(HISTORY, { id: fx.patientId, instrument: 'PHQ9' });
    expect(response.errors).toBeUndefined();
    const history = response.data.patient.measureHistory;
    expect(history.norms).toEqual({ sd: 5.5, reliability: 0.84, minimumReliableChange: expect.closeTo(6.1, 1) });
    expect(history.bands.map((b: any) => b.label)).toEqual([
      'Minimal',
      'Mild',
      'Moderate',
      'Moderately severe',
      'Severe',
    ]);
    const points = history.points.map((p: any) => [p.total, p.isBaseline, p.change, p.response, p.remission]);
    expect(points).toEqual([
      [20, true, null, false, false],
      [12, false, 'IMPROVED', false, false],
      [9, false, 'RECOVERED', true, false],
      [4, false, 'RECOVERED', true, true],
    ]);
    expect(history.points[1].changeFromBaseline).toBe(-8);
    expect(history.points[1].reliableChangeIndex).toBeCloseTo(-8 / (5.5 * Math.sqrt(0.16) * Math.SQRT2), 5);
  });

  it('`last` keeps the newest points and still compares with the first ever', async () => {
    const response = await as.clinician.request(HISTORY, { id: fx.patientId, instrument: 'PHQ9', last: 2 });
    expect(response.data.patient.measureHistory.points.map((p: any) => [p.total, p.changeFromBaseline])).toEqual([
      [9, -11],
      [4, -16],
    ]);
  });

  it('latestScores gives each instrument’s latest score and its direction', async () => {
    const response = await as.clinician.request(
      `query ($id: ID!) { patient(id: $id) { latestScores { instrument total bandLabel bandLevel administeredAt trend } } }`,
      { id: fx.patientId },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.patient.latestScores).toEqual([
      expect.objectContaining({ instrument: 'PHQ9', total: 4, bandLabel: 'Minimal', trend: 'DOWN' }),
      expect.objectContaining({ instrument: 'GAD7', total: 9, bandLabel: 'Mild', trend: null }),
    ]);
  });

  it('notImprovingPatients lists a care-team patient with no reliable improvement after the weeks', async () => {
    // A GAD-7 baseline of 12 ten weeks ago (the latest, today, is 9: a 3-point drop is not reliable).
    const tenWeeksAgo = new Date(Date.now() - 70 * 86_400_000);
    await server.orm.em
      .fork()
      .getConnection()
      .execute(
        `insert into measure_administration (id, practice_id, created_at, updated_at, patient_id, instrument,
           instrument_version, administered_at, administered_on, source, responses, item_scores, total,
           severity_label, severity_level, interpretation)
         values (gen_random_uuid(), ?, now(), now(), ?, 'GAD7', '1', ?, ?, 'IN_CLINIC', '{}', '[]', 12,
           'Moderate', 'MODERATE', 'seeded baseline')`,
        [fx.practiceId, fx.patientId, tenWeeksAgo, plusDays(today(), -70)],
      );
    const response = await as.clinician.request(
      '{ notImprovingPatients { patientId instrument baselineTotal latestTotal weeksSinceBaseline patient { id } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.notImprovingPatients).toEqual([
      {
        patientId: fx.patientId,
        instrument: 'GAD7',
        baselineTotal: 12,
        latestTotal: 9,
        weeksSinceBaseline: 10,
        patient: { id: fx.patientId },
      },
    ]);
    const longer = await as.clinician.request('{ notImprovingPatients(weeks: 12) { patientId } }');
    expect(longer.data.notImprovingPatients).toEqual([]);
    const other = await as.otherClinician.request('{ notImprovingPatients { patientId } }');
    expect(other.data.notImprovingPatients).toEqual([]);
  });
});

describe("the practice's reliable-change norms", () => {
  const VIEW = 'instrument practiceSet norms { sd reliability minimumReliableChange } defaultNorms { sd reliability }';
  const NORMS = `{ reliableChangeNorms { ${VIEW} } }`;
  const SET = `mutation ($i: MeasureInstrument!, $n: ReliableChangeNormsInput) {
    setReliableChangeNorms(instrument: $i, norms: $n) { ${VIEW} } }`;
  const RESET = `mutation ($i: MeasureInstrument!) { resetReliableChangeNorms(instrument: $i) { ${VIEW} } }`;
  const phq9History = async () =>
    (await as.clinician.request(HISTORY, { id: fx.patientId, instrument: 'PHQ9' })).data.patient.measureHistory;
  afterAll(async () => {
    for (const i of ['PHQ9', 'GAD7']) await as.manager.request(RESET, { i });
  });

  it('every staff role reads the norms in force; only the practice manager changes them', async () => {
    const read = await as.frontDesk.request(NORMS);
    expect(read.errors).toBeUndefined();
    expect(read.data.reliableChangeNorms.map((n: any) => n.instrument)).toEqual([
      'PHQ9',
      'PHQA',
      'GAD7',
      'PCL5',
      'AUDITC',
    ]);
    expect(read.data.reliableChangeNorms[0]).toMatchObject({
      practiceSet: false,
      norms: { sd: 5.5, reliability: 0.84 },
    });
    expect(read.data.reliableChangeNorms[4]).toMatchObject({ norms: null, defaultNorms: null });
    for (const who of ['clinician', 'frontDesk', 'biller', 'patient'] as const) {
      const set = await as[who].request(SET, { i: 'PHQ9', n: { sd: 9, reliability: 0.5 } });
      expect([who, errorCodes(set)]).toEqual([who, ['FORBIDDEN']]);
      expect([who, errorCodes(await as[who].request(RESET, { i: 'PHQ9' }))]).toEqual([who, ['FORBIDDEN']]);
    }
    expect(errorCodes(await as.patient.request(NORMS))).toEqual(['FORBIDDEN']);
  });

  it("the manager's norms decide the trend's reliable change and the not-improving list, audited", async () => {
    const set = await as.manager.request(SET, { i: 'PHQ9', n: { sd: 10, reliability: 0.5 } });
    expect(set.errors).toBeUndefined();
    const phq9 = set.data.setReliableChangeNorms.find((n: any) => n.instrument === 'PHQ9');
    expect(phq9).toMatchObject({ practiceSet: true, norms: { sd: 10, reliability: 0.5 }, defaultNorms: { sd: 5.5 } });
    expect(phq9.norms.minimumReliableChange).toBeCloseTo(19.6, 5);

    const history = await phq9History();
    expect(history.norms).toEqual({ sd: 10, reliability: 0.5, minimumReliableChange: expect.closeTo(19.6, 5) });
    // 20 → 12 was a reliable improvement under the default norms; with these it is not.
    expect(history.points[1].reliableChangeIndex).toBeCloseTo(-0.8, 5);
    expect(history.points[1].change).toBe('UNCHANGED');

    // Looser GAD-7 norms make the 3-point drop reliable: the patient leaves the not-improving list.
    expect((await as.clinician.request('{ notImprovingPatients { instrument } }')).data.notImprovingPatients).toEqual([
      { instrument: 'GAD7' },
    ]);
    await as.manager.request(SET, { i: 'GAD7', n: { sd: 2, reliability: 0.9 } });
    expect((await as.clinician.request('{ notImprovingPatients { instrument } }')).data.notImprovingPatients).toEqual(
      [],
    );

    const audit = await server.orm.em
      .fork()
      .getConnection()
      .execute<{ reason: string }[]>(
        `select reason from audit_event where practice_id = ? and action = 'UPDATE' and entity_type = 'Practice'
          order by seq`,
        [fx.practiceId],
      );
    expect(audit.map((row: { reason: string }) => row.reason)).toEqual(
      expect.arrayContaining([
        'PHQ9 reliable-change norms set to SD 10, reliability 0.5',
        'GAD7 reliable-change norms set to SD 2, reliability 0.9',
      ]),
    );
  });

  it('reliable change can be switched off for an instrument, and the default put back', async () => {
    const off = await as.manager.request(SET, { i: 'PHQ9', n: null });
    expect(off.data.setReliableChangeNorms[0]).toMatchObject({ instrument: 'PHQ9', practiceSet: true, norms: null });
    const history = await phq9History();
    expect(history.norms).toBeNull();
    expect(history.points.map((p: any) => p.reliableChangeIndex)).toEqual([null, null, null, null]);

    const reset = await as.manager.request(RESET, { i: 'PHQ9' });
    expect(reset.data.resetReliableChangeNorms[0]).toMatchObject({ practiceSet: false, norms: { sd: 5.5 } });
    expect((await phq9History()).points[1].change).toBe('IMPROVED');
  });

  it('refuses norms that cannot be used (BAD_USER_INPUT) and changes nothing', async () => {
    for (const n of [
      { sd: 0, reliability: 0.8 },
      { sd: 28, reliability: 0.8 },
      { sd: 5, reliability: 1 },
      { sd: 5, reliability: -0.1 },
    ]) {
      const response = await as.manager.request(SET, { i: 'PHQ9', n });
      expect([n, errorCodes(response)]).toEqual([n, ['BAD_USER_INPUT']]);
    }
    const read = await as.manager.request(NORMS);
    expect(read.data.reliableChangeNorms[0]).toMatchObject({ practiceSet: false, norms: { sd: 5.5 } });
  });
});

describe('batch reads for lists', () => {
  it('answer for many patients at once, with an empty list for patients without measures', async () => {
    const em = server.orm.em.fork();
    em.setFilterParams(PRACTICE_FILTER, { practiceId: fx.practiceId });
    const patients = [fx.patientId, fx.otherPatientId];
    const statements: string[] = [];
    const connection = em.getConnection();
    const execute = connection.execute.bind(connection);
    connection.execute = ((...args: Parameters<typeof execute>) => {
      statements.push(String(args[0]));
      return execute(...args);
    }) as typeof execute;

    const due = await measuresDueFor(em, fx.practiceId, patients, plusDays(today(), 28));
    expect(statements.length).toBeLessThanOrEqual(2);
    expect(due.get(fx.patientId)!.map((d) => d.instrument)).toEqual(['GAD7']);
    expect(due.get(fx.otherPatientId)).toEqual([]);

    statements.length = 0;
    const latest = await latestScoresFor(em, patients);
    expect(statements).toHaveLength(1);
    expect(latest.get(fx.patientId)!.map((s) => [s.instrument, s.total])).toEqual([
      ['PHQ9', 4],
      ['GAD7', 9],
    ]);
    expect(latest.get(fx.otherPatientId)).toEqual([]);

    const open = await openSafetyAlertCountsFor(em, fx.practiceId, patients);
    expect([...open.values()]).toEqual([0, 0]);
  });
});

describe('permissions: measurement-based care is for clinicians only', () => {
  const OPERATIONS: [string, string, () => Record<string, unknown>][] = [
    ['measureForm', '{ measureForm(instrument: GAD7) { shortTitle } }', () => ({})],
    ['mySafetyAlerts', '{ mySafetyAlerts(open: true) { id } }', () => ({})],
    ['notImprovingPatients', '{ notImprovingPatients { patientId } }', () => ({})],
    ['assignMeasure', ASSIGN, () => ({ input: { patientId: fx.patientId, instrument: 'AUDITC', schedule: 'ONCE' } })],
    ['stopMeasureAssignment', STOP, () => ({ id: fx.patientId })],
    [
      'recordMeasureResponses',
      RECORD,
      () => ({ input: { patientId: fx.patientId, instrument: 'PHQ9', answers: phq9(0, 0, 0, 0, 0, 0, 0, 0, 0) } }),
    ],
    [
      'acknowledgeSafetyAlert',
      'mutation ($id: ID!) { acknowledgeSafetyAlert(id: $id, action: CONTACTED_PATIENT) { id } }',
      () => ({ id: fx.patientId }),
    ],
  ];
  const OTHERS = ['frontDesk', 'biller', 'manager', 'patient'] as const;

  describe.each(OTHERS)('%s', (persona) => {
    it.each(OPERATIONS)('is refused %s (FORBIDDEN)', async (_name, query, variables) => {
      const response = await as[persona].request(query, variables());
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    });

    it("cannot read a patient's measures on the chart", async () => {
      const query = `query ($id: ID!) { patient(id: $id) { id measureHistory(instrument: PHQ9) { instrument }
        latestScores { total } measuresDue { instrument } measureAssignments { id } } }`;
      const response = await as[persona].request(query, { id: fx.patientId });
      if (persona === 'patient') {
        // A patient is refused the staff chart query itself.
        expect(errorCodes(response)).toEqual(['FORBIDDEN']);
        return;
      }
      expect(response.data.patient.id).toBe(fx.patientId);
      expect(forbiddenPaths(response).sort()).toEqual([
        'patient.latestScores',
        'patient.measureAssignments',
        'patient.measureHistory',
        'patient.measuresDue',
      ]);
      expect(errorCodes(response).every((code) => code === 'FORBIDDEN')).toBe(true);
    });
  });

  it("a clinician off the care team is refused the patient's measures on the chart (field guard)", async () => {
    const response = await as.otherClinician.request(HISTORY, { id: fx.patientId, instrument: 'PHQ9' });
    expect(response.data.patient.measureHistory).toBeNull();
    expect(forbiddenPaths(response)).toEqual(['patient.measureHistory']);
  });

  it('reads of measures are written to the audit log', async () => {
    const rows = await server.orm.em
      .fork()
      .getConnection()
      .execute(
        `select count(*)::int as n from audit_event
          where practice_id = ? and action = 'READ' and patient_id = ? and 'measureHistory' = any(fields)`,
        [fx.practiceId, fx.patientId],
      );
    expect(rows[0]!.n).toBeGreaterThan(0);
  });
});
