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
 * visits: two statements however many patients are asked for — the ids per patient through a
 * window over the attendee index, then the shaped rows.
 */
async function appointmentsOf(
  ctx: RequestContext,
  patientIds: readonly string[],
  direction: Direction,
  first: number,
): Promise<AppointmentView[][]> {
  const upcoming = direction === 'upcoming';
  const ids = await ctx.em.getConnection().execute<{ id: string; patient_id: string }[]>(
    `select id, patient_id from (
       select a.id, at.patient_id,
              row_number() over (partition by at.patient_id order by a.starts_at ${upcoming ? 'asc' : 'desc'}, a.id) as n
         from appointment_attendee at
         join appointment a on a.id = at.appointment_id
        where at.patient_id = any(?::uuid[]) and a.practice_id = ?
          and ${upcoming ? `a.ends_at > now() and a.status not in ('CANCELLED', 'LATE_CANCELLED')` : 'a.ends_at <= now()'}
     ) ranked where n <= ?`,
    [pgArray(patientIds), ctx.viewer!.practiceId, first],
  );
  const views =
    ids.length > 0
      ? await readAppointments(ctx.em, { practiceId: ctx.viewer!.practiceId, appointmentIds: ids.map((r) => r.id) })
      : [];
  const byId = new Map(views.map((view) => [view.id, view]));
  return groupBy(patientIds, ids, (row) => row.patient_id).map((rows) =>
    rows
      .map((row) => byId.get(row.id)!)
      .sort((x, y) => (upcoming ? 1 : -1) * (x.startsAt.getTime() - y.startsAt.getTime())),
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
