import type { OperationRules } from '../../../platform/permissions/build-shield';
import { hasRole } from '../../../platform/permissions/rules/has-role.rule';
import { Role } from '../../../platform/permissions/role';

const { CLINICIAN } = Role;

/**
 * Medications, allergies and prescriptions are clinicians' work; care-team row scope and, for signing,
 * the prescriber's DEA number and state licence are checked by the services.
 */
export const medicationsPermissions: OperationRules = {
  Query: {
    prescription: hasRole(CLINICIAN),
    formularyDrugs: hasRole(CLINICIAN),
  },
  Mutation: {
    addMedication: hasRole(CLINICIAN),
    stopMedication: hasRole(CLINICIAN),
    addAllergy: hasRole(CLINICIAN),
    removeAllergy: hasRole(CLINICIAN),
    confirmNoKnownAllergies: hasRole(CLINICIAN),
    draftPrescription: hasRole(CLINICIAN),
    signPrescription: hasRole(CLINICIAN),
    discardPrescriptionDraft: hasRole(CLINICIAN),
    recordPdmpCheck: hasRole(CLINICIAN),
  },
};
