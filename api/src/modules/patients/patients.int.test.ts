import { createPracticeFixture, type PracticeFixture } from '../../test/fixtures';
import { errorCodes, GraphQLClient } from '../../test/graphql-client';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let fx: PracticeFixture;
let frontDesk: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'patients');
  frontDesk = new GraphQLClient(server.url);
  await frontDesk.login(fx.emails.frontDesk);
});
afterAll(() => server.close());

const CREATE = `mutation ($input: CreatePatientInput!) {
  createPatient(input: $input) { id mrn version legalFirstName legalLastName preferredName dateOfBirth mobilePhone address { line1 city state postalCode } status portalStatus }
}`;
const UPDATE =
  'mutation ($id: ID!, $input: UpdatePatientInput!) { updatePatient(id: $id, input: $input) { id version preferredName email } }';

const newPatient = {
  legalFirstName: 'Marisol',
  legalLastName: 'Quintero',
  preferredName: 'Mari',
  dateOfBirth: '1988-07-04',
  sexAssignedAtBirth: 'FEMALE',
  mobilePhone: '(512) 555-0177',
  email: 'mari.q@example.com',
  address: { line1: '12 Elm St', city: 'Austin', state: 'TX', postalCode: '78704' },
};

describe('creating and finding a patient', () => {
  let created: Record<string, any>;

  beforeAll(async () => {
    const response = await frontDesk.request(CREATE, { input: newPatient });
    expect(response.errors).toBeUndefined();
    created = response.data.createPatient;
  });

  it('creates the patient with the next MRN of the practice, active and not yet invited to the portal', () => {
    expect(created).toMatchObject({
      mrn: '000004',
      legalFirstName: 'Marisol',
      status: 'ACTIVE',
      portalStatus: 'NOT_INVITED',
      version: 1,
    });
    expect(created.address).toEqual({ line1: '12 Elm St', city: 'Austin', state: 'TX', postalCode: '78704' });
  });

  it.each([
    ['last name', 'quintero'],
    ['first and last name in any order', 'Quintero, Marisol'],
    ['preferred name', 'mari quin'],
    ['date of birth (ISO)', '1988-07-04'],
    ['date of birth (US)', '7/4/1988'],
    ['phone with punctuation', '555-0177'],
    ['MRN', '000004'],
  ])('finds them by %s', async (_how, search) => {
    const response = await frontDesk.request(
      'query ($s: String) { patients(search: $s, first: 10) { totalCount nodes { id } } }',
      { s: search },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.patients.nodes.map((n: { id: string }) => n.id)).toContain(created.id);
  });

  it('pages through results with a cursor', async () => {
    const first = await frontDesk.request('{ patients(first: 2) { totalCount nextCursor nodes { id } } }');
    expect(first.data.patients.totalCount).toBe(4);
    const second = await frontDesk.request(
      'query ($after: String) { patients(first: 2, after: $after) { nextCursor nodes { id } } }',
      {
        after: first.data.patients.nextCursor,
      },
    );
    expect(second.data.patients.nextCursor).toBeNull();
    const ids = [...first.data.patients.nodes, ...second.data.patients.nodes].map((n: { id: string }) => n.id);
    expect(new Set(ids).size).toBe(4);
  });

  it('refuses a page bigger than 100', async () => {
    expect(errorCodes(await frontDesk.request('{ patients(first: 101) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('bad input is refused with a typed error and changes nothing', () => {
  it.each([
    ['an impossible date', { ...newPatient, dateOfBirth: '1988-02-30' }],
    ['a date of birth in the future', { ...newPatient, dateOfBirth: '2999-01-01' }],
    ['a malformed email', { ...newPatient, email: 'not-an-email' }],
    ['a bad state code', { ...newPatient, address: { ...newPatient.address, state: 'Texas' } }],
    ['an empty last name', { ...newPatient, legalLastName: '' }],
  ])('%s', async (_what, input) => {
    const before = await frontDesk.request('{ patients(first: 1) { totalCount } }');
    const response = await frontDesk.request(CREATE, { input });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(response.errors)).not.toMatch(/Marisol|Quintero|example\.com|select|insert/i);
    const after = await frontDesk.request('{ patients(first: 1) { totalCount } }');
    expect(after.data.patients.totalCount).toBe(before.data.patients.totalCount);
  });
});

describe('updating a patient', () => {
  it('applies only the fields sent and bumps the version', async () => {
    const response = await frontDesk.request(UPDATE, {
      id: fx.otherPatientId,
      input: { version: 1, preferredName: 'Ozzie' },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.updatePatient).toMatchObject({ preferredName: 'Ozzie', version: 2 });
  });

  it('refuses a stale version with CONFLICT, so two desks cannot overwrite each other', async () => {
    const [a, b] = await Promise.all([
      frontDesk.request(UPDATE, { id: fx.associatePatientId, input: { version: 1, email: 'a@example.com' } }),
      frontDesk.request(UPDATE, { id: fx.associatePatientId, input: { version: 1, email: 'b@example.com' } }),
    ]);
    const codes = [...errorCodes(a), ...errorCodes(b)];
    expect(codes).toEqual(['CONFLICT']);
    const winner = a.errors ? b : a;
    const current = await frontDesk.request('query ($id: ID!) { patient(id: $id) { email version } }', {
      id: fx.associatePatientId,
    });
    expect(current.data.patient).toEqual({ email: winner.data.updatePatient.email, version: 2 });
  });

  it('returns NOT_FOUND for an unknown id', async () => {
    const response = await frontDesk.request(UPDATE, {
      id: '00000000-0000-4000-8000-000000000000',
      input: { version: 1 },
    });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });
});

describe('insurance', () => {
  const ADD =
    'mutation ($input: AddInsurancePolicyInput!) { addInsurancePolicy(input: $input) { id priority copayCents payer { name } version } }';

  it('adds a secondary policy and lists it after the primary', async () => {
    const added = await frontDesk.request(ADD, {
      input: {
        patientId: fx.patientId,
        payerId: fx.payerId,
        memberId: 'SEC-1',
        subscriberName: 'Sam Fixture',
        relationshipToSubscriber: 'SPOUSE',
        priority: 'SECONDARY',
        copayCents: 0,
        effectiveFrom: '2026-02-01',
      },
    });
    expect(added.errors).toBeUndefined();
    const list = await frontDesk.request(
      'query ($id: ID!) { patient(id: $id) { insurancePolicies { priority memberId } } }',
      { id: fx.patientId },
    );
    expect(list.data.patient.insurancePolicies.map((p: { priority: string }) => p.priority)).toEqual([
      'PRIMARY',
      'SECONDARY',
    ]);
  });

  it('updates the copay of a policy with its version', async () => {
    const updated = await frontDesk.request(
      'mutation ($id: ID!, $input: UpdateInsurancePolicyInput!) { updateInsurancePolicy(id: $id, input: $input) { copayCents version } }',
      { id: fx.policyId, input: { version: 1, copayCents: 4000 } },
    );
    expect(updated.data.updateInsurancePolicy).toEqual({ copayCents: 4000, version: 2 });
  });

  it('refuses coverage that ends before it starts', async () => {
    const response = await frontDesk.request(ADD, {
      input: {
        patientId: fx.patientId,
        payerId: fx.payerId,
        memberId: 'BAD',
        subscriberName: 'X',
        relationshipToSubscriber: 'SELF',
        priority: 'TERTIARY',
        copayCents: 0,
        effectiveFrom: '2026-02-01',
        effectiveTo: '2026-01-01',
      },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'COVERAGE_ENDS_BEFORE_START',
    });
  });
});

describe('care team', () => {
  const ASSIGN =
    'mutation ($p: ID!, $s: ID!, $r: CareTeamRole!) { assignCareTeamMember(patientId: $p, staffMemberId: $s, role: $r) { id role } }';

  it('assigning a clinician opens the chart to them', async () => {
    const prescriber = new GraphQLClient(server.url);
    await prescriber.login(fx.emails.otherClinician);
    const before = await prescriber.request('query ($id: ID!) { patient(id: $id) { legalFirstName } }', {
      id: fx.associatePatientId,
    });
    expect(before.data.patient.legalFirstName).toBeNull();
    const assigned = await frontDesk.request(ASSIGN, {
      p: fx.associatePatientId,
      s: fx.staff.otherClinician,
      r: 'PRIMARY_CLINICIAN',
    });
    expect(assigned.errors).toBeUndefined();
    const after = await prescriber.request('query ($id: ID!) { patient(id: $id) { legalFirstName } }', {
      id: fx.associatePatientId,
    });
    expect(after.data.patient.legalFirstName).toBe('Ada');
  });

  it('refuses a front-desk staff member as a clinician and a non-prescriber as prescriber', async () => {
    const notClinician = await frontDesk.request(ASSIGN, {
      p: fx.patientId,
      s: fx.staff.frontDesk,
      r: 'PRIMARY_CLINICIAN',
    });
    expect(notClinician.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'STAFF_MEMBER_NOT_A_CLINICIAN',
    });
    const notPrescriber = await frontDesk.request(ASSIGN, { p: fx.patientId, s: fx.staff.clinician, r: 'PRESCRIBER' });
    expect(notPrescriber.errors?.[0]?.extensions).toMatchObject({ reason: 'STAFF_MEMBER_CANNOT_PRESCRIBE' });
  });

  it('refuses the same assignment twice with CONFLICT', async () => {
    const again = await frontDesk.request(ASSIGN, { p: fx.patientId, s: fx.staff.clinician, r: 'PRIMARY_CLINICIAN' });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
  });
});

describe('the portal profile', () => {
  it('a patient edits their own contact details but not their legal name', async () => {
    const patient = new GraphQLClient(server.url);
    await patient.login(fx.emails.patient);
    const me = await patient.request('{ myProfile { id version legalFirstName } }');
    const updated = await patient.request(
      'mutation ($input: UpdateMyContactDetailsInput!) { updateMyContactDetails(input: $input) { mobilePhone preferredName version } }',
      { input: { version: me.data.myProfile.version, mobilePhone: '(512) 555-0999', preferredName: 'Pau' } },
    );
    expect(updated.data.updateMyContactDetails).toMatchObject({ mobilePhone: '(512) 555-0999', preferredName: 'Pau' });
    const renamed = await patient.request(
      'mutation ($input: UpdateMyContactDetailsInput!) { updateMyContactDetails(input: $input) { id } }',
      { input: { version: 1, legalFirstName: 'Mallory' } },
    );
    expect(errorCodes(renamed)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('duplicate detection before create', () => {
  const DUPLICATES = `query ($c: DuplicateCandidate!) { possibleDuplicates(candidate: $c) { id legalFirstName legalLastName } }`;
  const find = async (candidate: Record<string, unknown>) =>
    ((await frontDesk.request(DUPLICATES, { c: candidate })).data as any).possibleDuplicates.map((p: any) => p.id);

  it('finds the same birth date with a similar name, or the same phone or email', async () => {
    // Created at the desk earlier in this file: Marisol Quintero, born 1988-07-04, mari.q@example.com.
    const created = await find({ legalFirstName: 'Marisol', legalLastName: 'Quintero', dateOfBirth: '1988-07-04' });
    expect(created).toHaveLength(1);
    const misspelt = await find({ legalFirstName: 'Marisól', legalLastName: 'Quinteros', dateOfBirth: '1988-07-04' });
    expect(misspelt).toEqual(created);
    const sameEmail = await find({
      legalFirstName: 'Mari',
      legalLastName: 'Q',
      dateOfBirth: '2001-01-01',
      email: 'Mari.Q@example.com',
    });
    expect(sameEmail).toEqual(created);
    // The fixture's Oscar, mobile (512) 555-0199.
    const samePhone = await find({
      legalFirstName: 'Someone',
      legalLastName: 'Else',
      dateOfBirth: '1971-01-01',
      mobilePhone: '512-555-0199',
    });
    expect(samePhone).toContain(fx.otherPatientId);
    const nobody = await find({ legalFirstName: 'Zed', legalLastName: 'Quorra', dateOfBirth: '1955-05-05' });
    expect(nobody).toEqual([]);
  });

  it('never looks into another practice', async () => {
    const other = await createPracticeFixture(server.orm, 'patients-other');
    const outsider = new GraphQLClient(server.url);
    await outsider.login(other.emails.frontDesk);
    const response = await outsider.request(DUPLICATES, {
      c: {
        legalFirstName: 'Paula',
        legalLastName: 'Fixture',
        dateOfBirth: '1990-04-12',
        mobilePhone: '(512) 555-0199',
      },
    });
    const ids = (response.data as any).possibleDuplicates.map((p: any) => p.id);
    expect(ids).not.toContain(fx.otherPatientId);
    expect(ids).not.toContain(fx.patientId);
  });
});
