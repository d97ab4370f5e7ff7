import type { OperationRules } from '../../../platform/permissions/build-shield';
import { hasRole } from '../../../platform/permissions/rules/has-role.rule';
import { Role, STAFF_ROLES } from '../../../platform/permissions/role';

const { CLINICIAN, PRACTICE_MANAGER } = Role;

/**
 * Measurement-based care is the treating clinician's: every operation on a patient's measures is
 * CLINICIAN only; the services add the care-team row scope. (`safetyAlertRaised` authorises itself
 * when it starts: shield does not guard a subscription's `subscribe`.) The practice's reliable-change
 * norms are configuration, no patient data: every staff role reads them, the manager sets them.
 */
export const measuresPermissions: OperationRules = {
  Query: {
    measureForm: hasRole(CLINICIAN),
    mySafetyAlerts: hasRole(CLINICIAN),
    notImprovingPatients: hasRole(CLINICIAN),
    reliableChangeNorms: hasRole(...STAFF_ROLES),
  },
  Mutation: {
    assignMeasure: hasRole(CLINICIAN),
    stopMeasureAssignment: hasRole(CLINICIAN),
    recordMeasureResponses: hasRole(CLINICIAN),
    acknowledgeSafetyAlert: hasRole(CLINICIAN),
    setReliableChangeNorms: hasRole(PRACTICE_MANAGER),
    resetReliableChangeNorms: hasRole(PRACTICE_MANAGER),
  },
  Subscription: {
    safetyAlertRaised: hasRole(CLINICIAN),
  },
};
