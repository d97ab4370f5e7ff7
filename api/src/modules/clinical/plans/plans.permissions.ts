import type { OperationRules } from '../../../platform/permissions/build-shield';
import { hasRole } from '../../../platform/permissions/rules/has-role.rule';
import { Role } from '../../../platform/permissions/role';

/**
 * Treatment plans are written by clinicians only; the care-team row scope (others get NOT_FOUND)
 * is checked by the service. Reads go through `Patient.treatmentPlan`, guarded as CLINICAL.
 */
export const plansPermissions: OperationRules = {
  Mutation: {
    saveTreatmentPlanDraft: hasRole(Role.CLINICIAN),
    activateTreatmentPlan: hasRole(Role.CLINICIAN),
    reviseTreatmentPlan: hasRole(Role.CLINICIAN),
    discardTreatmentPlanDraft: hasRole(Role.CLINICIAN),
    requestTreatmentPlanSignature: hasRole(Role.CLINICIAN),
  },
};
