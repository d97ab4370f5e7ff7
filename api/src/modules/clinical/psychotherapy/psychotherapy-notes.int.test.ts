import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { buildAppSchema } from '../../../server/schema';
import { bookVisit } from '../../../test/book-visit';
import { createPracticeFixture, type PracticeFixture } from '../../../test/fixtures';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client';
import { startTestServer, type TestServer } from '../../../test/test-server';

/**
 * Security.md PN-01..03: a psychotherapy note is read by its author and the author's current
 * supervisor only; every other role, a care-team colleague and a break-the-glass grant get nothing.
 */
let server: TestServer;
let fx: PracticeFixture;
const PERSONAS = [
  'associate',
  'supervisor',
  'teammate',
  'clinician',
  'otherClinician',
  'frontDesk',
  'biller',
  'manager',
  'patient',
] as const;
type Persona = (typeof PERSONAS)[number];
const as = {} as Record<Persona, GraphQLClient>;

const NOTE = 'id patientId authorId appointmentId text version createdAt updatedAt';
const LIST = `query ($patientId: ID!) { myPsychotherapyNotes(patientId: $patientId) { ${NOTE} } }`;
const READ = `query ($id: ID!) { psychotherapyNote(id: $id) { ${NOTE} } }`;
const WRITE = `mutation ($input: WritePsychotherapyNoteInput!) { writePsychotherapyNote(input: $input) { ${NOTE} } }`;
const UPDATE = `mutation ($id: ID!, $text: String!, $v: Int!) { updatePsychotherapyNote(id: $id, text: $text, version: $v) { ${NOTE} } }`;
const DELETE = 'mutation ($id: ID!) { deletePsychotherapyNote(id: $id) }';

const TEXT = 'Process note: transference themes around the father; my countertransference to examine.';
/** The associate's (a supervisee's) note about their patient: what everyone below tries to reach. */
let note: Record<string, any>;

function sql<T = any>(query: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().getConnection().execute(query, params);
}

async function write(who: Persona, text = TEXT, extra: Record<string, unknown> = {}) {
  return as[who].request(WRITE, { input: { patientId: fx.associatePatientId, text, ...extra } });
}

async function readRows(noteId: string, actorName: string) {
  return sql(
    `select action, entity_type, entity_id, patient_id, fields from audit_event
      where practice_id = ? and action = 'READ' and entity_id = ? and actor_name = ? order by seq`,
    [fx.practiceId, noteId, actorName],
  );
}

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'psynotes');
  const emails: Record<Persona, string> = {
    ...fx.emails,
    teammate: fx.emails.clinician.replace('clinician.', 'prescriber.'),
  };
  for (const persona of PERSONAS) {
    as[persona] = new GraphQLClient(server.url);
    await as[persona].login(emails[persona]);
  }
  // The prescriber joins the associate's patient's care team: a colleague who reads the chart, not the notes.
  const assigned = await as.frontDesk.request(
    'mutation ($p: ID!, $s: ID!) { assignCareTeamMember(patientId: $p, staffMemberId: $s, role: PRESCRIBER) { id } }',
    { p: fx.associatePatientId, s: fx.staff.prescriber },
  );
  expect(assigned.errors).toBeUndefined();
  const written = await write('associate');
  expect(written.errors).toBeUndefined();
  note = written.data.writePsychotherapyNote;
});
afterAll(() => server.close());

describe('the author', () => {
  it('writes a note about their patient and reads it back, in the list and alone', async () => {
    expect(note).toMatchObject({
      patientId: fx.associatePatientId,
      authorId: fx.staff.associate,
      appointmentId: null,
      text: TEXT,
      version: 1,
    });
    const list = await as.associate.request(LIST, { patientId: fx.associatePatientId });
    expect(list.data.myPsychotherapyNotes.map((n: { id: string }) => n.id)).toEqual([note.id]);
    const one = await as.associate.request(READ, { id: note.id });
    expect(one.data.psychotherapyNote.text).toBe(TEXT);
  });

  it('links a note to a session the patient attended, and to no other', async () => {
    const booked = await bookVisit(as.frontDesk, fx, {
      providerId: fx.staff.associate,
      patientIds: [fx.associatePatientId],
      startsAt: '2027-03-02T15:00:00.000Z',
    });
    const appointmentId = booked.id;
    const linked = await write('associate', 'Session themes.', { appointmentId });
    expect(linked.data.writePsychotherapyNote.appointmentId).toBe(appointmentId);
    const wrongPatient = await as.associate.request(WRITE, {
      input: { patientId: fx.patientId, appointmentId, text: 'x' },
    });
    expect(errorCodes(wrongPatient)).toEqual(['NOT_FOUND']);
    const wrongAppointment = await write('associate', 'x', { appointmentId: fx.facilityId });
    expect(errorCodes(wrongAppointment)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await write('associate', '   '))).toEqual(['BAD_USER_INPUT']);
  });

  it('edits with optimistic locking: a stale version is refused (CONFLICT)', async () => {
    const updated = await as.associate.request(UPDATE, { id: note.id, text: `${TEXT} Revised.`, v: 1 });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updatePsychotherapyNote).toMatchObject({ version: 2, text: `${TEXT} Revised.` });
    const stale = await as.associate.request(UPDATE, { id: note.id, text: 'older tab', v: 1 });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect((await as.associate.request(READ, { id: note.id })).data.psychotherapyNote.text).toBe(`${TEXT} Revised.`);
    note = updated.data.updatePsychotherapyNote;
  });

  it('deletes their note for good, and the audit log keeps that it happened', async () => {
    const doomed = (await write('associate', 'To be deleted.')).data.writePsychotherapyNote;
    const deleted = await as.associate.request(DELETE, { id: doomed.id });
    expect(deleted.data.deletePsychotherapyNote).toBe(doomed.id);
    expect(errorCodes(await as.associate.request(READ, { id: doomed.id }))).toEqual(['NOT_FOUND']);
    const [row] = await sql(`select action, patient_id from audit_event where entity_id = ? and action = 'DELETE'`, [
      doomed.id,
    ]);
    expect(row).toEqual({ action: 'DELETE', patient_id: fx.associatePatientId });
  });
});

describe("the author's supervisor (supervised training, 45 CFR 164.508(a)(2)(i)(B))", () => {
  it("reads the supervisee's notes, in the list and alone", async () => {
    const list = await as.supervisor.request(LIST, { patientId: fx.associatePatientId });
    expect(list.data.myPsychotherapyNotes.map((n: { id: string }) => n.id)).toContain(note.id);
    const one = await as.supervisor.request(READ, { id: note.id });
    expect(one.errors).toBeUndefined();
    expect(one.data.psychotherapyNote).toMatchObject({ id: note.id, text: note.text, authorId: fx.staff.associate });
  });

  it('cannot change or delete them (FORBIDDEN)', async () => {
    expect(errorCodes(await as.supervisor.request(UPDATE, { id: note.id, text: 'edited', v: note.version }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await as.supervisor.request(DELETE, { id: note.id }))).toEqual(['FORBIDDEN']);
  });

  it('writes notes of their own, which their supervisee does not see', async () => {
    const own = await write('supervisor', 'Supervisor process note.');
    expect(own.errors).toBeUndefined();
    const id = own.data.writePsychotherapyNote.id;
    expect(errorCodes(await as.associate.request(READ, { id }))).toEqual(['NOT_FOUND']);
    const list = await as.associate.request(LIST, { patientId: fx.associatePatientId });
    expect(list.data.myPsychotherapyNotes.map((n: { id: string }) => n.id)).not.toContain(id);
  });

  it('loses access the moment the supervision ends; the new supervisor gains it', async () => {
    await sql('update staff_member set supervisor_id = ? where id = ?', [fx.staff.clinician, fx.staff.associate]);
    try {
      expect(errorCodes(await as.supervisor.request(READ, { id: note.id }))).toEqual(['NOT_FOUND']);
      const list = await as.supervisor.request(LIST, { patientId: fx.associatePatientId });
      expect(list.data.myPsychotherapyNotes.map((n: { id: string }) => n.id)).not.toContain(note.id);
      expect((await as.clinician.request(READ, { id: note.id })).data.psychotherapyNote.id).toBe(note.id);
    } finally {
      await sql('update staff_member set supervisor_id = ? where id = ?', [fx.staff.supervisor, fx.staff.associate]);
    }
    expect(errorCodes(await as.clinician.request(READ, { id: note.id }))).toEqual(['NOT_FOUND']);
  });
});

describe('everyone else gets nothing', () => {
  it.each(['teammate', 'otherClinician', 'clinician'] as const)(
    'a clinician who is neither author nor supervisor (%s) finds no note and may not touch it (NOT_FOUND)',
    async (who) => {
      const actor = `${who === 'teammate' ? 'prescriber' : who.toLowerCase()} Tester`;
      const readsBefore = await readRows(note.id, actor);
      const list = await as[who].request(LIST, { patientId: fx.associatePatientId });
      expect(list.errors).toBeUndefined();
      expect(list.data.myPsychotherapyNotes.map((n: { id: string }) => n.id)).not.toContain(note.id);
      expect(errorCodes(await as[who].request(READ, { id: note.id }))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await as[who].request(UPDATE, { id: note.id, text: 'x', v: note.version }))).toEqual([
        'NOT_FOUND',
      ]);
      expect(errorCodes(await as[who].request(DELETE, { id: note.id }))).toEqual(['NOT_FOUND']);
      expect(await readRows(note.id, actor)).toEqual(readsBefore);
    },
  );

  it('a colleague on the care team writes notes of their own; one off it cannot write about the patient', async () => {
    expect((await write('teammate', 'Prescriber process note.')).errors).toBeUndefined();
    expect(errorCodes(await write('otherClinician'))).toEqual(['NOT_FOUND']);
  });

  it('break-the-glass opens the chart but not the psychotherapy notes (PN-01)', async () => {
    const grant = await as.otherClinician.request(
      'mutation ($id: ID!, $reason: String!) { requestEmergencyAccess(patientId: $id, reason: $reason) { id } }',
      { id: fx.associatePatientId, reason: 'Crisis call on the weekend; primary clinician unreachable.' },
    );
    expect(grant.errors).toBeUndefined();
    expect(errorCodes(await as.otherClinician.request(READ, { id: note.id }))).toEqual(['NOT_FOUND']);
    const list = await as.otherClinician.request(LIST, { patientId: fx.associatePatientId });
    expect(list.data.myPsychotherapyNotes).toEqual([]);
    expect(errorCodes(await write('otherClinician'))).toEqual(['NOT_FOUND']);
  });

  it.each(['frontDesk', 'biller', 'manager', 'patient'] as const)(
    '%s is refused every psychotherapy-note operation (FORBIDDEN) and reads 0 fields (PN-02, PN-03)',
    async (who) => {
      const responses = [
        await as[who].request(LIST, { patientId: fx.associatePatientId }),
        await as[who].request(READ, { id: note.id }),
        await write(who),
        await as[who].request(UPDATE, { id: note.id, text: 'x', v: note.version }),
        await as[who].request(DELETE, { id: note.id }),
      ];
      for (const response of responses) {
        expect(errorCodes(response)).toEqual(['FORBIDDEN']);
        expect(Object.values(response.data ?? {}).every((value) => value === null)).toBe(true);
      }
      const [count] = await sql(`select count(*)::int as n from psychotherapy_note where id = ? and version = ?`, [
        note.id,
        note.version,
      ]);
      expect(count.n).toBe(1);
    },
  );
});

describe('the audit of every read', () => {
  it('a single read writes one READ row naming the note, the patient and the fields read', async () => {
    await as.supervisor.request('query ($id: ID!) { psychotherapyNote(id: $id) { text } }', { id: note.id });
    const rows = await readRows(note.id, 'supervisor Tester');
    expect(rows.at(-1)).toEqual({
      action: 'READ',
      entity_type: 'PsychotherapyNote',
      entity_id: note.id,
      patient_id: fx.associatePatientId,
      fields: ['id', 'text'],
    });
  });

  it('a list read writes a row per note, even when no field of it is selected', async () => {
    const before = await readRows(note.id, 'associate Tester');
    const list = await as.associate.request('query ($p: ID!) { myPsychotherapyNotes(patientId: $p) { __typename } }', {
      p: fx.associatePatientId,
    });
    const count = list.data.myPsychotherapyNotes.length;
    expect(count).toBeGreaterThan(1);
    const after = await readRows(note.id, 'associate Tester');
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({ entity_type: 'PsychotherapyNote', fields: ['id'] });
    const [rows] = await sql(
      `select count(distinct entity_id)::int as n from audit_event
        where practice_id = ? and action = 'READ' and entity_type = 'PsychotherapyNote' and actor_name = 'associate Tester'
          and request_id = (select request_id from audit_event where entity_id = ? and action = 'READ' order by seq desc limit 1)`,
      [fx.practiceId, note.id],
    );
    expect(rows.n).toBe(count);
  });

  it('automatic field audit: what the author reads in the list names the note id and the fields', async () => {
    await as.associate.request(LIST, { patientId: fx.associatePatientId });
    const rows = await readRows(note.id, 'associate Tester');
    expect(rows.at(-1)).toMatchObject({
      entity_id: note.id,
      fields: ['appointmentId', 'authorId', 'createdAt', 'id', 'patientId', 'text', 'updatedAt', 'version'],
    });
  });
});

describe('no other path leads to a psychotherapy note', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema({ enforcePermissions: true });
  });

  const ENTRY_POINTS = [
    'Query.myPsychotherapyNotes',
    'Query.psychotherapyNote',
    'Mutation.writePsychotherapyNote',
    'Mutation.updatePsychotherapyNote',
  ];

  function fieldsReturning(target: string): string[] {
    const found: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name === target) found.push(`${type.name}.${field.name}`);
      }
    }
    return found.sort();
  }

  it('no field of any type but the psychotherapy operations returns PsychotherapyNote', () => {
    expect(fieldsReturning('PsychotherapyNote')).toEqual([...ENTRY_POINTS].sort());
  });

  it('no subscription, union or interface exposes it', () => {
    const subscription = schema.getSubscriptionType();
    expect(subscription).toBeTruthy();
    for (const field of Object.values(subscription!.getFields())) {
      expect(getNamedType(field.type).name).not.toBe('PsychotherapyNote');
    }
    const unions = Object.values(schema.getTypeMap()).filter(isUnionType);
    expect(unions.filter((u) => u.getTypes().some((t) => t.name === 'PsychotherapyNote'))).toEqual([]);
    const type = schema.getType('PsychotherapyNote');
    expect(isObjectType(type) && type.getInterfaces()).toEqual([]);
  });

  it('nothing reachable from Patient or ProgressNote (or the portal profile) leads to it', () => {
    const reachable = (start: string) => {
      const seen = new Set<string>();
      const visit = (type: GraphQLNamedType) => {
        if (seen.has(type.name)) return;
        seen.add(type.name);
        if (isObjectType(type) || isInterfaceType(type)) {
          for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
        }
        if (isUnionType(type)) type.getTypes().forEach(visit);
      };
      visit(schema.getType(start)!);
      return seen;
    };
    for (const start of ['Patient', 'ProgressNote', 'Appointment', 'StaffMember', 'Charge']) {
      if (!schema.getType(start)) continue;
      expect([start, reachable(start).has('PsychotherapyNote')]).toEqual([start, false]);
    }
    const subscription = schema.getSubscriptionType()!;
    for (const field of Object.values(subscription.getFields())) {
      expect([field.name, reachable(getNamedType(field.type).name).has('PsychotherapyNote')]).toEqual([
        field.name,
        false,
      ]);
    }
  });

  it('no table references psychotherapy_note (no relation from the record to a note)', async () => {
    const references = await sql(
      `select conrelid::regclass::text as from_table from pg_constraint
        where contype = 'f' and confrelid = 'psychotherapy_note'::regclass`,
    );
    expect(references).toEqual([]);
  });

  it('no code outside this folder reads the entity or its table (search, exports, portal, claims)', () => {
    const src = join(__dirname, '../../..');
    const registrations = new Set([
      'modules/clinical/index.ts',
      'server/entities.ts',
      'server/schema.ts',
      'migrations/index.ts',
      'migrations/Migration20261129151000_psychotherapy_notes.ts',
    ]);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (path !== __dirname) walk(path);
        } else if (entry.name.endsWith('.ts') && !registrations.has(relative(src, path))) {
          if (/PsychotherapyNote\b|psychotherapy_note/.test(readFileSync(path, 'utf8')))
            offenders.push(relative(src, path));
        }
      }
    };
    walk(src);
    expect(offenders).toEqual([]);
  });
});
