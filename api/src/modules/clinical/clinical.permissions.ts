import type { OperationRules } from '../../platform/permissions/build-shield';
import { hasRole } from '../../platform/permissions/rules/has-role.rule';
import { Role } from '../../platform/permissions/role';

const { CLINICIAN, BILLER, PRACTICE_MANAGER } = Role;

/** Who may call each clinical operation; care-team row scope is checked by the services. */
export const clinicalPermissions: OperationRules = {
  Query: {
    icd10Codes: hasRole(CLINICIAN, BILLER, PRACTICE_MANAGER),
    progressNote: hasRole(CLINICIAN),
    noteVocabulary: hasRole(CLINICIAN),
    myAttention: hasRole(CLINICIAN),
    myDay: hasRole(CLINICIAN),
    patientChart: hasRole(CLINICIAN),
    attentionByClinician: hasRole(PRACTICE_MANAGER),
  },
  Mutation: {
    addDiagnosis: hasRole(CLINICIAN),
    updateDiagnosis: hasRole(CLINICIAN),
    reorderDiagnoses: hasRole(CLINICIAN),
    startProgressNote: hasRole(CLINICIAN),
    saveProgressNoteDraft: hasRole(CLINICIAN),
    signProgressNote: hasRole(CLINICIAN),
    cosignProgressNote: hasRole(CLINICIAN),
    addNoteAddendum: hasRole(CLINICIAN),
  },
};
