import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { pgArray } from '../../platform/db/sql';
import { groupBy, requestLoader } from '../../platform/graphql/request-loader';
import { Patient } from '../patients';
import { AppointmentView } from './appointment.view';
import { readAppointments } from './appointment-view.query';

type Direction = 'upcoming' | 'recent';

/**
 * Each patient's next (not cancelled, soonest first) or last (any status, newest first) `first`
 * visits, in ONE statement however many patients are asked for: the ids per patient through a
 * window over the attendee index, as a subquery of the shaped read. A group visit fetched for one
 * patient may include another for whom it is not among their `first`; each patient's list is
 * their own visits sorted the same way and cut at `first`, which drops it again (their own
 * `first` earlier visits were all fetched).
 */
async function appointmentsOf(
  ctx: RequestContext,
  patientIds: readonly string[],
  direction: Direction,
  first: number,
): Promise<AppointmentView[][]> {
  const upcoming = direction === 'upcoming';
  const views = await readAppointments(ctx.em, {
    practiceId: ctx.viewer!.practiceId,
    appointmentIdsFrom: {
      sql: `select id from (
              select a.id, row_number() over (
                       partition by at.patient_id order by a.starts_at ${upcoming ? 'asc' : 'desc'}, a.id) as n
                from appointment_attendee at
                join appointment a on a.id = at.appointment_id
               where at.patient_id = any(?::uuid[]) and a.practice_id = ?
                 and ${upcoming ? `a.ends_at > now() and a.status not in ('CANCELLED', 'LATE_CANCELLED')` : 'a.ends_at <= now()'}
            ) ranked where n <= ?`,
      params: [pgArray(patientIds), ctx.viewer!.practiceId, first],
    },
  });
  // The window's own order: time (ascending or descending), then id ascending.
  const order = (x: AppointmentView, y: AppointmentView) =>
    (upcoming ? 1 : -1) * (x.startsAt.getTime() - y.startsAt.getTime()) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  const pairs = views.flatMap((view) => view.attendees.map((attendee) => ({ patientId: attendee.patientId, view })));
  return groupBy(patientIds, pairs, (pair) => pair.patientId).map((group) =>
    group
      .map((pair) => pair.view)
      .sort(order)
      .slice(0, first),
  );
}

@Resolver(() => Patient)
export class PatientAppointmentsResolver {
  @DataClassOf(DataClass.SCHEDULING)
  @FieldResolver(() => [AppointmentView], { description: 'Visits from now on, not cancelled, soonest first.' })
  upcomingAppointments(
    @Root() patient: Patient,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<AppointmentView[]> {
    return this.load(ctx, patient.id, 'upcoming', first);
  }

  @DataClassOf(DataClass.SCHEDULING)
  @FieldResolver(() => [AppointmentView], { description: 'Past visits, any status, newest first.' })
  recentAppointments(
    @Root() patient: Patient,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<AppointmentView[]> {
    return this.load(ctx, patient.id, 'recent', first);
  }

  private load(ctx: RequestContext, patientId: string, direction: Direction, first: number) {
    const limit = Math.min(Math.max(first, 1), 50);
    return requestLoader<string, AppointmentView[]>(ctx, `${direction}AppointmentsByPatient:${limit}`, (patientIds) =>
      appointmentsOf(ctx, patientIds, direction, limit),
    ).load(patientId);
  }
}
