import { addDays, utcToday } from '../../../platform/time/zoned-time';
import { PRACTICE_FILTER } from '../../../platform/db/practice-scoped.entity';
import { createPracticeFixture, type PracticeFixture } from '../../../test/fixtures';
import { errorCodes, firstErrorExtensions, forbiddenPaths, GraphQLClient } from '../../../test/graphql-client';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { planReviewsDueFor } from './plan-reviews-due';

let server: TestServer;
let fx: PracticeFixture;
const PERSONAS = [
  'clinician',
  'otherClinician',
  'supervisor',
  'associate',
  'frontDesk',
  'biller',
  'manager',
  'patient',
] as const;
type Persona = (typeof PERSONAS)[number];
const as = {} as Record<Persona, GraphQLClient>;

const VERSION = `id patientId versionNumber status version reviewDueOn authorId activatedAt activatedById supersededAt
  dischargeCriteria problems { id text diagnosisId goals { id text objectives { id text targetDate baseline
    targetMeasure { instrument operator value text }
    interventions { modality frequency responsibleClinicianId } } } }`;
const SAVE = `mutation ($patientId: ID!, $input: SaveTreatmentPlanDraftInput!, $v: Int) {
  saveTreatmentPlanDraft(patientId: $patientId, input: $input, expectedVersion: $v) { ${VERSION} } }`;
const ACTIVATE = `mutation ($id: ID!) { activateTreatmentPlan(id: $id) { ${VERSION} } }`;
const REVISE = `mutation ($patientId: ID!) { reviseTreatmentPlan(patientId: $patientId) { ${VERSION} } }`;
const DISCARD = `mutation ($id: ID!, $v: Int!) { discardTreatmentPlanDraft(id: $id, version: $v) }`;
const REQUEST_SIGNATURE = `mutation ($id: ID!) { requestTreatmentPlanSignature(planVersionId: $id) {
  id planVersionId status requestedAt requestedById signedAt } }`;
const PLAN = `query ($id: ID!) { patient(id: $id) {
  treatmentPlan { patientId active { ${VERSION} signatureRequests { id status signedAt } } draft { ${VERSION} } }
  treatmentPlanVersions { id versionNumber status } } }`;

function plan(
  clinicianId: string,
  overrides: { value?: number; targetDate?: string | null; diagnosisId?: string | null } = {},
) {
  return {
    dischargeCriteria: 'PHQ-9 below 10 for two consecutive months.',
    problems: [
      {
        text: 'Depressed mood most days',
        diagnosisId: overrides.diagnosisId === undefined ? fx.diagnosisId : overrides.diagnosisId,
        goals: [
          {
            text: '"I want to enjoy things again"',
            objectives: [
              {
                text: 'Reduce depressive symptoms',
                baseline: 'PHQ-9 of 18 at intake',
                targetDate: overrides.targetDate === undefined ? '2027-06-30' : overrides.targetDate,
                targetMeasure: { instrument: 'PHQ9', operator: 'BELOW', value: overrides.value ?? 10 },
                interventions: [
                  { modality: 'CBT', frequency: 'Weekly 53-minute sessions', responsibleClinicianId: clinicianId },
                ],
              },
              {
                text: 'Uses a coping skill',
                targetDate: '2027-05-31',
                targetMeasure: { text: 'At least 4 days a week, as logged' },
                interventions: [
                  { modality: 'PSYCHOEDUCATION', frequency: 'Monthly', responsibleClinicianId: clinicianId },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

function sql<T = any>(query: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().getConnection().execute(query, params);
}

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'plans');
  for (const persona of PERSONAS) {
    as[persona] = new GraphQLClient(server.url);
    await as[persona].login(fx.emails[persona]);
  }
});
afterAll(() => server.close());

describe('drafting, activating and revising a treatment plan', () => {
  let draft: Record<string, any>;

  it('saves a first draft with problems, goals, measurable objectives and interventions', async () => {
    const response = await as.clinician.request(SAVE, {
      patientId: fx.patientId,
      input: { content: plan(fx.staff.clinician, { targetDate: null }) },
    });
    expect(response.errors).toBeUndefined();
    draft = response.data.saveTreatmentPlanDraft;
    expect(draft).toMatchObject({
      patientId: fx.patientId,
      versionNumber: 1,
      status: 'DRAFT',
      version: 1,
      authorId: fx.staff.clinician,
      activatedAt: null,
      reviewDueOn: null,
    });
    const objective = draft.problems[0].goals[0].objectives[0];
    expect(objective).toMatchObject({
      targetMeasure: { instrument: 'PHQ9', operator: 'BELOW', value: 10, text: null },
      interventions: [{ modality: 'CBT', responsibleClinicianId: fx.staff.clinician }],
    });
    // Every problem, goal and objective gets a stable id for progress notes to point at.
    expect(objective.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a stale save and a "first" save when a draft already exists (CONFLICT), overwriting nothing', async () => {
    const saved = await as.clinician.request(SAVE, {
      patientId: fx.patientId,
      input: { content: contentOf(draft) },
      v: draft.version,
    });
    expect(saved.errors).toBeUndefined();
    draft = saved.data.saveTreatmentPlanDraft;
    expect(draft.version).toBe(2);

    const stale = await as.clinician.request(SAVE, {
      patientId: fx.patientId,
      input: { content: plan(fx.staff.clinician, { value: 5 }) },
      v: 1,
    });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(firstErrorExtensions(stale).currentVersion).toBe(2);
    const unversioned = await as.clinician.request(SAVE, {
      patientId: fx.patientId,
      input: { content: plan(fx.staff.clinician, { value: 5 }) },
    });
    expect(errorCodes(unversioned)).toEqual(['CONFLICT']);
    const read = await as.clinician.request(PLAN, { id: fx.patientId });
    expect(read.data.patient.treatmentPlan.draft.problems[0].goals[0].objectives[0].targetMeasure.value).toBe(10);
  });

  it('two saves racing from the same version: exactly one wins', async () => {
    const results = await Promise.all(
      [7, 8].map((value) =>
        as.clinician.request(SAVE, {
          patientId: fx.patientId,
          input: { content: { ...contentOf(draft), dischargeCriteria: `tab ${value}` } },
          v: draft.version,
        }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.flatMap(errorCodes)).toEqual(['CONFLICT']);
    draft = results.find((r) => !r.errors)!.data.saveTreatmentPlanDraft;
  });

  it.each([
    ['an intervention by someone who is not a clinician of the practice', () => fx.staff.frontDesk, {}],
    [
      'a scored target without its value',
      () => fx.staff.clinician,
      { measure: { instrument: 'PHQ9', operator: 'BELOW' } },
    ],
    [
      'an unknown instrument',
      () => fx.staff.clinician,
      { measure: { instrument: 'XYZ', operator: 'BELOW', value: 3 } },
    ],
    ["another patient's diagnosis", () => fx.staff.clinician, { diagnosisId: 'other' }],
  ])('refuses %s (BAD_USER_INPUT)', async (_name, clinicianId, change: Record<string, unknown>) => {
    const content = plan(clinicianId());
    if (change.measure) content.problems[0]!.goals[0]!.objectives[0]!.targetMeasure = change.measure as never;
    if (change.diagnosisId) {
      const [other] = await sql('select id from diagnosis where patient_id = ?', [fx.otherPatientId]);
      content.problems[0]!.diagnosisId = other.id;
    }
    const response = await as.clinician.request(SAVE, {
      patientId: fx.patientId,
      input: { content },
      v: draft.version,
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('will not activate an objective without a target date', async () => {
    const response = await as.clinician.request(ACTIVATE, { id: draft.id });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(firstErrorExtensions(response).missing).toEqual(['Problem 1, goal 1, objective 1: a target date']);
  });

  it('activates the draft: in effect, signed by the clinician, review due in 90 days', async () => {
    const saved = await as.clinician.request(SAVE, {
      patientId: fx.patientId,
      input: { content: { ...contentOf(draft), problems: draft.problems.map(withTargetDate) } },
      v: draft.version,
    });
    expect(saved.errors).toBeUndefined();
    const response = await as.clinician.request(ACTIVATE, { id: draft.id });
    expect(response.errors).toBeUndefined();
    expect(response.data.activateTreatmentPlan).toMatchObject({
      status: 'ACTIVE',
      activatedById: fx.staff.clinician,
      reviewDueOn: addDays(utcToday(), 90),
    });
    const again = await as.clinician.request(ACTIVATE, { id: draft.id });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    const read = (await as.clinician.request(PLAN, { id: fx.patientId })).data.patient;
    expect(read.treatmentPlan).toMatchObject({ patientId: fx.patientId, active: { id: draft.id }, draft: null });
  });

  it('revises: a new draft copied from the plan in effect, keeping the objective ids; asking again returns it', async () => {
    const response = await as.clinician.request(REVISE, { patientId: fx.patientId });
    expect(response.errors).toBeUndefined();
    const revision = response.data.reviseTreatmentPlan;
    expect(revision).toMatchObject({ versionNumber: 2, status: 'DRAFT', version: 1, activatedAt: null });
    expect(contentOf(revision)).toEqual(contentOf(await activeVersion()));
    const again = await as.clinician.request(REVISE, { patientId: fx.patientId });
    expect(again.data.reviseTreatmentPlan.id).toBe(revision.id);
  });

  it('activating the revision supersedes the old version, which is kept in the history', async () => {
    const old = await activeVersion();
    const revision = (await as.clinician.request(PLAN, { id: fx.patientId })).data.patient.treatmentPlan.draft;
    const content = { ...contentOf(revision), dischargeCriteria: 'Revised criteria' };
    const saved = await as.clinician.request(SAVE, {
      patientId: fx.patientId,
      input: { content, reviewDueOn: '2027-09-01' },
      v: revision.version,
    });
    expect(saved.errors).toBeUndefined();
    expect((await as.clinician.request(ACTIVATE, { id: revision.id })).errors).toBeUndefined();

    const read = (await as.clinician.request(PLAN, { id: fx.patientId })).data.patient;
    expect(read.treatmentPlan.active).toMatchObject({ id: revision.id, reviewDueOn: '2027-09-01' });
    expect(read.treatmentPlanVersions).toEqual([
      { id: revision.id, versionNumber: 2, status: 'ACTIVE' },
      { id: old.id, versionNumber: 1, status: 'SUPERSEDED' },
    ]);
  });

  it('the database refuses to change or delete a version that was in effect, but not a draft', async () => {
    const [active] = await sql(`select id from treatment_plan_version where patient_id = ? and status = 'ACTIVE'`, [
      fx.patientId,
    ]);
    const [superseded] = await sql(
      `select id from treatment_plan_version where patient_id = ? and status = 'SUPERSEDED'`,
      [fx.patientId],
    );
    for (const id of [active.id, superseded.id]) {
      await expect(
        sql(`update treatment_plan_version set content = '{"problems":[]}' where id = ?`, [id]),
      ).rejects.toThrow(/cannot change/);
      await expect(
        sql(`update treatment_plan_version set review_due_on = '2030-01-01' where id = ?`, [id]),
      ).rejects.toThrow(/cannot change/);
      await expect(sql('update treatment_plan_version set created_at = now() where id = ?', [id])).rejects.toThrow(
        /cannot change/,
      );
      await expect(sql('delete from treatment_plan_version where id = ?', [id])).rejects.toThrow(/cannot be deleted/);
    }
    await expect(
      sql(`update treatment_plan_version set status = 'DRAFT', activated_at = null where id = ?`, [active.id]),
    ).rejects.toThrow(/cannot change/);
    await expect(
      sql(`update treatment_plan_version set status = 'ACTIVE', superseded_at = null where id = ?`, [superseded.id]),
    ).rejects.toThrow();
    await expect(
      sql(
        `insert into treatment_plan_version (id, practice_id, created_at, updated_at, patient_id, version_number, status,
             content, author_id, activated_at)
           select gen_random_uuid(), practice_id, now(), now(), patient_id, 99, 'ACTIVE', content, author_id, now()
             from treatment_plan_version where id = ?`,
        [active.id],
      ),
    ).rejects.toThrow(/treatment_plan_version_one_active/);

    const draft = (await as.clinician.request(REVISE, { patientId: fx.patientId })).data.reviseTreatmentPlan;
    await sql(`update treatment_plan_version set review_due_on = '2030-01-01' where id = ?`, [draft.id]);
  });

  it('discards a draft, audited, keeping the plan in effect; a stale or an in-effect version is refused (CONFLICT)', async () => {
    const active = await activeVersion();
    const draft = (await as.clinician.request(PLAN, { id: fx.patientId })).data.patient.treatmentPlan.draft;
    expect(draft.status).toBe('DRAFT');
    const stale = await as.clinician.request(DISCARD, { id: draft.id, v: draft.version + 1 });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(firstErrorExtensions(stale)).toMatchObject({ currentVersion: draft.version });
    expect(errorCodes(await as.clinician.request(DISCARD, { id: active.id, v: active.version }))).toEqual(['CONFLICT']);

    const discarded = await as.clinician.request(DISCARD, { id: draft.id, v: draft.version });
    expect(discarded.errors).toBeUndefined();
    expect(discarded.data.discardTreatmentPlanDraft).toBe(draft.id);
    const read = (await as.clinician.request(PLAN, { id: fx.patientId })).data.patient;
    expect(read.treatmentPlan.draft).toBeNull();
    expect(read.treatmentPlan.active.id).toBe(active.id);
    expect(read.treatmentPlanVersions.map((v: { id: string }) => v.id)).not.toContain(draft.id);
    const audit = await sql(
      `select actor_user_id from audit_event where practice_id = ? and action = 'DELETE' and entity_id = ?`,
      [fx.practiceId, draft.id],
    );
    expect(audit).toHaveLength(1);

    // The next revision takes the discarded draft's number: versions in effect keep a gapless history.
    const again = (await as.clinician.request(REVISE, { patientId: fx.patientId })).data.reviseTreatmentPlan;
    expect(again.versionNumber).toBe(draft.versionNumber);
  });
});

describe("the patient's signature", () => {
  it('is requested for the plan in effect: stored PENDING, unsigned, and shown on the plan', async () => {
    const active = await activeVersion();
    const response = await as.clinician.request(REQUEST_SIGNATURE, { id: active.id });
    expect(response.errors).toBeUndefined();
    const request = response.data.requestTreatmentPlanSignature;
    expect(request).toMatchObject({
      planVersionId: active.id,
      status: 'PENDING',
      requestedById: fx.staff.clinician,
      signedAt: null,
    });
    expect(Date.parse(request.requestedAt)).toBeGreaterThan(Date.now() - 60_000);
    const again = await as.clinician.request(REQUEST_SIGNATURE, { id: active.id });
    expect(again.data.requestTreatmentPlanSignature.id).toBe(request.id);
    const read = (await as.clinician.request(PLAN, { id: fx.patientId })).data.patient.treatmentPlan.active;
    expect(read.signatureRequests).toEqual([{ id: request.id, status: 'PENDING', signedAt: null }]);
  });

  it('is not requested for a draft, which may still change', async () => {
    const draft = (await as.clinician.request(REVISE, { patientId: fx.patientId })).data.reviseTreatmentPlan;
    expect(errorCodes(await as.clinician.request(REQUEST_SIGNATURE, { id: draft.id }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('who may read and write treatment plans', () => {
  it('reads of a plan are audited under the version id', async () => {
    const active = await activeVersion();
    const rows = await sql(
      `select fields from audit_event where practice_id = ? and action = 'READ' and entity_type = 'TreatmentPlanVersion'
         and entity_id = ?`,
      [fx.practiceId, active.id],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0].fields).toContain('problems');
  });

  it.each(['otherClinician', 'prescriber'] as const)(
    'a clinician off the care team (%s) gets NOT_FOUND on every mutation and no plan field',
    async (who) => {
      const client = who === 'prescriber' ? await signIn(`prescriber`) : as.otherClinician;
      const active = await activeVersion();
      for (const response of [
        await client.request(SAVE, { patientId: fx.patientId, input: { content: plan(fx.staff.clinician) } }),
        await client.request(ACTIVATE, { id: active.id }),
        await client.request(REVISE, { patientId: fx.patientId }),
        await client.request(REQUEST_SIGNATURE, { id: active.id }),
        await client.request(DISCARD, { id: active.id, v: active.version }),
      ]) {
        expect(errorCodes(response)).toEqual(['NOT_FOUND']);
      }
      const read = await client.request(PLAN, { id: fx.patientId });
      expect(read.data.patient.treatmentPlan).toBeNull();
      expect(forbiddenPaths(read).sort()).toEqual(['patient.treatmentPlan', 'patient.treatmentPlanVersions']);
    },
  );

  it("the supervisor of the patient's clinician works on the supervisee's patient's plan", async () => {
    const saved = await as.supervisor.request(SAVE, {
      patientId: fx.associatePatientId,
      input: { content: plan(fx.staff.associate, { diagnosisId: null }) },
    });
    expect(saved.errors).toBeUndefined();
    const read = await as.associate.request(PLAN, { id: fx.associatePatientId });
    expect(read.data.patient.treatmentPlan.draft.id).toBe(saved.data.saveTreatmentPlanDraft.id);
  });

  it.each(['frontDesk', 'biller', 'manager', 'patient'] as const)(
    '%s cannot call any plan mutation (FORBIDDEN) nor read a plan field',
    async (who) => {
      const active = await activeVersion();
      for (const response of [
        await as[who].request(SAVE, { patientId: fx.patientId, input: { content: plan(fx.staff.clinician) } }),
        await as[who].request(ACTIVATE, { id: active.id }),
        await as[who].request(REVISE, { patientId: fx.patientId }),
        await as[who].request(REQUEST_SIGNATURE, { id: active.id }),
        await as[who].request(DISCARD, { id: active.id, v: active.version }),
      ]) {
        expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      }
      if (who === 'patient') {
        const own = await as.patient.request(
          '{ myProfile { treatmentPlan { active { id } } treatmentPlanVersions { id } } }',
        );
        expect(own.data.myProfile.treatmentPlan).toBeNull();
        expect(forbiddenPaths(own).sort()).toEqual(['myProfile.treatmentPlan', 'myProfile.treatmentPlanVersions']);
      } else {
        const read = await as[who].request(PLAN, { id: fx.patientId });
        expect(read.data.patient.treatmentPlan).toBeNull();
        expect(forbiddenPaths(read).sort()).toEqual(['patient.treatmentPlan', 'patient.treatmentPlanVersions']);
      }
    },
  );
});

describe('planReviewsDueFor (for "my day")', () => {
  it('returns, in one statement, the plans in effect whose review is due within a week of the date', async () => {
    const em = server.orm.em.fork();
    em.setFilterParams(PRACTICE_FILTER, { practiceId: fx.practiceId });
    const patients = [fx.patientId, fx.otherPatientId, fx.associatePatientId, 'not-a-uuid'];
    // The patient's plan in effect is due 2027-09-01; the associate's patient has a draft only.
    expect(await planReviewsDueFor(em, fx.practiceId, patients, '2027-08-24')).toEqual([]);
    const dueSoon = await planReviewsDueFor(em, fx.practiceId, patients, '2027-08-25');
    expect(dueSoon).toEqual([
      {
        planVersionId: (await activeVersion()).id,
        patientId: fx.patientId,
        versionNumber: 2,
        reviewDueOn: '2027-09-01',
        overdue: false,
      },
    ]);
    expect((await planReviewsDueFor(em, fx.practiceId, patients, '2027-09-02'))[0]!.overdue).toBe(true);
    // Another practice's id finds nothing, whatever the patient ids.
    const other = await createPracticeFixture(server.orm, 'plans-other');
    expect(await planReviewsDueFor(em, other.practiceId, patients, '2027-09-02')).toEqual([]);
  });
});

async function activeVersion(): Promise<Record<string, any>> {
  const read = await as.clinician.request(PLAN, { id: fx.patientId });
  return read.data.patient.treatmentPlan.active;
}

async function signIn(who: 'prescriber'): Promise<GraphQLClient> {
  const client = new GraphQLClient(server.url);
  await client.login(fx.emails.clinician.replace('clinician.', `${who}.`));
  return client;
}

/** A version as read, back in the shape a save takes. */
function contentOf(version: Record<string, any>) {
  return { problems: version.problems, dischargeCriteria: version.dischargeCriteria };
}

function withTargetDate(problem: any) {
  return {
    ...problem,
    goals: problem.goals.map((goal: any) => ({
      ...goal,
      objectives: goal.objectives.map((objective: any) => ({
        ...objective,
        targetDate: objective.targetDate ?? '2027-06-30',
      })),
    })),
  };
}
