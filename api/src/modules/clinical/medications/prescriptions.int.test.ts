import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type GraphQLObjectType, isObjectType } from 'graphql';
import { PRACTICE_FILTER } from '../../../platform/db/practice-scoped.entity';
import { createPracticeFixture, type PracticeFixture } from '../../../test/fixtures';
import {
  errorCodes,
  firstErrorExtensions,
  forbiddenPaths,
  type GraphQLClient,
  signedIn,
} from '../../../test/graphql-client';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { buildAppSchema } from '../../../server/schema';
import { StaffMember, totpCode, totpFactorService } from '../../identity';
import { CareTeamMember, CareTeamRole, Patient } from '../../patients';
import { PdmpCheck, PdmpCheckMethod } from './pdmp-check.entity';

let server: TestServer;
let fx: PracticeFixture;
let outbox: string;
type Persona = 'prescriber' | 'clinician' | 'otherClinician' | 'frontDesk' | 'biller' | 'manager' | 'patient';
const as = {} as Record<Persona, GraphQLClient>;

const ALERT = 'ruleId severity drugs mechanism recommendation source requiresOverrideReason washoutClearOn disclaimer';
const RX = `id status drugId controlledSchedule alerts { ${ALERT} } unscreenedMedications overrideReason signedAt
  secondFactorVerifiedAt prescriberId pdfUrl transmission { status queuedAt outboxFile message }`;
const DRAFT = `mutation ($input: DraftPrescriptionInput!) { draftPrescription(input: $input) { ${RX} } }`;
const DISCARD = 'mutation ($id: ID!) { discardPrescriptionDraft(id: $id) }';
const SIGN = `mutation ($id: ID!, $input: SignPrescriptionInput) { signPrescription(id: $id, input: $input) { ${RX} } }`;
const ADD_MED = `mutation ($input: AddMedicationInput!) { addMedication(input: $input) { id drugId drugName status prescriberName } }`;
const STOP_MED = `mutation ($id: ID!, $input: StopMedicationInput) { stopMedication(id: $id, input: $input) { id status stoppedOn } }`;
const ADD_ALLERGY = `mutation ($input: AddAllergyInput!) { addAllergy(input: $input) { id substance severity } }`;
const REMOVE_ALLERGY = 'mutation ($id: ID!) { removeAllergy(id: $id) { id } }';
const PDMP = `mutation ($patientId: ID!, $input: RecordPdmpCheckInput!) {
  recordPdmpCheck(patientId: $patientId, input: $input) { id method resultSummary source checkedAt checkedByName } }`;
const CHART = `query ($id: ID!) { patient(id: $id) {
  medications { id drugId drugName status prescriberName prescriptionId }
  allergies { id substance }
  pdmpChecks { id method resultSummary checkedById }
  prescriptions { id status } } }`;

const PHARMACY = {
  name: 'Main Street Pharmacy',
  ncpdpId: '1234567',
  addressLine1: '10 Main St',
  city: 'Austin',
  state: 'TX',
  postalCode: '78701',
};

function draftInput(drug: string, patientId = fx.patientId) {
  return {
    patientId,
    drug,
    strength: drug === 'alprazolam' ? '0.5 mg' : '50 mg',
    form: 'tablet',
    quantity: 30,
    unit: 'TABLET',
    refills: drug === 'alprazolam' ? 0 : 2,
    daysSupply: 30,
    sig: 'Take 1 tablet by mouth daily',
    pharmacy: PHARMACY,
  };
}

async function draft(drug: string): Promise<Record<string, any>> {
  const response = await as.prescriber.request(DRAFT, { input: draftInput(drug) });
  expect(response.errors).toBeUndefined();
  return response.data.draftPrescription;
}

async function addMedication(drug: string): Promise<string> {
  const response = await as.clinician.request(ADD_MED, { input: { patientId: fx.patientId, drug } });
  expect(response.errors).toBeUndefined();
  return response.data.addMedication.id;
}

function pdf(client: GraphQLClient | null, id: string) {
  return fetch(`${server.url}/documents/prescriptions/${id}.pdf`, {
    headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {},
  });
}

beforeAll(async () => {
  outbox = await mkdtemp(join(tmpdir(), 'handoff-erx-'));
  process.env.HANDOFF_ERX_OUTBOX = outbox;
  server = await startTestServer();
  fx = await createPracticeFixture(server.orm, 'prescriptions');

  // The fixture's prescriber gets credentials and joins Paula's care team; Paula gets an address (a
  // controlled-substance prescription must carry it, 21 CFR 1306.05(a)).
  const em = server.orm.em.fork();
  em.setFilterParams(PRACTICE_FILTER, { practiceId: fx.practiceId });
  const prescriber = await em.findOneOrFail(StaffMember, { id: fx.staff.prescriber });
  Object.assign(prescriber, {
    npi: '1234567893',
    deaNumber: 'AB1234563',
    stateLicenseNumber: 'TX-M1234',
    stateLicenseState: 'TX',
  });
  const patient = await em.findOneOrFail(Patient, { id: fx.patientId });
  patient.address = { line1: '5 Elm St', city: 'Austin', state: 'TX', postalCode: '78702' };
  em.create(CareTeamMember, {
    practice: fx.practiceId,
    patient,
    staffMember: prescriber,
    role: CareTeamRole.PRESCRIBER,
  });
  await em.flush();

  const emails = {
    ...fx.emails,
    prescriber: fx.emails.clinician.replace(/^clinician\./, 'prescriber.'),
  };
  for (const persona of Object.keys({
    prescriber: 0,
    clinician: 0,
    otherClinician: 0,
    frontDesk: 0,
    biller: 0,
    manager: 0,
    patient: 0,
  }) as Persona[]) {
    as[persona] = await signedIn(server.url, emails[persona]);
  }
});

afterAll(async () => {
  await server.close();
  delete process.env.HANDOFF_ERX_OUTBOX;
  await rm(outbox, { recursive: true, force: true });
});

describe('medication and allergy lists', () => {
  it('a clinician on the care team adds a formulary drug and a free-text one with an outside prescriber', async () => {
    const formulary = await as.clinician.request(ADD_MED, { input: { patientId: fx.patientId, drug: 'Lisinopril' } });
    expect(formulary.data.addMedication).toMatchObject({
      drugId: 'lisinopril',
      drugName: 'Lisinopril',
      status: 'ACTIVE',
    });
    const outside = await as.clinician.request(ADD_MED, {
      input: { patientId: fx.patientId, drug: 'Herbal sleep tea', outsidePrescriberName: 'Dr. Outside' },
    });
    expect(outside.data.addMedication).toMatchObject({ drugId: null, prescriberName: 'Dr. Outside' });
  });

  it('stopping a medication keeps it on the list as STOPPED, and stopping twice is a conflict', async () => {
    const id = await addMedication('naproxen');
    const stopped = await as.clinician.request(STOP_MED, { id, input: { stopReason: 'Finished course' } });
    expect(stopped.data.stopMedication.status).toBe('STOPPED');
    expect(errorCodes(await as.clinician.request(STOP_MED, { id }))).toEqual(['CONFLICT']);
    const chart = await as.clinician.request(CHART, { id: fx.patientId });
    expect(chart.data.patient.medications).toEqual(
      expect.arrayContaining([expect.objectContaining({ id, status: 'STOPPED' })]),
    );
  });

  it('an allergy can be added and removed; removed ones leave the list', async () => {
    const added = await as.clinician.request(ADD_ALLERGY, {
      input: { patientId: fx.patientId, substance: 'Penicillin', reaction: 'Hives', severity: 'MODERATE' },
    });
    const id = added.data.addAllergy.id;
    expect((await as.clinician.request(REMOVE_ALLERGY, { id })).errors).toBeUndefined();
    const chart = await as.clinician.request(CHART, { id: fx.patientId });
    expect(chart.data.patient.allergies.map((a: { id: string }) => a.id)).not.toContain(id);
    expect(errorCodes(await as.clinician.request(REMOVE_ALLERGY, { id }))).toEqual(['NOT_FOUND']);
  });

  it('"no known allergies" is a confirmed fact: refused while allergies are listed, ended by a new allergy', async () => {
    const NKDA = 'mutation ($id: ID!) { confirmNoKnownAllergies(patientId: $id) { id noKnownAllergiesOn } }';
    const STATUS = 'query ($id: ID!) { patient(id: $id) { version noKnownAllergiesOn allergies { id } } }';
    const before = (await as.clinician.request(STATUS, { id: fx.patientId })).data.patient;
    for (const allergy of before.allergies) await as.clinician.request(REMOVE_ALLERGY, { id: allergy.id });
    expect(before.noKnownAllergiesOn).toBeNull();

    const confirmed = await as.clinician.request(NKDA, { id: fx.patientId });
    expect(confirmed.data.confirmNoKnownAllergies.noKnownAllergiesOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Not a profile edit: the front desk's open edit of the patient is not made stale by it.
    expect((await as.clinician.request(STATUS, { id: fx.patientId })).data.patient.version).toBe(before.version);

    await as.clinician.request(ADD_ALLERGY, { input: { patientId: fx.patientId, substance: 'Latex' } });
    const after = (await as.clinician.request(STATUS, { id: fx.patientId })).data.patient;
    expect(after.noKnownAllergiesOn).toBeNull();
    const refused = await as.clinician.request(NKDA, { id: fx.patientId });
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(firstErrorExtensions(refused)).toMatchObject({ reason: 'ALLERGIES_ON_LIST' });
    expect(errorCodes(await as.otherClinician.request(NKDA, { id: fx.patientId }))).toEqual(['FORBIDDEN']);
    for (const allergy of after.allergies) await as.clinician.request(REMOVE_ALLERGY, { id: allergy.id });
  });

  it('a clinician off the care team can neither read nor change the lists', async () => {
    const add = await as.otherClinician.request(ADD_MED, { input: { patientId: fx.patientId, drug: 'sertraline' } });
    expect(errorCodes(add)).toEqual(['FORBIDDEN']);
    const read = await as.otherClinician.request(CHART, { id: fx.patientId });
    expect(read.data?.patient?.medications ?? null).toBeNull();
    expect(errorCodes(read).length).toBeGreaterThan(0);
  });
});

describe('interaction screening at drafting', () => {
  it('an MAOI on the list raises the contraindicated serotonin-syndrome alert for a new SSRI', async () => {
    const maoi = await addMedication('phenelzine');
    const rx = await draft('sertraline');
    expect(rx.status).toBe('DRAFT');
    expect(rx.alerts[0]).toMatchObject({
      ruleId: 'r01-maoi-serotonergic',
      severity: 'CONTRAINDICATED',
      requiresOverrideReason: true,
      disclaimer: 'Starter interaction screening: non-exhaustive, clinician review required.',
    });
    expect(rx.alerts[0].mechanism).toMatch(/Serotonin syndrome/);
    expect(rx.alerts[0].recommendation).toMatch(/14 days/);
    expect(rx.unscreenedMedications).toContain('Herbal sleep tea');
    // Stopped today, the MAOI still needs its washout.
    await as.clinician.request(STOP_MED, { id: maoi });
    const afterStop = await draft('sertraline');
    expect(afterStop.alerts.map((a: { ruleId: string }) => a.ruleId)).toEqual(['r01-maoi-washout']);
    expect(afterStop.alerts[0].washoutClearOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('lithium on the list raises the major alert for a new NSAID', async () => {
    await addMedication('lithium');
    const rx = await draft('ibuprofen');
    expect(rx.alerts).toEqual(
      expect.arrayContaining([expect.objectContaining({ ruleId: 'r03-lithium-renal-clearance', severity: 'MAJOR' })]),
    );
  });

  it('a drug outside the formulary cannot be prescribed', async () => {
    const response = await as.prescriber.request(DRAFT, { input: draftInput('unobtainium') });
    expect(firstErrorExtensions(response)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DRUG_NOT_IN_FORMULARY' });
  });
});

describe('signing a prescription with a severe alert', () => {
  let rx: Record<string, any>;
  beforeAll(async () => {
    rx = await draft('sertraline');
    expect(rx.alerts.some((a: { requiresOverrideReason: boolean }) => a.requiresOverrideReason)).toBe(true);
  });

  it('a clinician without a DEA number and licence cannot sign, even with a reason', async () => {
    const response = await as.clinician.request(SIGN, { id: rx.id, input: { overrideReason: 'Reviewed' } });
    expect(firstErrorExtensions(response)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PRESCRIBER_CREDENTIALS_MISSING',
    });
    expect(response.errors![0]!.message).toMatch(/DEA number and a state licence/);
  });

  it('a clinician off the care team does not even find it', async () => {
    const response = await as.otherClinician.request(SIGN, { id: rx.id, input: { overrideReason: 'x' } });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });

  it('the prescriber cannot sign without an override reason', async () => {
    const response = await as.prescriber.request(SIGN, { id: rx.id });
    expect(firstErrorExtensions(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'OVERRIDE_REASON_REQUIRED',
      ruleIds: ['r01-maoi-washout'],
    });
  });

  it('with a reason it is signed, the reason stored, the drug listed and the NewRx queued in the outbox', async () => {
    const reason = 'Washout confirmed with the patient; MAOI last taken over two weeks ago per pharmacy record.';
    const response = await as.prescriber.request(SIGN, { id: rx.id, input: { overrideReason: reason } });
    expect(response.errors).toBeUndefined();
    const signed = response.data.signPrescription;
    expect(signed).toMatchObject({
      status: 'SIGNED',
      overrideReason: reason,
      prescriberId: fx.staff.prescriber,
      secondFactorVerifiedAt: null,
      transmission: {
        status: 'QUEUED',
        message: 'Queued in the local e-prescribing outbox (not sent to a pharmacy network)',
      },
    });
    const xml = await readFile(join(outbox, signed.transmission.outboxFile), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0"/);
    expect(xml).toContain('<NewRx>');
    expect(xml).toContain('<DrugDescription>Sertraline 50 mg tablet</DrugDescription>');
    expect(xml).toContain('<NCPDPID>1234567</NCPDPID>');

    const chart = await as.prescriber.request(CHART, { id: fx.patientId });
    expect(chart.data.patient.medications).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ drugId: 'sertraline', status: 'ACTIVE', prescriptionId: rx.id }),
      ]),
    );
  });

  it('a signed prescription cannot be signed again, discarded, nor changed in the database', async () => {
    expect(errorCodes(await as.prescriber.request(SIGN, { id: rx.id, input: { overrideReason: 'again' } }))).toEqual([
      'CONFLICT',
    ]);
    expect(errorCodes(await as.prescriber.request(DISCARD, { id: rx.id }))).toEqual(['CONFLICT']);
    expect(
      (await as.prescriber.request('query ($id: ID!) { prescription(id: $id) { status } }', { id: rx.id })).data,
    ).toEqual({ prescription: { status: 'SIGNED' } });
    await expect(
      server.orm.em.getConnection().execute('update prescription set sig = ? where id = ?', ['tampered', rx.id]),
    ).rejects.toThrow(/cannot change/);
  });

  it('the printable PDF is served to the prescriber and care team, and to no one else', async () => {
    const ok = await pdf(as.prescriber, rx.id);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^application\/pdf/);
    expect(
      Buffer.from(await ok.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe('%PDF');
    expect((await pdf(as.clinician, rx.id)).status).toBe(200);
    for (const other of [as.otherClinician, as.frontDesk, as.biller, as.manager, as.patient, null]) {
      expect((await pdf(other, rx.id)).status).toBe(404);
    }
  });

  it('a draft is discarded by the care team (audited), and is then gone; off the care team it is not found', async () => {
    const unwanted = await draft('lisinopril');
    expect(errorCodes(await as.otherClinician.request(DISCARD, { id: unwanted.id }))).toEqual(['NOT_FOUND']);
    const response = await as.clinician.request(DISCARD, { id: unwanted.id });
    expect(response.errors).toBeUndefined();
    expect(response.data.discardPrescriptionDraft).toBe(unwanted.id);
    const read = await as.clinician.request('query ($id: ID!) { prescription(id: $id) { id } }', { id: unwanted.id });
    expect(errorCodes(read)).toEqual(['NOT_FOUND']);
    const audit = await server.orm.em
      .getConnection()
      .execute(`select 1 from audit_event where action = 'DELETE' and entity_type = 'Prescription' and entity_id = ?`, [
        unwanted.id,
      ]);
    expect(audit).toHaveLength(1);
  });

  it('a draft has no printable PDF', async () => {
    const unsigned = await draft('lisinopril');
    expect(unsigned.pdfUrl).toBeNull();
    expect((await pdf(as.prescriber, unsigned.id)).status).toBe(404);
  });
});

describe('signing a controlled substance (EPCS checks)', () => {
  let secret: string;
  let confirmCode: string;
  let rx: Record<string, any>;
  let goodCode: string;
  const SIGN_ALPRAZOLAM = (id: string, totp?: string | null) =>
    as.prescriber.request(SIGN, { id, input: totp === undefined ? {} : { totpCode: totp } });

  beforeAll(async () => {
    const enrolled = await as.prescriber.request('mutation { enrollTotp { secret otpauthUri } }');
    expect(enrolled.errors).toBeUndefined();
    secret = enrolled.data.enrollTotp.secret;
    expect(enrolled.data.enrollTotp.otpauthUri).toMatch(/^otpauth:\/\/totp\/Handoff%3Aprescriber\./);
    confirmCode = totpCode(secret, Date.now());
    const confirmed = await as.prescriber.request('mutation ($code: String!) { confirmTotp(code: $code) { active } }', {
      code: confirmCode,
    });
    expect(confirmed.data.confirmTotp.active).toBe(true);
    rx = await draft('alprazolam');
    expect(rx).toMatchObject({ controlledSchedule: 'IV', alerts: [] });
    // The next step's code: within the accepted skew and never used.
    goodCode = totpCode(secret, Date.now() + 30_000);
  });

  it('the authenticator secret is stored sealed: a database dump holds no plain seed (MFA-02)', async () => {
    const [row] = await server.orm.em
      .getConnection()
      .execute<{ totp_secret: string }[]>('select totp_secret from staff_member where id = ?', [fx.staff.prescriber]);
    expect(row!.totp_secret.startsWith('sealed:v1:')).toBe(true);
    expect(row!.totp_secret).not.toContain(secret);
  });

  it('a secret stored before sealing existed is sealed at start-up (the signings below check codes against it)', async () => {
    const connection = server.orm.em.getConnection();
    await connection.execute('update staff_member set totp_secret = ? where id = ?', [secret, fx.staff.prescriber]);
    expect(await totpFactorService.sealLegacySecrets(server.orm.em.fork())).toBeGreaterThanOrEqual(1);
    const [row] = await connection.execute<{ totp_secret: string }[]>(
      'select totp_secret from staff_member where id = ?',
      [fx.staff.prescriber],
    );
    expect(row!.totp_secret.startsWith('sealed:v1:')).toBe(true);
  });

  it('replacing the authenticator needs a code from the current one', async () => {
    const response = await as.prescriber.request('mutation { enrollTotp { secret } }');
    expect(firstErrorExtensions(response)).toMatchObject({ reason: 'TOTP_CURRENT_CODE_REQUIRED' });
  });

  it('is refused without a PDMP check by this prescriber in the last 24 hours', async () => {
    const em = server.orm.em.fork();
    em.setFilterParams(PRACTICE_FILTER, { practiceId: fx.practiceId });
    const old = new Date(Date.now() - 25 * 3_600_000);
    em.create(PdmpCheck, {
      practice: fx.practiceId,
      patient: fx.patientId,
      checkedBy: fx.staff.prescriber,
      checkedAt: old,
      method: PdmpCheckMethod.STATE_PORTAL,
      resultSummary: 'old',
      source: 'state PDMP portal',
    });
    await em.flush();
    // Another clinician's check does not count for this prescriber.
    await as.clinician.request(PDMP, { patientId: fx.patientId, input: { method: 'INTEGRATED' } });
    const response = await SIGN_ALPRAZOLAM(rx.id, goodCode);
    expect(firstErrorExtensions(response)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PDMP_CHECK_REQUIRED' });
  });

  it('records the prescriber’s PDMP check through the local adapter, which says it is not a state PDMP', async () => {
    const response = await as.prescriber.request(PDMP, { patientId: fx.patientId, input: { method: 'INTEGRATED' } });
    expect(response.data.recordPdmpCheck).toMatchObject({
      method: 'INTEGRATED',
      resultSummary: 'No fills on record (local PDMP adapter, not a state PDMP).',
      source: 'local PDMP adapter',
    });
    const chart = await as.prescriber.request(CHART, { id: fx.patientId });
    expect(chart.data.patient.pdmpChecks[0]).toMatchObject({ checkedById: fx.staff.prescriber });
  });

  it('is refused without a second-factor code', async () => {
    expect(firstErrorExtensions(await SIGN_ALPRAZOLAM(rx.id))).toMatchObject({ reason: 'SECOND_FACTOR_REQUIRED' });
  });

  it('is refused with a wrong code', async () => {
    const wrong = totpCode(secret, Date.now() + 10 * 60_000);
    expect(firstErrorExtensions(await SIGN_ALPRAZOLAM(rx.id, wrong))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SECOND_FACTOR_INVALID',
    });
  });

  it('is refused with a code already used (the one that confirmed the authenticator)', async () => {
    expect(firstErrorExtensions(await SIGN_ALPRAZOLAM(rx.id, confirmCode))).toMatchObject({
      reason: 'SECOND_FACTOR_REPLAYED',
    });
  });

  it('with a fresh code and a recent PDMP check it is signed and queued with the DEA schedule', async () => {
    const response = await SIGN_ALPRAZOLAM(rx.id, goodCode);
    expect(response.errors).toBeUndefined();
    const signed = response.data.signPrescription;
    expect(signed.status).toBe('SIGNED');
    expect(signed.secondFactorVerifiedAt).not.toBeNull();
    const files = await readdir(outbox);
    expect(files).toContain(signed.transmission.outboxFile);
    const xml = await readFile(join(outbox, signed.transmission.outboxFile), 'utf8');
    expect(xml).toContain('<DEANumber>AB1234563</DEANumber>');
    expect(xml).toMatch(/<DEASchedule>\s*<Code>C48677<\/Code>/);
  });

  it('the same code cannot sign a second prescription', async () => {
    const second = await draft('alprazolam');
    expect(firstErrorExtensions(await SIGN_ALPRAZOLAM(second.id, goodCode))).toMatchObject({
      reason: 'SECOND_FACTOR_REPLAYED',
    });
  });
});

describe('who may do what', () => {
  const OPERATIONS: [string, string, () => Record<string, unknown>][] = [
    ['draftPrescription', DRAFT, () => ({ input: draftInput('sertraline') })],
    ['signPrescription', SIGN, () => ({ id: fx.patientId })],
    ['discardPrescriptionDraft', DISCARD, () => ({ id: fx.patientId })],
    ['addMedication', ADD_MED, () => ({ input: { patientId: fx.patientId, drug: 'sertraline' } })],
    ['stopMedication', STOP_MED, () => ({ id: fx.patientId })],
    ['addAllergy', ADD_ALLERGY, () => ({ input: { patientId: fx.patientId, substance: 'latex' } })],
    ['removeAllergy', REMOVE_ALLERGY, () => ({ id: fx.patientId })],
    [
      'confirmNoKnownAllergies',
      'mutation ($id: ID!) { confirmNoKnownAllergies(patientId: $id) { id } }',
      () => ({ id: fx.patientId }),
    ],
    ['recordPdmpCheck', PDMP, () => ({ patientId: fx.patientId, input: { method: 'INTEGRATED' } })],
    ['prescription', 'query ($id: ID!) { prescription(id: $id) { id } }', () => ({ id: fx.patientId })],
    ['enrollTotp', 'mutation { enrollTotp { secret } }', () => ({})],
  ];

  it.each(['frontDesk', 'biller', 'manager', 'patient'] as const)(
    '%s is refused every medication and prescription operation',
    async (persona) => {
      for (const [name, document, variables] of OPERATIONS) {
        if (name === 'enrollTotp' && persona !== 'patient') continue;
        const response = await as[persona].request(document, variables());
        expect([name, errorCodes(response)]).toEqual([name, ['FORBIDDEN']]);
      }
    },
  );

  it.each(['frontDesk', 'biller', 'manager'] as const)('%s cannot read the medication list', async (persona) => {
    const response = await as[persona].request(
      'query ($id: ID!) { patient(id: $id) { medications { id } allergies { id } } }',
      {
        id: fx.patientId,
      },
    );
    expect(forbiddenPaths(response)).toEqual(expect.arrayContaining(['patient.medications', 'patient.allergies']));
  });

  it('the TOTP secret and the DEA number are in no GraphQL type', async () => {
    const schema = await buildAppSchema();
    const staffFields = Object.keys((schema.getType('StaffMember') as GraphQLObjectType).getFields());
    expect(staffFields).toEqual(
      expect.arrayContaining(['hasPrescribingCredentials', 'totpActive', 'stateLicenseNumber']),
    );
    const leaks = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`))
      .filter((name) => /totpSecret|PendingSecret|LastUsedStep|deaNumber/i.test(name));
    expect(leaks).toEqual([]);
  });
});
