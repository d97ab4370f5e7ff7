import { DataClass } from '../data-class/data-class';
import { Access } from './access';
import { READ_POLICY, ReadScope, UNIVERSAL_CLASSES } from './policy';
import { Role } from './role';

const patientOwned = { patientId: (row: { patientId: string }) => row.patientId };
const authored = { authorStaffId: (row: { authorId: string }) => row.authorId };

describe('the read policy (DESIGN.md role x data class)', () => {
  it.each([
    [
      Role.FRONT_DESK,
      [DataClass.CODING, DataClass.CLINICAL, DataClass.PSYCHOTHERAPY_NOTE, DataClass.SUBSTANCE_USE, DataClass.AUDIT],
    ],
    [Role.CLINICIAN, [DataClass.FINANCIAL, DataClass.AUDIT]],
    [Role.BILLER, [DataClass.CLINICAL, DataClass.PSYCHOTHERAPY_NOTE, DataClass.SUBSTANCE_USE, DataClass.AUDIT]],
    [Role.PRACTICE_MANAGER, [DataClass.CLINICAL, DataClass.PSYCHOTHERAPY_NOTE, DataClass.SUBSTANCE_USE]],
    [Role.PATIENT, [DataClass.PSYCHOTHERAPY_NOTE]],
  ])('%s never reads %j', (role, refused) => {
    for (const dataClass of refused) expect(READ_POLICY[role][dataClass]).toBeUndefined();
  });

  it('only OPERATIONAL and DIRECTORY are read by everyone without a check', () => {
    expect([...UNIVERSAL_CLASSES].sort()).toEqual([DataClass.DIRECTORY, DataClass.OPERATIONAL]);
  });

  it('psychotherapy notes are for their author only (45 CFR 164.501)', () => {
    expect(Object.values(Role).filter((role) => READ_POLICY[role][DataClass.PSYCHOTHERAPY_NOTE])).toEqual([
      Role.CLINICIAN,
    ]);
    expect(READ_POLICY[Role.CLINICIAN][DataClass.PSYCHOTHERAPY_NOTE]).toBe(ReadScope.AUTHOR);
  });
});

describe('Access decisions', () => {
  const onTeam = { patientId: 'p-on-team' };
  const offTeam = { patientId: 'p-off-team' };
  const clinician = new Access({
    roles: [Role.CLINICIAN],
    staffMemberId: 's-1',
    careTeamPatientIds: new Set(['p-on-team']),
    emergencyPatientIds: new Set(['p-emergency']),
  });

  it('a clinician reads clinical data of their care team only', () => {
    expect(clinician.canRead(DataClass.CLINICAL, patientOwned, onTeam)).toBe(true);
    expect(clinician.canRead(DataClass.CLINICAL, patientOwned, offTeam)).toBe(false);
    expect(clinician.canRead(DataClass.CLINICAL, patientOwned, { patientId: 'p-emergency' })).toBe(true);
    expect(clinician.isEmergencyAccess('p-emergency')).toBe(true);
  });

  it('a clinician reads a psychotherapy note only when they wrote it', () => {
    expect(clinician.canRead(DataClass.PSYCHOTHERAPY_NOTE, authored, { authorId: 's-1' })).toBe(true);
    expect(clinician.canRead(DataClass.PSYCHOTHERAPY_NOTE, authored, { authorId: 's-2' })).toBe(false);
  });

  it('substance-use records need a Part 2 consent on top of the care team', () => {
    expect(clinician.canRead(DataClass.SUBSTANCE_USE, patientOwned, onTeam)).toBe(false);
    const consented = new Access({
      roles: [Role.CLINICIAN],
      careTeamPatientIds: new Set(['p-on-team']),
      substanceUseConsentPatientIds: new Set(['p-on-team']),
    });
    expect(consented.canRead(DataClass.SUBSTANCE_USE, patientOwned, onTeam)).toBe(true);
  });

  it('a patient reads their own rows, and clinical rows only once released', () => {
    const patient = new Access({ roles: [Role.PATIENT], patientId: 'p-on-team' });
    expect(patient.canRead(DataClass.FINANCIAL, patientOwned, onTeam)).toBe(true);
    expect(patient.canRead(DataClass.FINANCIAL, patientOwned, offTeam)).toBe(false);
    expect(patient.canRead(DataClass.CLINICAL, patientOwned, onTeam)).toBe(false);
    const released = { ...patientOwned, releasedToPatient: () => true };
    expect(patient.canRead(DataClass.CLINICAL, released, onTeam)).toBe(true);
    expect(patient.canRead(DataClass.PSYCHOTHERAPY_NOTE, authored, { authorId: 'x' })).toBe(false);
  });

  it('a row-scoped class on a type with no owner fails closed', () => {
    expect(clinician.canRead(DataClass.CLINICAL, undefined, onTeam)).toBe(false);
  });

  it('several roles read the union of their scopes', () => {
    const managerClinician = new Access({
      roles: [Role.CLINICIAN, Role.PRACTICE_MANAGER],
      careTeamPatientIds: new Set(),
    });
    expect(managerClinician.canRead(DataClass.DEMOGRAPHIC, patientOwned, offTeam)).toBe(true);
    expect(managerClinician.canRead(DataClass.CLINICAL, patientOwned, offTeam)).toBe(false);
  });
});
