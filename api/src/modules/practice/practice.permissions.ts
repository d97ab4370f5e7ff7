import type { OperationRules } from '../../platform/permissions/build-shield';
import { hasRole } from '../../platform/permissions/rules/has-role.rule';
import { Role } from '../../platform/permissions/role';

export const practicePermissions: OperationRules = {
  Query: {
    auditEvents: hasRole(Role.PRACTICE_MANAGER),
    verifyAuditChain: hasRole(Role.PRACTICE_MANAGER),
  },
};
