import type { AppointmentStatus } from '../../../gql/graphql';

/** An appointment's status in words and a colour (the words carry the meaning, never the colour alone). */
export const APPOINTMENT_STATUS: Readonly<Record<AppointmentStatus, { label: string; color: string }>> = {
  SCHEDULED: { label: 'Scheduled', color: 'gray' },
  CONFIRMED: { label: 'Confirmed', color: 'teal' },
  ARRIVED: { label: 'Arrived', color: 'blue' },
  IN_SESSION: { label: 'In session', color: 'violet' },
  COMPLETED: { label: 'Completed', color: 'dark' },
  NO_SHOW: { label: 'No-show', color: 'red' },
  CANCELLED: { label: 'Cancelled', color: 'gray' },
  LATE_CANCELLED: { label: 'Late cancel', color: 'red' },
};
