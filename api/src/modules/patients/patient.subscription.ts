import { Arg, Ctx, ID, Resolver, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { forbiddenError, unauthenticatedError } from '../../platform/errors/domain-error';
import { STAFF_ROLES } from '../../platform/permissions/role';
import { sessionService } from '../identity';
import { Patient } from './patient.entity';
import { patientTopic, type PatientUpdatedEvent } from './patient-events';
import { patientService } from './patient.service';

/**
 * Live updates of one patient record. graphql-shield does not guard `subscribe` (security.md S8),
 * so the subscription authorises itself when it starts (role, then row scope through the same
 * service as the query); on every event the session must still be live, and the record is
 * re-read with the subscriber's field permissions.
 */
@Resolver(() => Patient)
export class PatientSubscriptionResolver {
  @DataClassOf(DataClass.DEMOGRAPHIC)
  @Subscription(() => Patient, {
    nullable: true,
    description: 'The patient record, each time someone changes it.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { id: string }, RequestContext>) => {
      const ctx = context;
      if (!ctx.viewer) throw unauthenticatedError();
      if (!ctx.viewer.roles.some((role) => STAFF_ROLES.includes(role))) throw forbiddenError();
      const { id } = args;
      await patientService.get(ctx, id);
      return ctx.events.subscribe<PatientUpdatedEvent>(patientTopic(ctx.viewer.practiceId, id));
    },
  })
  async patientUpdated(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Patient> {
    if (!ctx.viewer || !(await sessionService.isAlive(ctx.em, ctx.viewer.sessionTokenHash)))
      throw unauthenticatedError();
    ctx.em.clear();
    return patientService.get(ctx, id);
  }
}
