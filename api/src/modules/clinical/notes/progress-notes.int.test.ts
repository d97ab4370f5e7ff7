import { bookVisit } from '../../../test/book-visit';
import { createPracticeFixture, type PracticeFixture } from '../../../test/fixtures';
import { errorCodes, forbiddenPaths, GraphQLClient } from '../../../test/graphql-client';
import { startTestServer, type TestServer } from '../../../test/test-server';

let server: TestServer;
let fx: PracticeFixture;
type Persona = 'clinician' | 'otherClinician' | 'associate' | 'supervisor' | 'frontDesk' | 'biller';
const as = {} as Record<Persona, GraphQLClient>;

const CHARGE = `charge { status diagnosisCodes lines { cpt modifiers units placeOfService diagnosisPointers }
  findings { ruleId severity message fix } }`;
const NOTE = `id status version service format minutes timeZone awaitingCosignature missingForSignature signedAt cosignedAt
  content { sessionStart sessionEnd modality participants symptoms interventions presentingConcerns plan
            risk { suicidalIdeation homicidalIdeation riskLevel } }`;
const START = `mutation ($input: StartProgressNoteInput!) { startProgressNote(input: $input) { ${NOTE} } }`;
const SAVE = `mutation ($id: ID!, $input: SaveProgressNoteDraftInput!) { saveProgressNoteDraft(id: $id, input: $input) { ${NOTE} } }`;
const SIGN = `mutation ($id: ID!, $v: Int!) { signProgressNote(id: $id, version: $v) { ${NOTE} ${CHARGE} } }`;
const READ = `query ($id: ID!, $f: NoteFormat) { progressNote(id: $id) { ${NOTE} rendered(format: $f) { heading lines } addenda { text signedAt } } }`;

/** Books a 50-minute session on Tuesday 2027-03-02 at `hourUtc` (morning in Chicago, the fixture's zone). */
async function book(providerId: string, patientId: string, hourUtc: number): Promise<string> {
  const startsAt = new Date(Date.UTC(2027, 2, 2, hourUtc)).toISOString();
  return (await bookVisit(as.frontDesk, fx, { providerId, patientIds: [patientId], startsAt })).id;
}

/** A core complete enough to sign: 45 minutes, risk assessed, interventions and plan. */
function completeContent(start: string) {
  const end = new Date(new Date(start).getTime() + 45 * 60_000).toISOString();
  return {
    sessionStart: start,
    sessionEnd: end,
    modality: 'IN_PERSON',
    participants: ['PATIENT'],
    presentingConcerns: 'Worry about work deadlines, poor sleep.',
    symptoms: ['ANXIETY', 'SLEEP_DISTURBANCE'],
    mentalStatus: ['mood:anxious', 'affect:congruent'],
    risk: { suicidalIdeation: 'DENIED', homicidalIdeation: 'DENIED', protectiveFactors: ['SOCIAL_SUPPORT'] },
    interventions: ['CBT', 'RELAXATION'],
    responses: ['ENGAGED'],
    goalsAddressed: [{ goal: 'GAD-7 below 10', progress: 'PROGRESSING' }],
    assessment: 'Anxiety improving with practice.',
    plan: 'Continue weekly CBT; worry log.',
  };
}

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'progress-notes');
  for (const persona of ['clinician', 'otherClinician', 'associate', 'supervisor', 'frontDesk', 'biller'] as const) {
    as[persona] = new GraphQLClient(server.url);
    await as[persona].login(fx.emails[persona]);
  }
});
afterAll(() => server.close());

describe('writing a progress note', () => {
  let appointmentId: string;
  let note: Record<string, any>;

  beforeAll(async () => {
    appointmentId = await book(fx.staff.clinician, fx.patientId, 15);
    const response = await as.clinician.request(START, { input: { appointmentId } });
    expect(response.errors).toBeUndefined();
    note = response.data.startProgressNote;
  });

  it('opens a draft prefilled from the appointment: times, modality, the patient present, the service', () => {
    expect(note).toMatchObject({
      status: 'DRAFT',
      version: 1,
      service: 'PSYCHOTHERAPY',
      format: 'SOAP',
      minutes: 50,
      // The facility's zone: the editor shows and takes the session times on its clock.
      timeZone: 'America/Chicago',
      content: { modality: 'IN_PERSON', participants: ['PATIENT'] },
    });
    expect(note.missingForSignature).toEqual(
      expect.arrayContaining(['Risk assessment (suicidal and homicidal ideation)', 'Interventions used', 'Plan']),
    );
  });

  it('returns the same draft when started again', async () => {
    const again = await as.clinician.request(START, { input: { appointmentId } });
    expect(again.data.startProgressNote.id).toBe(note.id);
  });

  it("does not let another clinician start a note for someone else's appointment", async () => {
    const response = await as.otherClinician.request(START, { input: { appointmentId } });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('autosaves with optimistic locking: a stale save is refused and overwrites nothing', async () => {
    const content = completeContent(note.content.sessionStart);
    const saved = await as.clinician.request(SAVE, { id: note.id, input: { version: 1, content } });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.saveProgressNoteDraft).toMatchObject({ version: 2, minutes: 45, missingForSignature: [] });

    const stale = await as.clinician.request(SAVE, {
      id: note.id,
      input: { version: 1, content: { ...content, plan: 'An older tab would lose this' } },
    });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const read = await as.clinician.request(READ, { id: note.id });
    expect(read.data.progressNote.content.plan).toBe('Continue weekly CBT; worry log.');
  });

  it('two saves racing from the same version: exactly one wins', async () => {
    const current = (await as.clinician.request(READ, { id: note.id })).data.progressNote;
    const content = completeContent(current.content.sessionStart);
    const results = await Promise.all(
      ['first tab', 'second tab'].map((tab) =>
        as.clinician.request(SAVE, {
          id: note.id,
          input: { version: current.version, content: { ...content, plan: tab } },
        }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.flatMap(errorCodes)).toEqual(['CONFLICT']);
    const winner = results.find((r) => !r.errors)!.data.saveProgressNoteDraft;
    expect((await as.clinician.request(READ, { id: note.id })).data.progressNote).toMatchObject({
      version: winner.version,
      content: { plan: winner.content.plan },
    });
  });

  it('refuses quick picks that are not in their lists', async () => {
    const current = (await as.clinician.request(READ, { id: note.id })).data.progressNote;
    const response = await as.clinician.request(SAVE, {
      id: note.id,
      input: {
        version: current.version,
        content: { ...completeContent(current.content.sessionStart), symptoms: ['MADE_UP'] },
      },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toBe('Unknown quick-pick codes: symptoms: MADE_UP.');
  });

  it('renders the one core as SOAP, DAP, BIRP and GIRP without losing anything', async () => {
    for (const format of ['SOAP', 'DAP', 'BIRP', 'GIRP']) {
      const read = await as.clinician.request(READ, { id: note.id, f: format });
      const sections = read.data.progressNote.rendered as Array<{ heading: string; lines: string[] }>;
      const text = sections.flatMap((s) => s.lines).join('\n');
      expect(sections[0]!.heading[0]).toBe(format[0]);
      for (const part of [
        'Worry about work deadlines',
        'Interventions: Cognitive behavioral therapy',
        'Goal: GAD-7 below 10',
        'tab',
        'suicidal ideation denied',
      ]) {
        expect(text).toContain(part);
      }
    }
  });

  it('signs, after which the note cannot change: not through the API and not in the database', async () => {
    const current = (await as.clinician.request(READ, { id: note.id })).data.progressNote;
    const signed = await as.clinician.request(SIGN, { id: note.id, v: current.version });
    expect(signed.errors).toBeUndefined();
    expect(signed.data.signProgressNote).toMatchObject({ status: 'SIGNED', awaitingCosignature: false });
    // The hand-off: 45 documented minutes bill as 90834 in the office, pointing at the primary diagnosis.
    expect(signed.data.signProgressNote.charge).toEqual({
      status: 'READY',
      diagnosisCodes: ['F41.1'],
      lines: [{ cpt: '90834', modifiers: [], units: 1, placeOfService: '11', diagnosisPointers: [1] }],
      findings: [],
    });
    const [fee] = await server.orm.em
      .getConnection()
      .execute('select total_cents from charge where progress_note_id = ?', [note.id]);
    expect(fee!.total_cents).toBe(14000);

    const save = await as.clinician.request(SAVE, {
      id: note.id,
      input: { version: signed.data.signProgressNote.version, content: completeContent(current.content.sessionStart) },
    });
    expect(errorCodes(save)).toEqual(['CONFLICT']);
    // Every column is locked but the few that may move after signing (version, co-signature):
    // one the lock was not told about, such as the creation time, too.
    for (const change of [`content = '{}'`, 'created_at = now()', 'practice_id = practice_id', 'updated_at = now()']) {
      const attempt = server.orm.em
        .getConnection()
        .execute(`update progress_note set ${change} where id = ?`, [note.id]);
      if (change.startsWith('content') || change.startsWith('created_at')) {
        await expect(attempt).rejects.toThrow(/signed progress note cannot change/);
      } else {
        await expect(attempt).resolves.toBeDefined();
      }
    }
    await expect(
      server.orm.em.getConnection().execute('delete from progress_note where id = ?', [note.id]),
    ).rejects.toThrow(/cannot be deleted/);
  });

  it('takes addenda, signed and timestamped, and they cannot be edited', async () => {
    const response = await as.clinician.request(
      'mutation ($input: AddNoteAddendumInput!) { addNoteAddendum(input: $input) { id text signedAt } }',
      { input: { noteId: note.id, text: 'Patient called after session: sleep improved.' } },
    );
    expect(response.errors).toBeUndefined();
    const read = await as.clinician.request(READ, { id: note.id });
    expect(read.data.progressNote.addenda).toEqual([
      { text: 'Patient called after session: sleep improved.', signedAt: expect.any(String) },
    ]);
    await expect(
      server.orm.em
        .getConnection()
        .execute(`update note_addendum set text = 'rewritten' where id = ?`, [response.data.addNoteAddendum.id]),
    ).rejects.toThrow(/append-only/);
  });

  it.each([
    ['the front desk', 'frontDesk'],
    ['a biller', 'biller'],
  ] as const)('%s cannot read progress notes', async (_who, persona) => {
    expect(errorCodes(await as[persona].request(READ, { id: note.id }))).toEqual(['FORBIDDEN']);
    const chart = await as[persona].request('query ($id: ID!) { patient(id: $id) { progressNotes { id } } }', {
      id: fx.patientId,
    });
    expect(forbiddenPaths(chart)).toEqual(['patient.progressNotes']);
  });

  it('a clinician off the care team cannot read it', async () => {
    expect(errorCodes(await as.otherClinician.request(READ, { id: note.id }))).toEqual(['NOT_FOUND']);
  });
});

describe('signing', () => {
  it('holds the charge with an explanation when the documentation does not support a code', async () => {
    const appointmentId = await book(fx.staff.clinician, fx.patientId, 21);
    const started = (await as.clinician.request(START, { input: { appointmentId } })).data.startProgressNote;
    const start = started.content.sessionStart;
    const content = {
      ...completeContent(start),
      sessionEnd: new Date(new Date(start).getTime() + 12 * 60_000).toISOString(),
    };
    const saved = (await as.clinician.request(SAVE, { id: started.id, input: { version: started.version, content } }))
      .data.saveProgressNoteDraft;
    const signed = await as.clinician.request(SIGN, { id: started.id, v: saved.version });
    expect(signed.errors).toBeUndefined();
    expect(signed.data.signProgressNote.charge.status).toBe('HELD');
    expect(signed.data.signProgressNote.charge.findings).toContainEqual(
      expect.objectContaining({ severity: 'ERROR', message: expect.stringContaining('12') }),
    );
  });

  it('says exactly what is missing before a note can be signed', async () => {
    const appointmentId = await book(fx.staff.clinician, fx.patientId, 17);
    const started = (await as.clinician.request(START, { input: { appointmentId } })).data.startProgressNote;
    const response = await as.clinician.request(SIGN, { id: started.id, v: started.version });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toBe(
      'Before signing, add: Risk assessment (suicidal and homicidal ideation); Interventions used; ' +
        'Presenting concerns or symptoms; Plan.',
    );
    expect((await as.clinician.request(READ, { id: started.id })).data.progressNote.status).toBe('DRAFT');
  });

  it("a supervisee's note waits for the supervisor's co-signature; only the supervisor gives it", async () => {
    const appointmentId = await book(fx.staff.associate, fx.associatePatientId, 19);
    const started = (await as.associate.request(START, { input: { appointmentId } })).data.startProgressNote;
    const saved = (
      await as.associate.request(SAVE, {
        id: started.id,
        input: { version: started.version, content: completeContent(started.content.sessionStart) },
      })
    ).data.saveProgressNoteDraft;
    const signed = await as.associate.request(SIGN, { id: started.id, v: saved.version });
    expect(signed.data.signProgressNote).toMatchObject({ status: 'SIGNED', awaitingCosignature: true });

    expect(signed.data.signProgressNote.charge).toMatchObject({
      status: 'HELD',
      findings: expect.arrayContaining([
        expect.objectContaining({ ruleId: 'COSIGNED_BY_SUPERVISOR', severity: 'ERROR' }),
      ]),
    });
    const COSIGN = `mutation ($id: ID!) { cosignProgressNote(id: $id) { awaitingCosignature cosignedAt ${CHARGE} } }`;
    expect(errorCodes(await as.clinician.request(COSIGN, { id: started.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await as.associate.request(COSIGN, { id: started.id }))).toEqual(['FORBIDDEN']);
    const cosigned = await as.supervisor.request(COSIGN, { id: started.id });
    expect(cosigned.errors).toBeUndefined();
    expect(cosigned.data.cosignProgressNote).toMatchObject({
      awaitingCosignature: false,
      cosignedAt: expect.any(String),
    });
    expect(errorCodes(await as.supervisor.request(COSIGN, { id: started.id }))).toEqual(['CONFLICT']);
  });
});

describe('needs my attention', () => {
  const ATTENTION = `{ myAttention {
    unsignedNotes { id hoursSinceSession patientId patient { id legalLastName } }
    awaitingMyCosignature { id patient { id legalLastName } }
    heldCharges { progressNoteId status findings { ruleId } }
  } }`;

  it("lists my drafts, my supervisees' notes to co-sign and my held charges", async () => {
    const appointmentId = await book(fx.staff.associate, fx.associatePatientId, 22);
    const draft = (await as.associate.request(START, { input: { appointmentId } })).data.startProgressNote;
    let mine = (await as.associate.request(ATTENTION)).data.myAttention;
    expect(mine.unsignedNotes.map((n: { id: string }) => n.id)).toContain(draft.id);
    // Each row names its patient, however large the caseload (the lists need no caseload lookup).
    for (const note of mine.unsignedNotes) expect(note.patient).toMatchObject({ id: note.patientId });
    expect(mine.unsignedNotes.find((n: { id: string }) => n.id === draft.id).patient.legalLastName).toEqual(
      expect.any(String),
    );

    const saved = (
      await as.associate.request(SAVE, {
        id: draft.id,
        input: { version: draft.version, content: completeContent(draft.content.sessionStart) },
      })
    ).data.saveProgressNoteDraft;
    await as.associate.request(SIGN, { id: draft.id, v: saved.version });
    mine = (await as.associate.request(ATTENTION)).data.myAttention;
    expect(mine.unsignedNotes.map((n: { id: string }) => n.id)).not.toContain(draft.id);
    expect(mine.heldCharges).toContainEqual({
      progressNoteId: draft.id,
      status: 'HELD',
      findings: expect.arrayContaining([{ ruleId: 'COSIGNED_BY_SUPERVISOR' }]),
    });

    const supervisor = (await as.supervisor.request(ATTENTION)).data.myAttention;
    expect(supervisor.awaitingMyCosignature.map((n: { id: string }) => n.id)).toContain(draft.id);
    expect(supervisor.awaitingMyCosignature.find((n: { id: string }) => n.id === draft.id).patient).toMatchObject({
      id: fx.associatePatientId,
    });
    expect((await as.clinician.request(ATTENTION)).data.myAttention.awaitingMyCosignature).toEqual([]);
  });

  it('is for clinicians only', async () => {
    expect(errorCodes(await as.frontDesk.request(ATTENTION))).toEqual(['FORBIDDEN']);
  });
});
