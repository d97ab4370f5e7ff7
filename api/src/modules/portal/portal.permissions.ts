import type { OperationRules } from '../../platform/permissions/build-shield';
import { anyone } from '../../platform/permissions/rules/anyone.rule';
import { hasRole } from '../../platform/permissions/rules/has-role.rule';
import { Role } from '../../platform/permissions/role';

export const portalPermissions: OperationRules = {
  Mutation: {
    invitePatientToPortal: hasRole(Role.FRONT_DESK, Role.PRACTICE_MANAGER),
    // The link is the credential: no session yet.
    activatePortalAccount: anyone,
  },
};
