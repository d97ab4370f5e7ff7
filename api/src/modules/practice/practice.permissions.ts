import type { OperationRules } from '../../platform/permissions/build-shield';
import { hasRole } from '../../platform/permissions/rules/has-role.rule';
import { Role, STAFF_ROLES } from '../../platform/permissions/role';

export const practicePermissions: OperationRules = {
  Query: {
    auditEvents: hasRole(Role.PRACTICE_MANAGER),
    verifyAuditChain: hasRole(Role.PRACTICE_MANAGER),
    practiceSettings: hasRole(...STAFF_ROLES),
  },
  Mutation: {
    updatePracticeSettings: hasRole(Role.PRACTICE_MANAGER),
  },
};
