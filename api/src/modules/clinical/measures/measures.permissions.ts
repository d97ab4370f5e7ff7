import type { OperationRules } from '../../../platform/permissions/build-shield';
import { hasRole } from '../../../platform/permissions/rules/has-role.rule';
import { Role } from '../../../platform/permissions/role';

const { CLINICIAN } = Role;

/**
 * Measurement-based care is the treating clinician's: every operation is CLINICIAN only; the
 * services add the care-team row scope. (`safetyAlertRaised` authorises itself when it starts:
 * shield does not guard a subscription's `subscribe`.)
 */
export const measuresPermissions: OperationRules = {
  Query: {
    measureForm: hasRole(CLINICIAN),
    mySafetyAlerts: hasRole(CLINICIAN),
    notImprovingPatients: hasRole(CLINICIAN),
  },
  Mutation: {
    assignMeasure: hasRole(CLINICIAN),
    stopMeasureAssignment: hasRole(CLINICIAN),
    recordMeasureResponses: hasRole(CLINICIAN),
    acknowledgeSafetyAlert: hasRole(CLINICIAN),
  },
  Subscription: {
    safetyAlertRaised: hasRole(CLINICIAN),
  },
};
