import { Arg, Ctx, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { forbiddenError, unauthenticatedError } from '../../platform/errors/domain-error';
import { isUuid } from '../../platform/db/sql';
import { STAFF_ROLES } from '../../platform/permissions/role';
import { isSharedExecution, SharedExecution } from '../../platform/realtime/shared-subscriptions';
import { sessionService } from '../identity';
import { AppointmentView } from './appointment.view';
import { calendarTopic } from './calendar-events';
import { Facility } from './facility.entity';
import { TimeOffChange, timeOffTopic } from './time-off-events';
import { SchedulingErrorCode, schedulingError } from './scheduling.errors';

/** A published view crossed Redis as JSON: its times are strings again. */
function revive(view: AppointmentView): AppointmentView {
  return { ...view, startsAt: new Date(view.startsAt), endsAt: new Date(view.endsAt) };
}

/** When each live calendar last confirmed its session, so a burst of events costs one lookup. */
const sessionCheckedAt = new WeakMap<RequestContext, number>();
const SESSION_RECHECK_MS = 10_000;

/**
 * The session must still be live (not logged out, not expired); re-read at most every 10 s.
 * A shared execution (shared-subscriptions.ts) has already confirmed every recipient's session
 * for this event, in one lookup for the whole group.
 */
async function assertSessionLive(ctx: RequestContext): Promise<void> {
  if (!ctx.viewer) throw unauthenticatedError();
  if (isSharedExecution(ctx)) return;
  const now = Date.now();
  if (now - (sessionCheckedAt.get(ctx) ?? 0) < SESSION_RECHECK_MS) return;
  if (!(await sessionService.isAlive(ctx.em, ctx.viewer.sessionTokenHash))) throw unauthenticatedError();
  sessionCheckedAt.set(ctx, now);
}

/**
 * Live calendar of one facility. Authorised when it starts (staff of the facility's practice);
 * each event carries the appointment already shaped, so delivering it costs the field guards
 * (set lookups) and at most one session lookup per 10 s, not a query per subscriber per event.
 * Both subscriptions depend only on the event, their arguments and the reader's permission
 * class, so subscribers with equal ones share one execution per event (@SharedExecution).
 */
@Resolver(() => AppointmentView)
export class CalendarSubscriptionResolver {
  @DataClassOf(DataClass.SCHEDULING)
  @SharedExecution()
  @Subscription(() => AppointmentView, {
    nullable: true,
    description: 'Each booking, move, status change or cancellation at this facility, as it is now.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { facilityId: string }, RequestContext>) => {
      const ctx = context;
      if (!ctx.viewer) throw unauthenticatedError();
      if (!ctx.viewer.roles.some((role) => STAFF_ROLES.includes(role))) throw forbiddenError();
      const facility = isUuid(args.facilityId) ? await ctx.em.findOne(Facility, { id: args.facilityId }) : null;
      if (!facility) throw schedulingError(SchedulingErrorCode.FACILITY_NOT_FOUND, 'No such facility.');
      return ctx.events.subscribe<AppointmentView>(calendarTopic(ctx.viewer.practiceId, facility.id));
    },
  })
  async calendarChanged(
    @Arg('facilityId', () => ID) _facilityId: string,
    @Root() change: AppointmentView,
    @Ctx() ctx: RequestContext,
  ): Promise<AppointmentView> {
    await assertSessionLive(ctx);
    return revive(change);
  }

  @DataClassOf(DataClass.SCHEDULING)
  @SharedExecution()
  @Subscription(() => TimeOffChange, {
    nullable: true,
    description: "Providers' time off added or removed anywhere in the practice.",
    subscribe: ({ context }: SubscribeResolverData<unknown, object, RequestContext>) => {
      if (!context.viewer) throw unauthenticatedError();
      if (!context.viewer.roles.some((role) => STAFF_ROLES.includes(role))) throw forbiddenError();
      return context.events.subscribe<TimeOffChange>(timeOffTopic(context.viewer.practiceId));
    },
  })
  async timeOffChanged(@Root() change: TimeOffChange, @Ctx() ctx: RequestContext): Promise<TimeOffChange> {
    await assertSessionLive(ctx);
    return { ...change, startsAt: new Date(change.startsAt), endsAt: new Date(change.endsAt) };
  }
}
