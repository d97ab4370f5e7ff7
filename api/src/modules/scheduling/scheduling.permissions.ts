import type { OperationRules } from '../../platform/permissions/build-shield';
import { hasRole } from '../../platform/permissions/rules/has-role.rule';
import { Role, STAFF_ROLES } from '../../platform/permissions/role';

const { FRONT_DESK, CLINICIAN, PRACTICE_MANAGER } = Role;
/** Who books and moves appointments: the front desk, managers, and clinicians for their own follow-ups. */
const SCHEDULERS = hasRole(FRONT_DESK, PRACTICE_MANAGER, CLINICIAN);

export const schedulingPermissions: OperationRules = {
  Query: {
    facilities: hasRole(...STAFF_ROLES),
    appointmentTypes: hasRole(...STAFF_ROLES),
    calendar: hasRole(...STAFF_ROLES),
    appointment: hasRole(...STAFF_ROLES),
    openSlots: hasRole(...STAFF_ROLES),
    arrivals: hasRole(FRONT_DESK, PRACTICE_MANAGER, Role.BILLER),
    workingHours: hasRole(...STAFF_ROLES),
    timeOff: hasRole(...STAFF_ROLES),
  },
  Mutation: {
    bookAppointment: SCHEDULERS,
    rescheduleAppointment: SCHEDULERS,
    setAppointmentStatus: SCHEDULERS,
    cancelAppointment: SCHEDULERS,
    setAttendance: SCHEDULERS,
    createFacility: hasRole(PRACTICE_MANAGER),
    updateFacility: hasRole(PRACTICE_MANAGER),
    addRoom: hasRole(PRACTICE_MANAGER),
    renameRoom: hasRole(PRACTICE_MANAGER),
    createAppointmentType: hasRole(PRACTICE_MANAGER),
    updateAppointmentType: hasRole(PRACTICE_MANAGER),
    setWorkingHours: hasRole(PRACTICE_MANAGER),
    addTimeOff: hasRole(PRACTICE_MANAGER, FRONT_DESK),
    removeTimeOff: hasRole(PRACTICE_MANAGER, FRONT_DESK),
  },
  Subscription: {
    calendarChanged: hasRole(...STAFF_ROLES),
    timeOffChanged: hasRole(...STAFF_ROLES),
  },
};
