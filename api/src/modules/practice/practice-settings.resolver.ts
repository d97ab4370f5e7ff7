import { Max, Min } from 'class-validator';
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { Practice } from '../../platform/db/practice.entity';

/** The practice's financial policy for missed visits, and when reminders go out. */
@DataClassOf(DataClass.DIRECTORY)
@ObjectType()
export class PracticeSettings {
  @Field(() => Int, { description: 'A cancellation closer than this to the visit is late.' })
  lateCancelWindowHours!: number;

  @Field(() => Int)
  lateCancelFeeCents!: number;

  @Field(() => Int)
  noShowFeeCents!: number;

  @Field(() => Int, { description: 'Appointment reminders go out this many hours before the visit.' })
  reminderHoursBefore!: number;
}

@InputType()
export class PracticeSettingsInput {
  @Field(() => Int) @Min(0) @Max(168) lateCancelWindowHours!: number;
  @Field(() => Int) @Min(0) @Max(100_000) lateCancelFeeCents!: number;
  @Field(() => Int) @Min(0) @Max(100_000) noShowFeeCents!: number;
  @Field(() => Int) @Min(1) @Max(168) reminderHoursBefore!: number;
}

function settingsOf(practice: Practice): PracticeSettings {
  return {
    lateCancelWindowHours: practice.lateCancelWindowHours,
    lateCancelFeeCents: practice.lateCancelFeeCents,
    noShowFeeCents: practice.noShowFeeCents,
    reminderHoursBefore: practice.reminderHoursBefore,
  };
}

@Resolver(() => PracticeSettings)
export class PracticeSettingsResolver {
  @DataClassOf(DataClass.DIRECTORY)
  @Query(() => PracticeSettings)
  async practiceSettings(@Ctx() ctx: RequestContext): Promise<PracticeSettings> {
    return settingsOf(await ctx.em.findOneOrFail(Practice, { id: ctx.viewer!.practiceId }));
  }

  @DataClassOf(DataClass.DIRECTORY)
  @Mutation(() => PracticeSettings, { description: 'Applies to cancellations, no-shows and reminders from now on.' })
  async updatePracticeSettings(
    @Arg('input') input: PracticeSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PracticeSettings> {
    const practice = await ctx.em.findOneOrFail(Practice, { id: ctx.viewer!.practiceId });
    Object.assign(practice, input);
    await ctx.em.flush();
    return settingsOf(practice);
  }
}
