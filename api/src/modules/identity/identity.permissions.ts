import type { OperationRules } from '../../platform/permissions/build-shield';
import { anyone } from '../../platform/permissions/rules/anyone.rule';
import { hasRole } from '../../platform/permissions/rules/has-role.rule';
import { STAFF_ROLES } from '../../platform/permissions/role';

export const identityPermissions: OperationRules = {
  Query: {
    viewer: anyone,
    staff: hasRole(...STAFF_ROLES),
  },
  Mutation: {
    login: anyone,
    logout: anyone,
  },
};
