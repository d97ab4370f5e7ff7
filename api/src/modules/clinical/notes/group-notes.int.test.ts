import { bookVisit } from '../../../test/book-visit';
import { createPracticeFixture, type PracticeFixture } from '../../../test/fixtures';
import { errorCodes, firstErrorExtensions, GraphQLClient } from '../../../test/graphql-client';
import { startTestServer, type TestServer } from '../../../test/test-server';

let server: TestServer;
let fx: PracticeFixture;
type Persona = 'clinician' | 'otherClinician' | 'frontDesk' | 'biller';
const as = {} as Record<Persona, GraphQLClient>;

const MEMBER = `id status version service patientId groupNoteId missingForSignature minutes
  content { responseNotes plan groupTopic groupNarrative }
  groupSession { topic narrative interventions }`;
const GROUP = `id status version appointmentId dateOfService timeZone
  members { ${MEMBER} }
  missingForSignature { shared members { member noteId patientId missing } }`;
const START_GROUP = `mutation ($id: ID!) { startGroupNote(appointmentId: $id) { ${GROUP} } }`;
const SAVE_GROUP = `mutation ($id: ID!, $shared: GroupSharedContentInput!, $v: Int!) {
  saveGroupNoteDraft(id: $id, shared: $shared, version: $v) { ${GROUP} } }`;
const SIGN_GROUP = `mutation ($id: ID!, $v: Int!) { signGroupNote(id: $id, version: $v) { ${GROUP} } }`;
const READ_GROUP = `query ($id: ID!) { groupNote(id: $id) { ${GROUP} } }`;
const SAVE_NOTE = `mutation ($id: ID!, $input: SaveProgressNoteDraftInput!) {
  saveProgressNoteDraft(id: $id, input: $input) { ${MEMBER} } }`;
const SIGN_NOTE = `mutation ($id: ID!, $v: Int!) { signProgressNote(id: $id, version: $v) { id } }`;
const READ_NOTE = `query ($id: ID!) { progressNote(id: $id) { ${MEMBER} rendered(format: DAP) { heading lines }
  charge { status diagnosisCodes lines { cpt modifiers units placeOfService } } } }`;

const START = new Date(Date.UTC(2027, 2, 2, 15)).toISOString();
const END = new Date(Date.UTC(2027, 2, 2, 16, 30)).toISOString();

async function bookGroup(hourUtc: number, patientIds: string[]): Promise<string> {
  const startsAt = new Date(Date.UTC(2027, 2, 2, hourUtc)).toISOString();
  const visit = {
    providerId: fx.staff.clinician,
    patientIds,
    startsAt,
    minutes: 90,
    appointmentTypeId: fx.groupTypeId,
  };
  return (await bookVisit(as.frontDesk, fx, visit)).id;
}

/** A member's own part, complete, with a phrase only this member's note may ever show. */
function memberPart(phrase: string, withPlan = true) {
  return {
    participants: ['PATIENT'],
    responses: ['ENGAGED'],
    responseNotes: phrase,
    risk: { suicidalIdeation: 'DENIED', homicidalIdeation: 'DENIED' },
    plan: withPlan ? 'Continue weekly group.' : null,
  };
}

const SHARED = {
  sessionStart: START,
  sessionEnd: END,
  modality: 'IN_PERSON',
  topic: 'Managing worry',
  interventions: ['CBT', 'PSYCHOEDUCATION'],
  narrative: 'The group practised cognitive restructuring on a shared example.',
};

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'group-notes');
  for (const persona of ['clinician', 'otherClinician', 'frontDesk', 'biller'] as const) {
    as[persona] = new GraphQLClient(server.url);
    await as[persona].login(fx.emails[persona]);
  }
  // The fixture payer pays its own fee for group psychotherapy; the self-pay member gets the default.
  await server.orm.em.getConnection().execute(
    `insert into fee_schedule_entry (id, practice_id, created_at, updated_at, payer_id, cpt, fee_cents)
       values (gen_random_uuid(), ?, now(), now(), ?, '90853', 7500)`,
    [fx.practiceId, fx.payerId],
  );
});
afterAll(() => server.close());

describe('a group session with three attendees', () => {
  let appointmentId: string;
  let group: Record<string, any>;
  /** Member notes by patient: Paula (clinician's), Oscar (another clinician's), Ada (self-pay). */
  const noteOf: Record<string, Record<string, any>> = {};
  const phraseOf = (patientId: string) => `Only-for-${patientId.slice(0, 8)} shared a personal example.`;

  beforeAll(async () => {
    appointmentId = await bookGroup(15, [fx.patientId, fx.otherPatientId, fx.associatePatientId]);
    const response = await as.clinician.request(START_GROUP, { id: appointmentId });
    expect(response.errors).toBeUndefined();
    group = response.data.startGroupNote;
    for (const member of group.members) noteOf[member.patientId] = member;
  });

  it('opens one shared part and a member note for every attendee', async () => {
    expect(group).toMatchObject({
      status: 'DRAFT',
      version: 1,
      appointmentId,
      dateOfService: '2027-03-02',
      timeZone: 'America/Chicago',
    });
    expect(Object.keys(noteOf).sort()).toEqual([fx.patientId, fx.otherPatientId, fx.associatePatientId].sort());
    for (const member of group.members) {
      expect(member).toMatchObject({ service: 'GROUP', status: 'DRAFT', groupNoteId: group.id });
    }
    const again = await as.clinician.request(START_GROUP, { id: appointmentId });
    expect(again.data.startGroupNote.id).toBe(group.id);
    expect(again.data.startGroupNote.members).toHaveLength(3);
  });

  it("a member's note is written through the group, not signed or started on its own", async () => {
    const member = noteOf[fx.patientId]!;
    expect(errorCodes(await as.clinician.request(SIGN_NOTE, { id: member.id, v: member.version }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const started = await as.clinician.request(
      'mutation ($input: StartProgressNoteInput!) { startProgressNote(input: $input) { id } }',
      { input: { appointmentId, patientId: fx.patientId } },
    );
    expect(started.data.startProgressNote.id).toBe(member.id);
  });

  it('refuses to sign while parts are missing, naming members by position and note id, never by name', async () => {
    const response = await as.clinician.request(SIGN_GROUP, { id: group.id, v: group.version });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    const message = response.errors![0]!.message;
    expect(message).toContain('the shared part: Interventions used; Group topic. To member 1:');
    expect(message).toContain('member 3:');
    expect(message).not.toMatch(/Paula|Oscar|Ada|Fixture/);
    const missing = firstErrorExtensions(response).missing;
    expect(missing.shared).toEqual(['Interventions used', 'Group topic']);
    expect(missing.members.map((m: { noteId: string }) => m.noteId).sort()).toEqual(
      Object.values(noteOf)
        .map((n) => n.id)
        .sort(),
    );
    expect(missing.members[0].missing).toEqual(
      expect.arrayContaining(['Risk assessment (suicidal and homicidal ideation)', 'Plan']),
    );
  });

  it('saves the shared part and each member part, and lists only what is still missing', async () => {
    const saved = await as.clinician.request(SAVE_GROUP, { id: group.id, shared: SHARED, v: group.version });
    expect(saved.errors).toBeUndefined();
    group = saved.data.saveGroupNoteDraft;
    expect(group.version).toBe(2);
    expect(group.missingForSignature.shared).toEqual([]);

    const stale = await as.clinician.request(SAVE_GROUP, { id: group.id, shared: SHARED, v: 1 });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);

    for (const patientId of [fx.patientId, fx.otherPatientId, fx.associatePatientId]) {
      const note = noteOf[patientId]!;
      const withPlan = patientId !== fx.associatePatientId;
      // A member's save cannot rewrite the shared part: its session times are ignored.
      const content = {
        ...memberPart(phraseOf(patientId), withPlan),
        sessionStart: START,
        sessionEnd: START.replace('15:00', '15:10'),
      };
      const response = await as.clinician.request(SAVE_NOTE, {
        id: note.id,
        input: { version: note.version, content },
      });
      expect(response.errors).toBeUndefined();
      noteOf[patientId] = response.data.saveProgressNoteDraft;
    }
    expect(noteOf[fx.patientId]).toMatchObject({
      missingForSignature: [],
      minutes: 90,
      groupSession: { topic: 'Managing worry', interventions: ['CBT', 'PSYCHOEDUCATION'] },
    });
    const read = (await as.clinician.request(READ_GROUP, { id: group.id })).data.groupNote;
    const position = read.members.findIndex((m: { patientId: string }) => m.patientId === fx.associatePatientId) + 1;
    expect(read.missingForSignature.members).toEqual([
      {
        member: position,
        noteId: noteOf[fx.associatePatientId]!.id,
        patientId: fx.associatePatientId,
        missing: ['Plan'],
      },
    ]);
    const refused = await as.clinician.request(SIGN_GROUP, { id: group.id, v: group.version });
    expect(refused.errors![0]!.message).toBe(`Before signing, add to member ${position}: Plan.`);
  });

  it('signs the shared part and every member at once: one 90853 charge per attendee', async () => {
    const ada = noteOf[fx.associatePatientId]!;
    const completed = await as.clinician.request(SAVE_NOTE, {
      id: ada.id,
      input: { version: ada.version, content: memberPart(phraseOf(fx.associatePatientId)) },
    });
    expect(completed.errors).toBeUndefined();

    const signed = await as.clinician.request(SIGN_GROUP, { id: group.id, v: group.version });
    expect(signed.errors).toBeUndefined();
    expect(signed.data.signGroupNote.status).toBe('SIGNED');
    expect(signed.data.signGroupNote.members.map((m: { status: string }) => m.status)).toEqual([
      'SIGNED',
      'SIGNED',
      'SIGNED',
    ]);

    const charges = await server.orm.em
      .getConnection()
      .execute(
        'select patient_id, lines, diagnosis_codes, total_cents, status from charge where appointment_id = ? order by patient_id',
        [appointmentId],
      );
    expect(charges).toHaveLength(3);
    const byPatient = new Map(charges.map((c: any) => [c.patient_id, c]));
    for (const charge of charges) {
      expect(charge.lines).toEqual([
        { cpt: '90853', modifiers: [], units: 1, placeOfService: '11', diagnosisPointers: [1] },
      ]);
    }
    // Each member's own diagnosis and own payer's fee (the self-pay member: the practice default).
    expect(byPatient.get(fx.patientId)).toMatchObject({
      diagnosis_codes: ['F41.1'],
      total_cents: 7500,
      status: 'READY',
    });
    expect(byPatient.get(fx.otherPatientId)).toMatchObject({ diagnosis_codes: ['F32.1'], total_cents: 7500 });
    expect(byPatient.get(fx.associatePatientId)).toMatchObject({ diagnosis_codes: ['F32.1'], total_cents: 6000 });
  });

  it("a member's note holds the shared text and that member's part, never another member's", async () => {
    const paula = (await as.clinician.request(READ_NOTE, { id: noteOf[fx.patientId]!.id })).data.progressNote;
    const text = paula.rendered.flatMap((s: { lines: string[] }) => s.lines).join('\n');
    expect(text).toContain('Group topic: Managing worry');
    expect(text).toContain(SHARED.narrative);
    expect(text).toContain(phraseOf(fx.patientId));
    expect(text).not.toContain(phraseOf(fx.otherPatientId));
    expect(text).not.toContain(phraseOf(fx.associatePatientId));
    // Signed: the shared part is part of the locked note itself.
    expect(paula.content).toMatchObject({ groupTopic: 'Managing worry', groupNarrative: SHARED.narrative });
    expect(JSON.stringify(paula)).not.toMatch(/Oscar|Ada/);
  });

  it("another clinician reads their own patient's part with the shared part, and nothing else of the group", async () => {
    const oscar = await as.otherClinician.request(READ_NOTE, { id: noteOf[fx.otherPatientId]!.id });
    expect(oscar.errors).toBeUndefined();
    const text = oscar.data.progressNote.rendered.flatMap((s: { lines: string[] }) => s.lines).join('\n');
    expect(text).toContain(SHARED.narrative);
    expect(text).toContain(phraseOf(fx.otherPatientId));
    expect(text).not.toContain(phraseOf(fx.patientId));
    expect(errorCodes(await as.otherClinician.request(READ_NOTE, { id: noteOf[fx.patientId]!.id }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await as.otherClinician.request(READ_GROUP, { id: group.id }))).toEqual(['FORBIDDEN']);
  });

  it('is locked once signed, in the API and in the database', async () => {
    const again = await as.clinician.request(SIGN_GROUP, { id: group.id, v: group.version + 1 });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    for (const change of [`shared = '{}'`, 'created_at = now()']) {
      await expect(
        server.orm.em.getConnection().execute(`update group_note set ${change} where id = ?`, [group.id]),
      ).rejects.toThrow(/signed group note cannot change/);
    }
    await expect(
      server.orm.em
        .getConnection()
        .execute('update progress_note set group_note_id = null where id = ?', [noteOf[fx.patientId]!.id]),
    ).rejects.toThrow();
  });

  it.each([
    ['the front desk', 'frontDesk'],
    ['a biller', 'biller'],
  ] as const)('%s cannot open, start or sign group notes', async (_who, persona) => {
    expect(errorCodes(await as[persona].request(READ_GROUP, { id: group.id }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as[persona].request(START_GROUP, { id: appointmentId }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as[persona].request(SIGN_GROUP, { id: group.id, v: 1 }))).toEqual(['FORBIDDEN']);
  });
});

describe('starting notes of the wrong kind', () => {
  it('a group appointment needs the group note; an individual one cannot have a group note', async () => {
    const groupAppointment = await bookGroup(20, [fx.patientId, fx.associatePatientId]);
    const individual = await as.clinician.request(
      'mutation ($input: StartProgressNoteInput!) { startProgressNote(input: $input) { id } }',
      { input: { appointmentId: groupAppointment, patientId: fx.patientId } },
    );
    expect(errorCodes(individual)).toEqual(['BAD_USER_INPUT']);

    const visit = await bookVisit(as.frontDesk, fx, {
      providerId: fx.staff.clinician,
      patientIds: [fx.patientId],
      startsAt: new Date(Date.UTC(2027, 2, 3, 15)).toISOString(),
    });
    const response = await as.clinician.request(START_GROUP, { id: visit.id });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await as.otherClinician.request(START_GROUP, { id: groupAppointment }))).toEqual(['FORBIDDEN']);
  });
});
