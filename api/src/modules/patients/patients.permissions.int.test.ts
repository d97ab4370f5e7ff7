import { createPracticeFixture, type PracticeFixture } from '../../test/fixtures';
import { errorCodes, forbiddenPaths, GraphQLClient, signedIn } from '../../test/graphql-client';
import { startTestServer, type TestServer } from '../../test/test-server';

/**
 * The persona matrix: for each role and each data class on a patient the role may reach, the
 * readable field comes back and the forbidden one comes back null with FORBIDDEN at its path.
 */
const CHART = `
  id mrn
  legalFirstName
  schedulingPreferences
  insurancePolicies { memberId copayCents payer { name } }
  careTeam { role staffMember { displayName } }
  diagnoses { icd10Code clinicalNote }
`;

let server: TestServer;
let fx: PracticeFixture;

beforeAll(async () => {
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'matrix');
});
afterAll(() => server.close());

const as = (email: string) => signedIn(server.url, email);

type Expectation = 'readable' | 'forbidden';
interface Row {
  persona: keyof PracticeFixture['emails'];
  operational: Expectation;
  demographic: Expectation;
  scheduling: Expectation;
  financial: Expectation;
  coding: Expectation;
  clinical: Expectation | 'not reached';
}

const MATRIX: Row[] = [
  {
    persona: 'frontDesk',
    operational: 'readable',
    demographic: 'readable',
    scheduling: 'readable',
    financial: 'readable',
    coding: 'forbidden',
    clinical: 'not reached',
  },
  {
    persona: 'clinician',
    operational: 'readable',
    demographic: 'readable',
    scheduling: 'readable',
    financial: 'forbidden',
    coding: 'readable',
    clinical: 'readable',
  },
  {
    persona: 'otherClinician',
    operational: 'readable',
    demographic: 'forbidden',
    scheduling: 'readable',
    financial: 'forbidden',
    coding: 'forbidden',
    clinical: 'not reached',
  },
  {
    persona: 'biller',
    operational: 'readable',
    demographic: 'readable',
    scheduling: 'readable',
    financial: 'readable',
    coding: 'readable',
    clinical: 'forbidden',
  },
  {
    persona: 'manager',
    operational: 'readable',
    demographic: 'readable',
    scheduling: 'readable',
    financial: 'readable',
    coding: 'readable',
    clinical: 'forbidden',
  },
  {
    persona: 'patient',
    operational: 'readable',
    demographic: 'readable',
    scheduling: 'readable',
    financial: 'readable',
    coding: 'readable',
    clinical: 'forbidden',
  },
];

describe.each(MATRIX)('$persona reading a patient chart', (row) => {
  let chart: Record<string, any>;
  let forbidden: string[];
  let root: string;

  beforeAll(async () => {
    const client = await as(fx.emails[row.persona]);
    const response =
      row.persona === 'patient'
        ? await client.request(`{ myProfile { ${CHART} } }`)
        : await client.request(`query ($id: ID!) { patient(id: $id) { ${CHART} } }`, { id: fx.patientId });
    root = row.persona === 'patient' ? 'myProfile' : 'patient';
    chart = response.data![root];
    forbidden = forbiddenPaths(response);
    expect(errorCodes(response).every((code) => code === 'FORBIDDEN')).toBe(true);
  });

  function check(expectation: Expectation, field: string, value: () => unknown) {
    if (expectation === 'readable') {
      expect(value()).not.toBeNull();
      expect(forbidden).not.toContain(`${root}.${field}`);
    } else {
      expect(value()).toBeNull();
      expect(forbidden).toContain(`${root}.${field}`);
    }
  }

  it('OPERATIONAL (mrn)', () => check(row.operational, 'mrn', () => chart.mrn));
  it('DEMOGRAPHIC (legal name)', () => check(row.demographic, 'legalFirstName', () => chart.legalFirstName));
  it('SCHEDULING (scheduling preferences)', () =>
    check(row.scheduling, 'schedulingPreferences', () => chart.schedulingPreferences));
  it('FINANCIAL (insurance policies)', () => check(row.financial, 'insurancePolicies', () => chart.insurancePolicies));
  it('CODING (diagnosis codes)', () => check(row.coding, 'diagnoses', () => chart.diagnoses));
  it('CLINICAL (clinical formulation)', () => {
    if (row.clinical === 'not reached') return expect(chart.diagnoses).toBeNull();
    check(row.clinical, 'diagnoses.0.clinicalNote', () => chart.diagnoses[0].clinicalNote);
  });
  it('DIRECTORY (care team names) is readable', () => {
    if (row.demographic === 'forbidden') return expect(chart.careTeam).toBeNull();
    expect(chart.careTeam[0].staffMember.displayName).toMatch(/Tester/);
  });
});

describe('AUDIT class', () => {
  it.each(['frontDesk', 'clinician', 'biller', 'patient'] as const)('%s cannot read the audit log', async (persona) => {
    const response = await (await as(fx.emails[persona])).request('{ auditEvents(first: 5) { nodes { action } } }');
    expect(response.data?.auditEvents).toBeNull();
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('the practice manager reads the audit log', async () => {
    const response = await (
      await as(fx.emails.manager)
    ).request('{ auditEvents(first: 5) { nodes { seq action actorName } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data.auditEvents.nodes.length).toBeGreaterThan(0);
    expect(response.data.auditEvents.nodes[0].seq).toMatch(/^\d+$/);
  });
});

describe('row scope', () => {
  it("a supervisor reads the charts of their supervisee's patients", async () => {
    const response = await (
      await as(fx.emails.supervisor)
    ).request('query ($id: ID!) { patient(id: $id) { legalFirstName diagnoses { clinicalNote } } }', {
      id: fx.associatePatientId,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.patient.diagnoses[0].clinicalNote).toBe('Other note');
  });

  it("a clinician's patient list holds only their care team", async () => {
    const response = await (
      await as(fx.emails.clinician)
    ).request('{ patients(first: 100) { totalCount nodes { id } } }');
    expect(response.data.patients.nodes.map((p: { id: string }) => p.id)).toEqual([fx.patientId]);
  });

  it('a patient querying another patient gets nothing', async () => {
    const client = await as(fx.emails.patient);
    const byId = await client.request('query ($id: ID!) { patient(id: $id) { legalFirstName } }', {
      id: fx.otherPatientId,
    });
    expect(byId.data?.patient ?? null).toBeNull();
    expect(errorCodes(byId)).toEqual(['FORBIDDEN']);
    const list = await client.request('{ patients(first: 5) { nodes { id } } }');
    expect(list.data?.patients ?? null).toBeNull();
    expect(errorCodes(list)).toEqual(['FORBIDDEN']);
  });
});

describe('operation rules (deny by default)', () => {
  it.each([
    [
      'biller',
      'mutation { createPatient(input: { legalFirstName: "A", legalLastName: "B", dateOfBirth: "2000-01-01", sexAssignedAtBirth: FEMALE }) { id } }',
    ],
    [
      'clinician',
      'mutation { createPatient(input: { legalFirstName: "A", legalLastName: "B", dateOfBirth: "2000-01-01", sexAssignedAtBirth: FEMALE }) { id } }',
    ],
    [
      'frontDesk',
      'mutation { requestEmergencyAccess(patientId: "00000000-0000-0000-0000-000000000000", reason: "because I want to") { id } }',
    ],
    ['patient', '{ staff { displayName } }'],
    ['clinician', '{ emergencyAccessGrants { reason } }'],
  ] as const)('%s is refused %s', async (persona, operation) => {
    const response = await (await as(fx.emails[persona])).request(operation);
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('a signed-out caller is told to sign in and sees no data', async () => {
    const response = await new GraphQLClient(server.url).request('{ patients(first: 5) { nodes { id } } }');
    expect(response.data?.patients ?? null).toBeNull();
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('practice isolation', () => {
  let other: PracticeFixture;
  beforeAll(async () => {
    other = await createPracticeFixture(server.orm, 'isolation');
  });

  it.each(['manager', 'frontDesk', 'biller', 'clinician'] as const)(
    '%s of practice B sees nothing of practice A by id or search',
    async (persona) => {
      const client = await as(other.emails[persona]);
      const byId = await client.request('query ($id: ID!) { patient(id: $id) { id legalFirstName } }', {
        id: fx.patientId,
      });
      expect(byId.data?.patient ?? null).toBeNull();
      expect(errorCodes(byId)).toEqual(['NOT_FOUND']);
      const search = await client.request(
        'query ($s: String) { patients(search: $s, first: 100) { totalCount nodes { id } } }',
        {
          s: 'Paula',
        },
      );
      const ids = (search.data?.patients?.nodes ?? []).map((p: { id: string }) => p.id);
      expect(ids).not.toContain(fx.patientId);
      const policy = await client.request(
        'mutation ($id: ID!) { updateInsurancePolicy(id: $id, input: { version: 1, memberId: "X" }) { id } }',
        {
          id: fx.policyId,
        },
      );
      expect(policy.data?.updateInsurancePolicy ?? null).toBeNull();
      expect(errorCodes(policy)).toEqual([persona === 'clinician' ? 'FORBIDDEN' : 'NOT_FOUND']);
    },
  );
});
