import type { OperationRules } from '../../platform/permissions/build-shield';
import { hasRole } from '../../platform/permissions/rules/has-role.rule';
import { Role, STAFF_ROLES } from '../../platform/permissions/role';

const { FRONT_DESK, CLINICIAN, BILLER, PRACTICE_MANAGER, PATIENT } = Role;

/** Who may call each patient operation; which rows and fields they then see is decided below. */
export const patientsPermissions: OperationRules = {
  Query: {
    patient: hasRole(...STAFF_ROLES),
    patients: hasRole(...STAFF_ROLES),
    myProfile: hasRole(PATIENT),
    possibleDuplicates: hasRole(FRONT_DESK, PRACTICE_MANAGER),
    emergencyAccessGrants: hasRole(PRACTICE_MANAGER),
  },
  Mutation: {
    createPatient: hasRole(FRONT_DESK, PRACTICE_MANAGER),
    updatePatient: hasRole(FRONT_DESK, PRACTICE_MANAGER),
    updateMyContactDetails: hasRole(PATIENT),
    addInsurancePolicy: hasRole(FRONT_DESK, BILLER, PRACTICE_MANAGER),
    updateInsurancePolicy: hasRole(FRONT_DESK, BILLER, PRACTICE_MANAGER),
    assignCareTeamMember: hasRole(FRONT_DESK, PRACTICE_MANAGER),
    removeCareTeamMember: hasRole(FRONT_DESK, PRACTICE_MANAGER),
    requestEmergencyAccess: hasRole(CLINICIAN),
    recordConsent: hasRole(FRONT_DESK, PRACTICE_MANAGER),
    revokeConsent: hasRole(FRONT_DESK, PRACTICE_MANAGER),
  },
  Subscription: {
    patientUpdated: hasRole(...STAFF_ROLES),
  },
};
