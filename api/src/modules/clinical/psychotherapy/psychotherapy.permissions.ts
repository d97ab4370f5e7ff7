import type { OperationRules } from '../../../platform/permissions/build-shield';
import { hasRole } from '../../../platform/permissions/rules/has-role.rule';
import { Role } from '../../../platform/permissions/role';

/**
 * Psychotherapy notes: clinicians only at the door (front desk, billing, managers and patients are
 * refused outright, security.md PN-02/PN-03); which notes a clinician reaches (their own, their
 * supervisees') is decided by the service and again by the PSYCHOTHERAPY_NOTE field guard.
 */
export const psychotherapyPermissions: OperationRules = {
  Query: {
    myPsychotherapyNotes: hasRole(Role.CLINICIAN),
    psychotherapyNote: hasRole(Role.CLINICIAN),
  },
  Mutation: {
    writePsychotherapyNote: hasRole(Role.CLINICIAN),
    updatePsychotherapyNote: hasRole(Role.CLINICIAN),
    deletePsychotherapyNote: hasRole(Role.CLINICIAN),
  },
};
