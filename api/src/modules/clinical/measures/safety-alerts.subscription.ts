import { withFilter } from 'graphql-subscriptions';
import { Ctx, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { forbiddenError, unauthenticatedError } from '../../../platform/errors/domain-error';
import { Role } from '../../../platform/permissions/role';
import { loadAccess, sessionService } from '../../identity';
import { safetyAlertTopic, type SafetyAlertRaisedEvent } from './safety-alert-events';
import { SafetyAlert } from './safety-alert.entity';
import { safetyAlertService } from './safety-alert.service';

/**
 * Re-reads the subscriber's care relationships, then the alert as they may see it. Alerts are
 * rare, so one access query per event buys current permissions: a clinician taken off the care
 * team since subscribing gets nothing, one added since does.
 */
async function reachableForSubscriber(ctx: RequestContext, alertId: string): Promise<SafetyAlert | null> {
  ctx.access = await loadAccess(ctx.em, ctx.viewer);
  ctx.em.clear();
  try {
    return await safetyAlertService.reachable(ctx, ctx.em, alertId);
  } catch {
    return null;
  }
}

/**
 * Safety alerts live, for the clinicians they are raised for. graphql-shield does not guard
 * `subscribe` (security.md S8), so it authorises itself when it starts (a clinician with a staff
 * record, listening only on their own topic). Each event carries only the alert id: it is
 * delivered only if the subscriber is one of the alert's clinicians and still has a care
 * relationship with the patient, and the session must still be live; the alert is re-read with
 * the subscriber's permissions. Not @SharedExecution: the result depends on who is listening.
 */
@Resolver(() => SafetyAlert)
export class SafetyAlertSubscriptionResolver {
  @DataClassOf(DataClass.CLINICAL)
  @Subscription(() => SafetyAlert, {
    nullable: true,
    description: 'Each safety alert raised for you, as it is raised.',
    subscribe: ({ source, args, context, info }: SubscribeResolverData<unknown, object, RequestContext>) => {
      const ctx = context;
      if (!ctx.viewer) throw unauthenticatedError();
      const staffId = ctx.viewer.staffMemberId;
      if (!ctx.viewer.roles.includes(Role.CLINICIAN) || !staffId) throw forbiddenError();
      const topic = safetyAlertTopic(ctx.viewer.practiceId, staffId);
      return withFilter<SafetyAlertRaisedEvent, object, RequestContext>(
        () => ctx.events.subscribe<SafetyAlertRaisedEvent>(topic),
        async (event) => !!event && (await reachableForSubscriber(ctx, event.alertId)) !== null,
      )(source as SafetyAlertRaisedEvent, args, ctx, info);
    },
  })
  async safetyAlertRaised(@Root() event: SafetyAlertRaisedEvent, @Ctx() ctx: RequestContext): Promise<SafetyAlert> {
    if (!ctx.viewer || !(await sessionService.isAlive(ctx.em, ctx.viewer.sessionTokenHash))) {
      throw unauthenticatedError();
    }
    const alert = await reachableForSubscriber(ctx, event.alertId);
    if (!alert) throw forbiddenError();
    return alert;
  }
}
