import { createPracticeFixture, type PracticeFixture } from '../../test/fixtures';
import { errorCodes, GraphQLClient } from '../../test/graphql-client';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let fx: PracticeFixture;

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'audit');
});
afterAll(() => server.close());

async function as(email: string) {
  const client = new GraphQLClient(server.url);
  await client.login(email);
  return client;
}

function sql<T = any>(query: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().getConnection().execute(query, params);
}

const CHART_WITH_NOTES = 'query ($id: ID!) { patient(id: $id) { diagnoses { id icd10Code clinicalNote } } }';

describe('audit of reads', () => {
  it('a clinical read writes one audit row naming who, which patient, which fields and from where', async () => {
    const response = await (await as(fx.emails.clinician)).request(CHART_WITH_NOTES, { id: fx.patientId });
    expect(response.errors).toBeUndefined();
    const rows = await sql(
      `select action, entity_type, entity_id, fields, actor_name, ip, occurred_at from audit_event
        where practice_id = ? and action = 'READ' and patient_id = ?`,
      [fx.practiceId, fx.patientId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'READ',
      entity_type: 'Diagnosis',
      entity_id: fx.diagnosisId,
      fields: ['clinicalNote'],
      actor_name: 'clinician Tester',
    });
    expect(rows[0].ip).toBeTruthy();
  });

  it('a refused read of clinical data writes no read row', async () => {
    const before = await sql(`select count(*)::int as n from audit_event where practice_id = ? and action = 'READ'`, [
      fx.practiceId,
    ]);
    const response = await (await as(fx.emails.biller)).request(CHART_WITH_NOTES, { id: fx.patientId });
    expect(response.data.patient.diagnoses[0].clinicalNote).toBeNull();
    const after = await sql(`select count(*)::int as n from audit_event where practice_id = ? and action = 'READ'`, [
      fx.practiceId,
    ]);
    expect(after[0].n).toBe(before[0].n);
  });
});

describe('break-the-glass', () => {
  it('opens a chart off the care team for a stated reason, audited as emergency access and shown to the manager', async () => {
    const clinician = await as(fx.emails.otherClinician);
    const before = await clinician.request(CHART_WITH_NOTES, { id: fx.patientId });
    expect(before.data.patient.diagnoses).toBeNull();

    const tooShort = await clinician.request(
      'mutation ($id: ID!) { requestEmergencyAccess(patientId: $id, reason: "urgent") { id } }',
      {
        id: fx.patientId,
      },
    );
    expect(errorCodes(tooShort)).toEqual(['BAD_USER_INPUT']);

    const grant = await clinician.request(
      'mutation ($id: ID!, $reason: String!) { requestEmergencyAccess(patientId: $id, reason: $reason) { id expiresAt } }',
      { id: fx.patientId, reason: 'Crisis call on the weekend; primary clinician unreachable.' },
    );
    expect(grant.errors).toBeUndefined();
    const minutes = (Date.parse(grant.data.requestEmergencyAccess.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(58);
    expect(minutes).toBeLessThanOrEqual(60);

    const after = await clinician.request(CHART_WITH_NOTES, { id: fx.patientId });
    expect(after.data.patient.diagnoses[0].clinicalNote).toBe('Formulation text');
    const reads = await sql(
      `select action, fields from audit_event where practice_id = ? and patient_id = ? and actor_name = 'otherclinician Tester' order by seq`,
      [fx.practiceId, fx.patientId],
    );
    expect(reads.map((r) => r.action)).toEqual(['CREATE', 'EMERGENCY_ACCESS', 'EMERGENCY_ACCESS']);

    const manager = await as(fx.emails.manager);
    const grants = await manager.request(
      '{ emergencyAccessGrants { reason staffMember { displayName } patient { id } } }',
    );
    expect(grants.data.emergencyAccessGrants).toContainEqual({
      reason: 'Crisis call on the weekend; primary clinician unreachable.',
      staffMember: { displayName: 'otherclinician Tester, LCSW' },
      patient: { id: fx.patientId },
    });
  });

  it('expires: after its hour the chart is closed again', async () => {
    await sql(`update emergency_access_grant set expires_at = now() - interval '1 second' where patient_id = ?`, [
      fx.patientId,
    ]);
    const response = await (await as(fx.emails.otherClinician)).request(CHART_WITH_NOTES, { id: fx.patientId });
    expect(response.data.patient.diagnoses).toBeNull();
  });
});

describe('audit of writes', () => {
  it('records the changed field names, never their values', async () => {
    const frontDesk = await as(fx.emails.frontDesk);
    const current = await frontDesk.request('query ($id: ID!) { patient(id: $id) { version } }', {
      id: fx.otherPatientId,
    });
    const update = await frontDesk.request(
      'mutation ($id: ID!, $input: UpdatePatientInput!) { updatePatient(id: $id, input: $input) { version } }',
      {
        id: fx.otherPatientId,
        input: { version: current.data.patient.version, pronouns: 'she/her', mobilePhone: '(512) 555-0123' },
      },
    );
    expect(update.errors).toBeUndefined();
    const [row] = await sql(
      `select action, entity_type, fields, row_to_json(e)::text as whole from audit_event e
        where practice_id = ? and entity_id = ? and action = 'UPDATE' order by seq desc limit 1`,
      [fx.practiceId, fx.otherPatientId],
    );
    expect(row).toMatchObject({ action: 'UPDATE', entity_type: 'Patient', fields: ['mobilePhone', 'pronouns'] });
    expect(row.whole).not.toContain('555-0123');
  });
});

describe('tamper evidence', () => {
  it('the database refuses to update, delete or truncate audit events', async () => {
    await expect(
      sql(`update audit_event set actor_name = 'someone else' where practice_id = ?`, [fx.practiceId]),
    ).rejects.toThrow(/append-only/);
    await expect(sql(`delete from audit_event where practice_id = ?`, [fx.practiceId])).rejects.toThrow(/append-only/);
    await expect(sql(`truncate audit_event`)).rejects.toThrow(/append-only/);
  });

  it('concurrent writers never fork the chain', async () => {
    const fresh = await createPracticeFixture(server.orm, 'audit-race');
    const clients = await Promise.all(Array.from({ length: 4 }, () => as(fresh.emails.frontDesk)));
    await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        clients[i % 4]!.request('mutation ($input: CreatePatientInput!) { createPatient(input: $input) { id } }', {
          input: {
            legalFirstName: `Race${i}`,
            legalLastName: 'Writer',
            dateOfBirth: '1999-09-09',
            sexAssignedAtBirth: 'MALE',
          },
        }),
      ),
    );
    const report = await (
      await as(fresh.emails.manager)
    ).request('{ verifyAuditChain { ok checkedCount firstBrokenEventId } }');
    expect(report.data.verifyAuditChain).toMatchObject({ ok: true, firstBrokenEventId: null });
    const [count] = await sql(
      `select count(*)::int as n from audit_event where practice_id = ? and entity_type = 'Patient' and action = 'CREATE'`,
      [fresh.practiceId],
    );
    expect(count.n).toBe(16 + 3);
  });

  it("verifyAuditChain names the first row that was altered or removed behind the database's back", async () => {
    const fresh = await createPracticeFixture(server.orm, 'audit-tamper');
    const manager = await as(fresh.emails.manager);
    expect((await manager.request('{ verifyAuditChain { ok } }')).data.verifyAuditChain.ok).toBe(true);
    const rows = await sql<{ id: string }>('select id from audit_event where practice_id = ? order by seq', [
      fresh.practiceId,
    ]);
    const victim = rows[5]!.id;

    // A superuser can switch triggers off; the chain still shows what was done.
    await server.orm.em.fork().transactional(async (em) => {
      const connection = em.getConnection();
      const tx = em.getTransactionContext();
      await connection.execute(`set local session_replication_role = replica`, [], 'run', tx);
      await connection.execute(
        `update audit_event set fields = '{}' , actor_name = 'nobody' where id = ?`,
        [victim],
        'run',
        tx,
      );
    });
    const altered = await manager.request('{ verifyAuditChain { ok firstBrokenEventId } }');
    expect(altered.data.verifyAuditChain).toEqual({ ok: false, firstBrokenEventId: victim });

    const deleted = await createPracticeFixture(server.orm, 'audit-delete');
    const deletedRows = await sql<{ id: string }>('select id from audit_event where practice_id = ? order by seq', [
      deleted.practiceId,
    ]);
    await server.orm.em.fork().transactional(async (em) => {
      const tx = em.getTransactionContext();
      await em.getConnection().execute(`set local session_replication_role = replica`, [], 'run', tx);
      await em.getConnection().execute(`delete from audit_event where id = ?`, [deletedRows[3]!.id], 'run', tx);
    });
    const gap = await (await as(deleted.emails.manager)).request('{ verifyAuditChain { ok firstBrokenEventId } }');
    expect(gap.data.verifyAuditChain).toEqual({ ok: false, firstBrokenEventId: deletedRows[4]!.id });
  });
});
