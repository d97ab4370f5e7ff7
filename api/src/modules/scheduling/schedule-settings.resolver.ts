import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { AppointmentType } from './appointment-type.entity';
import { TimeOff, WorkingHours } from './availability.entity';
import { AppointmentTypeInput, TimeOffInput, WeeklyHoursInput } from './schedule-settings.inputs';
import { scheduleSettingsService } from './schedule-settings.service';

@Resolver(() => WorkingHours)
export class ScheduleSettingsResolver {
  @DataClassOf(DataClass.DIRECTORY)
  @Query(() => [WorkingHours], { description: 'Weekly hours, optionally for one clinician or facility.' })
  workingHours(
    @Arg('providerId', () => ID, { nullable: true }) providerId: string | null,
    @Arg('facilityId', () => ID, { nullable: true }) facilityId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<WorkingHours[]> {
    return ctx.em.find(
      WorkingHours,
      { ...(providerId ? { provider: providerId } : {}), ...(facilityId ? { facility: facilityId } : {}) },
      { orderBy: { weekday: 'asc', startTime: 'asc' } },
    );
  }

  @DataClassOf(DataClass.SCHEDULING)
  @Query(() => [TimeOff], { description: 'Time off overlapping [from, to).' })
  timeOff(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('providerId', () => ID, { nullable: true }) providerId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<TimeOff[]> {
    return ctx.em.find(
      TimeOff,
      { startsAt: { $lt: to }, endsAt: { $gt: from }, ...(providerId ? { provider: providerId } : {}) },
      { orderBy: { startsAt: 'asc' }, limit: 500 },
    );
  }

  @DataClassOf(DataClass.DIRECTORY)
  @Mutation(() => AppointmentType)
  createAppointmentType(
    @Arg('input') input: AppointmentTypeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AppointmentType> {
    return scheduleSettingsService.createAppointmentType(ctx, input);
  }

  @DataClassOf(DataClass.DIRECTORY)
  @Mutation(() => AppointmentType)
  updateAppointmentType(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: AppointmentTypeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AppointmentType> {
    return scheduleSettingsService.updateAppointmentType(ctx, id, input);
  }

  @DataClassOf(DataClass.DIRECTORY)
  @Mutation(() => [WorkingHours], { description: "Replaces a clinician's weekly hours at a facility." })
  setWorkingHours(
    @Arg('providerId', () => ID) providerId: string,
    @Arg('facilityId', () => ID) facilityId: string,
    @Arg('hours') hours: WeeklyHoursInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WorkingHours[]> {
    return scheduleSettingsService.setWorkingHours(ctx, providerId, facilityId, hours.blocks);
  }

  @DataClassOf(DataClass.SCHEDULING)
  @Mutation(() => TimeOff)
  addTimeOff(
    @Arg('providerId', () => ID) providerId: string,
    @Arg('input') input: TimeOffInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TimeOff> {
    return scheduleSettingsService.addTimeOff(ctx, providerId, input);
  }

  @DataClassOf(DataClass.SCHEDULING)
  @Mutation(() => Boolean, { description: 'False when it was already gone.' })
  removeTimeOff(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return scheduleSettingsService.removeTimeOff(ctx, id);
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID)
  providerId(@Root() hours: WorkingHours): string {
    return hours.provider.id;
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID)
  facilityId(@Root() hours: WorkingHours): string {
    return hours.facility.id;
  }
}

@Resolver(() => TimeOff)
export class TimeOffResolver {
  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID)
  providerId(@Root() timeOff: TimeOff): string {
    return timeOff.provider.id;
  }
}
