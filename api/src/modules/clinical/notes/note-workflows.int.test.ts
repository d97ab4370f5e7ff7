import { Practice } from '../../../platform/db/practice.entity';
import { bookVisit } from '../../../test/book-visit';
import { createPracticeFixture, type PracticeFixture } from '../../../test/fixtures';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { AppointmentType } from '../../scheduling';

let server: TestServer;
let fx: PracticeFixture;
type Persona = 'clinician' | 'otherClinician' | 'frontDesk' | 'biller' | 'manager';
const as = {} as Record<Persona, GraphQLClient>;
const typeIds = {} as Record<'family' | 'familyWithout' | 'intake', string>;

const CHARGE = `charge { status diagnosisCodes lines { cpt modifiers units placeOfService }
  findings { ruleId severity } }`;
const NOTE = `id status version service missingForSignature
  content { participants nextAppointment nextAppointmentId plan }`;
const START = `mutation ($input: StartProgressNoteInput!) { startProgressNote(input: $input) { ${NOTE} } }`;
const SAVE = `mutation ($id: ID!, $input: SaveProgressNoteDraftInput!) {
  saveProgressNoteDraft(id: $id, input: $input) { ${NOTE} } }`;
const SIGN = `mutation ($id: ID!, $v: Int!) { signProgressNote(id: $id, version: $v) { ${NOTE} ${CHARGE} } }`;
const READ = `query ($id: ID!) { progressNote(id: $id) { ${NOTE} rendered { heading lines } } }`;
const BOOK = 'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }';
const FOLLOW_UP = `mutation ($id: ID!, $input: ScheduleFollowUpInput!) {
  scheduleFollowUpFromNote(noteId: $id, input: $input) { appointmentId startsAt endsAt recordedInNote note { ${NOTE} } } }`;
const SET_RULES = `mutation ($payerId: ID!, $input: PayerTelehealthRulesInput!) {
  updatePayerTelehealthRules(payerId: $payerId, input: $input) { id telehealthRules {
    videoPlaceOfServiceHome videoPlaceOfServiceOther videoModifiers audioOnlyModifiers audioOnlyAllowed } } }`;

/** 2027-03-`day` at `hourUtc` (morning in Chicago). */
const at = (day: number, hourUtc: number) => new Date(Date.UTC(2027, 2, day, hourUtc)).toISOString();

async function book(appointmentTypeId: string, startsAt: string, patientId = fx.patientId): Promise<string> {
  const visit = { providerId: fx.staff.clinician, patientIds: [patientId], startsAt, appointmentTypeId };
  return (await bookVisit(as.frontDesk, fx, visit)).id;
}

async function startNote(appointmentTypeId: string, startsAt: string) {
  const appointmentId = await book(appointmentTypeId, startsAt);
  const response = await as.clinician.request(START, { input: { appointmentId } });
  expect(response.errors).toBeUndefined();
  return response.data.startProgressNote as Record<string, any>;
}

/** A signable core: 45 minutes, risk assessed, interventions and plan. */
function core(start: string, extra: Record<string, unknown> = {}) {
  return {
    sessionStart: start,
    sessionEnd: new Date(new Date(start).getTime() + 45 * 60_000).toISOString(),
    modality: 'IN_PERSON',
    participants: ['PATIENT'],
    presentingConcerns: 'Conflict at home.',
    risk: { suicidalIdeation: 'DENIED', homicidalIdeation: 'DENIED' },
    interventions: ['FAMILY_SYSTEMS'],
    plan: 'Weekly sessions.',
    ...extra,
  };
}

async function save(note: Record<string, any>, content: Record<string, unknown>) {
  const response = await as.clinician.request(SAVE, { id: note.id, input: { version: note.version, content } });
  expect(response.errors).toBeUndefined();
  return response.data.saveProgressNoteDraft as Record<string, any>;
}

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'note-workflows');
  for (const persona of ['clinician', 'otherClinician', 'frontDesk', 'biller', 'manager'] as const) {
    as[persona] = new GraphQLClient(server.url);
    await as[persona].login(fx.emails[persona]);
  }
  const em = server.orm.em.fork();
  const practice = em.getReference(Practice, fx.practiceId);
  const type = (name: string, defaultCptCode: string) =>
    em.create(AppointmentType, { practice, name, defaultMinutes: 50, color: '#2f9e44', defaultCptCode });
  const family = type('Family (with patient)', '90847');
  const familyWithout = type('Family (without patient)', '90846');
  const intake = type('Intake', '90791');
  await em.flush();
  Object.assign(typeIds, { family: family.id, familyWithout: familyWithout.id, intake: intake.id });
});
afterAll(() => server.close());

describe('family psychotherapy', () => {
  it('90847 needs the patient and a family member present, and bills 90847', async () => {
    const started = await startNote(typeIds.family, at(2, 15));
    expect(started).toMatchObject({ service: 'FAMILY_WITH_PATIENT', content: { participants: ['PATIENT'] } });
    let note = await save(started, core(at(2, 15)));
    expect(note.missingForSignature).toEqual(['The family members present (family psychotherapy)']);
    expect(errorCodes(await as.clinician.request(SIGN, { id: note.id, v: note.version }))).toEqual(['BAD_USER_INPUT']);

    note = await save(note, core(at(2, 15), { participants: ['PARENT_GUARDIAN'] }));
    expect(note.missingForSignature).toEqual([
      'The patient among those present (family psychotherapy with the patient), or change the service',
    ]);
    note = await save(note, core(at(2, 15), { participants: ['PATIENT', 'PARENT_GUARDIAN'] }));
    const signed = await as.clinician.request(SIGN, { id: note.id, v: note.version });
    expect(signed.errors).toBeUndefined();
    expect(signed.data.signProgressNote.charge).toMatchObject({
      status: 'READY',
      lines: [{ cpt: '90847', modifiers: [], units: 1, placeOfService: '11' }],
    });
  });

  it('90846 starts without the patient present, refuses to sign with the patient there, and bills 90846', async () => {
    const started = await startNote(typeIds.familyWithout, at(3, 15));
    expect(started).toMatchObject({ service: 'FAMILY_WITHOUT_PATIENT', content: { participants: [] } });
    let note = await save(started, core(at(3, 15), { participants: ['PATIENT', 'PARTNER'] }));
    const refused = await as.clinician.request(SIGN, { id: note.id, v: note.version });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.message).toContain('remove the patient from those present');

    note = await save(note, core(at(3, 15), { participants: ['PARTNER'] }));
    const signed = await as.clinician.request(SIGN, { id: note.id, v: note.version });
    expect(signed.errors).toBeUndefined();
    expect(signed.data.signProgressNote.charge.lines).toEqual([
      { cpt: '90846', modifiers: [], units: 1, placeOfService: '11' },
    ]);
  });
});

describe('intake (biopsychosocial assessment)', () => {
  it('needs the intake sections rather than interventions, renders them, and bills 90791', async () => {
    const started = await startNote(typeIds.intake, at(4, 15));
    expect(started.service).toBe('INTAKE');
    let note = await save(started, {
      ...core(at(4, 15)),
      interventions: null,
      plan: null,
      presentingConcerns: null,
    });
    expect(note.missingForSignature).toEqual([
      'History of the present illness',
      'Psychiatric history',
      'Substance use history',
      'Medical history',
      'Family and social history',
      'Mental status exam',
      'Diagnostic impression and formulation',
      'Recommendations and level of care',
    ]);
    expect(errorCodes(await as.clinician.request(SIGN, { id: note.id, v: note.version }))).toEqual(['BAD_USER_INPUT']);

    note = await save(note, {
      ...core(at(4, 15)),
      interventions: null,
      plan: null,
      referralReason: 'Referred by primary care for worry.',
      historyOfPresentIllness: 'Six months of worry and poor sleep after a job change.',
      psychiatricHistory: 'No prior treatment or hospitalizations.',
      substanceUseHistory: 'Alcohol socially, AUDIT-C 2; no other substances.',
      medicalHistory: 'Hypothyroidism, on levothyroxine.',
      familySocialHistory: 'Mother with depression; lives with partner.',
      mentalStatus: ['mood:anxious', 'cognition:oriented_x4'],
      diagnosticFormulation: 'Generalized anxiety disorder maintained by avoidance.',
      recommendations: 'Weekly outpatient CBT.',
    });
    expect(note.missingForSignature).toEqual([]);
    const rendered = (await as.clinician.request(READ, { id: note.id })).data.progressNote.rendered;
    const text = rendered.flatMap((s: { lines: string[] }) => s.lines).join('\n');
    for (const line of [
      'Psychiatric history: No prior treatment',
      'Substance use history: Alcohol socially',
      'Diagnostic impression: Generalized anxiety disorder',
      'Recommendations: Weekly outpatient CBT.',
    ]) {
      expect(text).toContain(line);
    }
    const signed = await as.clinician.request(SIGN, { id: note.id, v: note.version });
    expect(signed.errors).toBeUndefined();
    expect(signed.data.signProgressNote.charge).toMatchObject({
      status: 'READY',
      lines: [{ cpt: '90791', units: 1 }],
    });
    const [fee] = await server.orm.em
      .getConnection()
      .execute('select total_cents from charge where progress_note_id = ?', [note.id]);
    expect(fee!.total_cents).toBe(20000);
  });
});

describe('per-payer telehealth rules', () => {
  const videoAtHome = (start: string) =>
    core(start, { modality: 'VIDEO', patientAtHome: true, telehealthConsent: true, interventions: ['CBT'] });

  it('a payer without rules is billed with the practice default: POS 10 and modifier 95', async () => {
    const note = await save(await startNote(fx.appointmentTypeId, at(5, 15)), videoAtHome(at(5, 15)));
    const signed = await as.clinician.request(SIGN, { id: note.id, v: note.version });
    expect(signed.data.signProgressNote.charge).toMatchObject({
      status: 'READY',
      lines: [{ cpt: '90834', modifiers: ['95'], placeOfService: '10' }],
    });
  });

  it.each([
    ['the front desk', 'frontDesk'],
    ['a clinician', 'clinician'],
  ] as const)('%s cannot change a payer’s telehealth rules', async (_who, persona) => {
    const response = await as[persona].request(SET_RULES, { payerId: fx.payerId, input: { videoModifiers: ['GT'] } });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('refuses malformed codes', async () => {
    const response = await as.biller.request(SET_RULES, {
      payerId: fx.payerId,
      input: { videoPlaceOfServiceHome: '2', videoModifiers: ['G'] },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it("a payer's own rules (GT, POS 02 at home) code the next video note", async () => {
    const updated = await as.biller.request(SET_RULES, {
      payerId: fx.payerId,
      input: { videoPlaceOfServiceHome: '02', videoModifiers: ['GT'] },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updatePayerTelehealthRules.telehealthRules).toEqual({
      videoPlaceOfServiceHome: '02',
      videoPlaceOfServiceOther: null,
      videoModifiers: ['GT'],
      audioOnlyModifiers: null,
      audioOnlyAllowed: null,
    });
    const managerView = await as.manager.request('{ payers { id telehealthRules { videoModifiers } } }');
    expect(managerView.data.payers).toContainEqual({ id: fx.payerId, telehealthRules: { videoModifiers: ['GT'] } });

    const note = await save(await startNote(fx.appointmentTypeId, at(8, 15)), videoAtHome(at(8, 15)));
    const signed = await as.clinician.request(SIGN, { id: note.id, v: note.version });
    expect(signed.data.signProgressNote.charge).toMatchObject({
      status: 'READY',
      lines: [{ cpt: '90834', modifiers: ['GT'], placeOfService: '02' }],
    });
  });
});

describe('scheduling the follow-up from the note', () => {
  it('books the next visit with the same provider and writes it into the draft’s plan', async () => {
    const note = await startNote(fx.appointmentTypeId, at(9, 15));
    const response = await as.clinician.request(FOLLOW_UP, { id: note.id, input: { startsAt: at(16, 15) } });
    expect(response.errors).toBeUndefined();
    const booking = response.data.scheduleFollowUpFromNote;
    expect(booking).toMatchObject({
      startsAt: at(16, 15),
      endsAt: at(16, 15).replace('T15:00', 'T15:50'),
      recordedInNote: true,
    });
    // 15:00 UTC is 10:00 in Chicago once daylight saving has started (2027-03-14).
    expect(booking.note.content).toMatchObject({
      nextAppointment: '2027-03-16 10:00',
      nextAppointmentId: booking.appointmentId,
    });
    expect(booking.note.version).toBe(note.version + 1);

    const appointment = await as.frontDesk.request(
      'query ($id: ID!) { appointment(id: $id) { providerId facilityId status } }',
      { id: booking.appointmentId },
    );
    expect(appointment.data.appointment).toEqual({
      providerId: fx.staff.clinician,
      facilityId: fx.facilityId,
      status: 'SCHEDULED',
    });
    const read = (await as.clinician.request(READ, { id: note.id })).data.progressNote;
    expect(read.rendered.find((s: { heading: string }) => s.heading === 'Plan').lines).toContain(
      'Next appointment: 2027-03-16 10:00',
    );
  });

  it('a taken time gets the calendar’s own CONFLICT, and the note is left unchanged', async () => {
    const note = await startNote(fx.appointmentTypeId, at(10, 15));
    await book(fx.appointmentTypeId, at(17, 15), fx.otherPatientId);
    const fromCalendar = await as.frontDesk.request(BOOK, {
      input: {
        providerId: fx.staff.clinician,
        facilityId: fx.facilityId,
        appointmentTypeId: fx.appointmentTypeId,
        patientIds: [fx.patientId],
        startsAt: at(17, 15),
      },
    });
    const fromNote = await as.clinician.request(FOLLOW_UP, { id: note.id, input: { startsAt: at(17, 15) } });
    expect(errorCodes(fromNote)).toEqual(['CONFLICT']);
    expect(fromNote.errors![0]!.message).toBe(fromCalendar.errors![0]!.message);
    const read = (await as.clinician.request(READ, { id: note.id })).data.progressNote;
    expect(read).toMatchObject({ version: note.version, content: { nextAppointment: null } });
  });

  it('on a signed note the follow-up is booked but the locked note is not changed', async () => {
    const started = await startNote(fx.appointmentTypeId, at(11, 15));
    const note = await save(started, core(at(11, 15), { interventions: ['CBT'] }));
    const signed = (await as.clinician.request(SIGN, { id: note.id, v: note.version })).data.signProgressNote;
    const response = await as.clinician.request(FOLLOW_UP, {
      id: note.id,
      input: { startsAt: at(18, 15), durationMinutes: 30 },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.scheduleFollowUpFromNote).toMatchObject({
      recordedInNote: false,
      endsAt: at(18, 15).replace('T15:00', 'T15:30'),
      note: { version: signed.version, content: { nextAppointment: null } },
    });
  });

  it('is for the note’s author only', async () => {
    const note = await startNote(fx.appointmentTypeId, at(12, 15));
    const input = { startsAt: at(19, 15) };
    expect(errorCodes(await as.frontDesk.request(FOLLOW_UP, { id: note.id, input }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as.biller.request(FOLLOW_UP, { id: note.id, input }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as.otherClinician.request(FOLLOW_UP, { id: note.id, input }))).toEqual(['NOT_FOUND']);
  });
});
