import { createPracticeFixture, type PracticeFixture } from '../../test/fixtures';
import { errorCodes, GraphQLClient } from '../../test/graphql-client';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let fx: PracticeFixture;
const as: Record<'clinician' | 'otherClinician' | 'frontDesk' | 'biller', GraphQLClient> = {} as never;

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'diagnoses');
  for (const persona of ['clinician', 'otherClinician', 'frontDesk', 'biller'] as const) {
    as[persona] = new GraphQLClient(server.url);
    await as[persona].login(fx.emails[persona]);
  }
});
afterAll(() => server.close());

const SEARCH =
  'query ($s: String!, $d: Date) { icd10Codes(search: $s, dateOfService: $d, first: 50) { code description billable fiscalYear } }';
const ADD = `mutation ($input: AddDiagnosisInput!) {
  addDiagnosis(input: $input) { id icd10Code description isPrimary status position diagnosedOn onsetDate }
}`;
const UPDATE = `mutation ($id: ID!, $input: UpdateDiagnosisInput!) {
  updateDiagnosis(id: $id, input: $input) { id isPrimary status resolvedOn }
}`;
const LIST = 'query ($id: ID!) { patient(id: $id) { diagnoses { id icd10Code isPrimary status position } } }';

async function problemList(patientId = fx.patientId) {
  const response = await as.clinician.request(LIST, { id: patientId });
  expect(response.errors).toBeUndefined();
  return response.data.patient.diagnoses as Array<{
    id: string;
    icd10Code: string;
    isPrimary: boolean;
    status: string;
  }>;
}

describe('the ICD-10-CM code set', () => {
  it('finds codes by prefix, typed without the dot and in lower case, headers marked not billable', async () => {
    const response = await as.clinician.request(SEARCH, { s: 'f41' });
    expect(response.errors).toBeUndefined();
    const codes = response.data.icd10Codes as Array<{ code: string; billable: boolean }>;
    expect(codes[0]).toMatchObject({ code: 'F41', billable: false });
    expect(codes).toContainEqual(expect.objectContaining({ code: 'F41.1', billable: true }));
    expect(codes.every((c) => c.code.startsWith('F41'))).toBe(true);
  });

  it('finds codes by the words of their title, mental health first', async () => {
    const response = await as.clinician.request(SEARCH, { s: 'generalized anxiety' });
    expect(response.data.icd10Codes[0]).toMatchObject({ code: 'F41.1', description: 'Generalized anxiety disorder' });
  });

  it("answers from the code set of the date's fiscal year", async () => {
    const before = await as.clinician.request(SEARCH, { s: 'F64', d: '2026-09-30' });
    const after = await as.clinician.request(SEARCH, { s: 'F64', d: '2026-10-01' });
    expect(before.data.icd10Codes.map((c: { code: string }) => c.code)).not.toContain('F64.A');
    expect(after.data.icd10Codes).toContainEqual(expect.objectContaining({ code: 'F64.A', fiscalYear: 2027 }));
  });

  it('is there for billing too, not for the front desk', async () => {
    expect((await as.biller.request(SEARCH, { s: 'F43.2' })).errors).toBeUndefined();
    expect(errorCodes(await as.frontDesk.request(SEARCH, { s: 'F43.2' }))).toEqual(['FORBIDDEN']);
  });
});

describe('the problem list', () => {
  it('adds a billable code with its official title; the first active diagnosis is the primary', async () => {
    // The fixture's patient already has F41.1 as primary.
    const response = await as.clinician.request(ADD, {
      input: { patientId: fx.patientId, icd10Code: 'f4310', onsetDate: '2025-11-02', diagnosedOn: '2026-02-01' },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.addDiagnosis).toMatchObject({
      icd10Code: 'F43.10',
      description: 'Post-traumatic stress disorder, unspecified',
      isPrimary: false,
      status: 'ACTIVE',
      onsetDate: '2025-11-02',
    });
  });

  it('refuses a category header with a clear message and suggestions, and writes nothing', async () => {
    const before = await problemList();
    const response = await as.clinician.request(ADD, { input: { patientId: fx.patientId, icd10Code: 'F33' } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toBe(
      'F33 is a category, not a billable code: choose a more specific code such as F33.0, F33.1, F33.2, F33.3.',
    );
    expect(await problemList()).toEqual(before);
  });

  it('refuses a code that does not exist', async () => {
    const response = await as.clinician.request(ADD, { input: { patientId: fx.patientId, icd10Code: 'F99.99' } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toMatch(/^F99\.99 is not an ICD-10-CM code/);
  });

  it('refuses the same code twice while it is active', async () => {
    const response = await as.clinician.request(ADD, { input: { patientId: fx.patientId, icd10Code: 'F41.1' } });
    expect(errorCodes(response)).toEqual(['CONFLICT']);
  });

  it('keeps one primary: a new primary demotes the old one, resolving it promotes the next', async () => {
    const added = await as.clinician.request(ADD, {
      input: { patientId: fx.patientId, icd10Code: 'F33.1', isPrimary: true },
    });
    expect(added.data.addDiagnosis.isPrimary).toBe(true);
    let list = await problemList();
    expect(list.filter((d) => d.isPrimary).map((d) => d.icd10Code)).toEqual(['F33.1']);

    const resolved = await as.clinician.request(UPDATE, {
      id: added.data.addDiagnosis.id,
      input: { status: 'RESOLVED' },
    });
    expect(resolved.data.updateDiagnosis).toMatchObject({
      status: 'RESOLVED',
      isPrimary: false,
      resolvedOn: new Date().toISOString().slice(0, 10),
    });
    list = await problemList();
    expect(list.filter((d) => d.isPrimary && d.status === 'ACTIVE')).toHaveLength(1);
  });

  it('orders the active diagnoses; the first becomes the primary', async () => {
    const active = (await problemList()).filter((d) => d.status === 'ACTIVE');
    const reversed = active.map((d) => d.id).reverse();
    const response = await as.clinician.request(
      'mutation ($p: ID!, $ids: [ID!]!) { reorderDiagnoses(patientId: $p, ids: $ids) { id isPrimary position } }',
      { p: fx.patientId, ids: reversed },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.reorderDiagnoses.map((d: { id: string }) => d.id)).toEqual(reversed);
    expect((await problemList()).find((d) => d.isPrimary)!.id).toBe(reversed[0]);

    const partial = await as.clinician.request(
      'mutation ($p: ID!, $ids: [ID!]!) { reorderDiagnoses(patientId: $p, ids: $ids) { id } }',
      { p: fx.patientId, ids: reversed.slice(1) },
    );
    expect(errorCodes(partial)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses dates out of order', async () => {
    const response = await as.clinician.request(ADD, {
      input: { patientId: fx.patientId, icd10Code: 'F90.0', diagnosedOn: '2026-03-01', onsetDate: '2026-04-01' },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('who may change a problem list', () => {
  it.each([
    ['a clinician off the care team', 'otherClinician'],
    ['the front desk', 'frontDesk'],
    ['a biller', 'biller'],
  ] as const)('%s cannot add a diagnosis', async (_who, persona) => {
    const response = await as[persona].request(ADD, { input: { patientId: fx.patientId, icd10Code: 'F40.10' } });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect((await problemList()).map((d) => d.icd10Code)).not.toContain('F40.10');
  });

  it('a clinician off the care team cannot resolve one either', async () => {
    const response = await as.otherClinician.request(UPDATE, { id: fx.diagnosisId, input: { status: 'RESOLVED' } });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });
});
