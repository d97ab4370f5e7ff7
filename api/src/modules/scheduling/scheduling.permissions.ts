import type { OperationRules } from '../../platform/permissions/build-shield';
import { hasRole } from '../../platform/permissions/rules/has-role.rule';
import { STAFF_ROLES } from '../../platform/permissions/role';

export const schedulingPermissions: OperationRules = {
  Query: { facilities: hasRole(...STAFF_ROLES) },
};
