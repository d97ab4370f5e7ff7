export { Facility } from './facility.entity';
export { Room } from './room.entity';
export { AppointmentType } from './appointment-type.entity';
export {
  Appointment,
  AppointmentAttendee,
  AppointmentSeries,
  AppointmentStatus,
  Attendance,
  SchedulingWarning,
} from './appointment.entity';
export { TimeOff, WorkingHours } from './availability.entity';
export { FacilityResolver } from './facility.resolver';
export { AppointmentResolver } from './appointment.resolver';
export { CalendarSubscriptionResolver } from './calendar.subscription';
export { ScheduleSettingsResolver, TimeOffResolver } from './schedule-settings.resolver';
export { schedulingPermissions } from './scheduling.permissions';
export { PatientAppointmentsResolver } from './patient-appointments.resolver';
export { appointmentService } from './appointment.service';
export { WarningOverrideInput } from './appointment.inputs';
