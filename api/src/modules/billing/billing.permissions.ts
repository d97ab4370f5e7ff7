import type { OperationRules } from '../../platform/permissions/build-shield';
import { hasRole } from '../../platform/permissions/rules/has-role.rule';
import { Role, STAFF_ROLES } from '../../platform/permissions/role';

const { FRONT_DESK, BILLER, PRACTICE_MANAGER } = Role;
/** Who takes money and reads accounts: never clinicians (FINANCIAL is not theirs). */
const MONEY = hasRole(FRONT_DESK, BILLER, PRACTICE_MANAGER);

export const billingPermissions: OperationRules = {
  Query: { payers: hasRole(...STAFF_ROLES), patientLedger: MONEY },
  Mutation: {
    tokenizeCard: MONEY,
    collectPayment: MONEY,
    sendStatement: MONEY,
    updatePayerTelehealthRules: hasRole(BILLER, PRACTICE_MANAGER),
  },
};
