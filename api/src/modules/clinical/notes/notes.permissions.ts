import type { OperationRules } from '../../../platform/permissions/build-shield';
import { hasRole } from '../../../platform/permissions/rules/has-role.rule';
import { Role } from '../../../platform/permissions/role';

const { CLINICIAN } = Role;

/** Group notes and follow-ups: clinicians only; authorship and care team are checked by the services. */
export const notesPermissions: OperationRules = {
  Query: {
    groupNote: hasRole(CLINICIAN),
  },
  Mutation: {
    startGroupNote: hasRole(CLINICIAN),
    saveGroupNoteDraft: hasRole(CLINICIAN),
    signGroupNote: hasRole(CLINICIAN),
    scheduleFollowUpFromNote: hasRole(CLINICIAN),
  },
};
