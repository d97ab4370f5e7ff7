import type { RequestContext } from '../../platform/context/request-context';
import { readAppointments } from './appointment-view.query';
import type { AppointmentView } from './appointment.view';

/** One topic per facility calendar, prefixed by practice so no topic crosses tenants. */
export function calendarTopic(practiceId: string, facilityId: string): string {
  return `practice:${practiceId}:calendar:${facilityId}`;
}

/**
 * Reads the changed appointment once, already shaped, and publishes it to every open calendar
 * of its facility: subscribers receive this payload, they do not re-run a query. Returns it too,
 * as the mutation's answer.
 */
export async function publishCalendarChange(ctx: RequestContext, appointmentId: string): Promise<AppointmentView> {
  const practiceId = ctx.viewer!.practiceId;
  const [entry] = await readAppointments(ctx.em, {
    practiceId,
    appointmentIds: [appointmentId],
  });
  if (!entry) throw new Error('a changed appointment could not be read back');
  await ctx.events.publish(calendarTopic(practiceId, entry.facilityId), entry);
  return entry;
}
