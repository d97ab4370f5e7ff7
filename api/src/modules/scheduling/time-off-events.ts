import { Field, ID, ObjectType } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import type { TimeOff } from './availability.entity';

/** Time off is per provider, whatever the facility: one topic per practice. */
export function timeOffTopic(practiceId: string): string {
  return `practice:${practiceId}:time-off`;
}

/** Time off added or removed, as every open calendar needs it (a plain object: it may cross Redis). */
@DataClassOf(DataClass.SCHEDULING)
@ObjectType()
export class TimeOffChange {
  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => ID)
  id!: string;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => ID)
  providerId!: string;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field({ description: 'Gone: take it off the calendar.' })
  removed!: boolean;
}

export async function publishTimeOffChange(ctx: RequestContext, timeOff: TimeOff, removed: boolean): Promise<void> {
  const change: TimeOffChange = {
    id: timeOff.id,
    providerId: timeOff.provider.id,
    startsAt: timeOff.startsAt,
    endsAt: timeOff.endsAt,
    reason: timeOff.reason ?? null,
    removed,
  };
  await ctx.events.publish(timeOffTopic(ctx.viewer!.practiceId), change);
}
