import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { selectedFields } from '../../platform/graphql/selection';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { AppointmentStatus, Attendance } from './appointment.entity';
import { BookAppointmentInput, CancelAppointmentInput, RescheduleAppointmentInput } from './appointment.inputs';
import { appointmentService } from './appointment.service';
import { AppointmentType } from './appointment-type.entity';
import { AppointmentView, OpenSlot } from './appointment.view';
import { Arrival, readArrivals } from './arrivals';
import { SchedulingErrorCode, schedulingError } from './scheduling.errors';
import { isUuid } from '../../platform/db/sql';
import { DateOnly } from '../../platform/graphql/scalars';

@Resolver(() => AppointmentView)
export class AppointmentResolver {
  @DataClassOf(DataClass.DIRECTORY)
  @Query(() => [AppointmentType], { description: 'Bookable appointment types (or all, for settings), by name.' })
  appointmentTypes(
    @Arg('includeInactive', { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<AppointmentType[]> {
    return ctx.em.find(AppointmentType, includeInactive ? {} : { active: true }, { orderBy: { name: 'asc' } });
  }

  @DataClassOf(DataClass.SCHEDULING)
  @Query(() => [AppointmentView], {
    description: 'Appointments overlapping [from, to) (at most 42 days), oldest first, optionally narrowed.',
  })
  calendar(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('facilityId', () => ID, { nullable: true }) facilityId: string | null,
    @Arg('providerIds', () => [ID], { nullable: true }) providerIds: string[] | null,
    @Arg('roomIds', () => [ID], { nullable: true }) roomIds: string[] | null,
    @Arg('appointmentTypeIds', () => [ID], { nullable: true }) appointmentTypeIds: string[] | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AppointmentView[]> {
    // Only the fields asked for are read: a calendar needs 8 of the view's 21.
    const fields = selectedFields(info);
    return appointmentService.calendar(ctx, { from, to, facilityId, providerIds, roomIds, appointmentTypeIds, fields });
  }

  @DataClassOf(DataClass.SCHEDULING)
  @Query(() => [OpenSlot], {
    description:
      "Next free slots: providers' working hours at the facility minus appointments and time off (and the room's bookings).",
  })
  openSlots(
    @Arg('facilityId', () => ID) facilityId: string,
    @Arg('appointmentTypeId', () => ID) appointmentTypeId: string,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('providerIds', () => [ID], { nullable: true }) providerIds: string[] | null,
    @Arg('roomId', () => ID, { nullable: true }) roomId: string | null,
    @Arg('minutes', () => Int, { nullable: true }) minutes: number | null,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<OpenSlot[]> {
    return appointmentService.openSlots(ctx, {
      facilityId,
      appointmentTypeId,
      from,
      to,
      providerIds,
      roomId,
      minutes,
      first: Math.min(Math.max(first, 1), 50),
    });
  }

  @DataClassOf(DataClass.SCHEDULING)
  @Query(() => [Arrival], {
    description: "A facility's arrivals board for a day (facility time): copays due, balances, missing items.",
  })
  arrivals(
    @Arg('facilityId', () => ID) facilityId: string,
    @Arg('date', () => DateOnly) date: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Arrival[]> {
    if (!isUuid(facilityId)) throw schedulingError(SchedulingErrorCode.FACILITY_NOT_FOUND, 'No such facility.');
    return readArrivals(ctx, facilityId, date);
  }

  @DataClassOf(DataClass.SCHEDULING)
  @Query(() => AppointmentView)
  appointment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<AppointmentView> {
    return appointmentService.view(ctx, id);
  }

  @DataClassOf(DataClass.SCHEDULING)
  @Mutation(() => AppointmentView, {
    description:
      'Books a slot. CONFLICT with reason PROVIDER_BUSY/ROOM_BUSY names the appointment in the way; ' +
      'WARNINGS_NEED_OVERRIDE lists the warnings to accept with a reason.',
  })
  bookAppointment(@Arg('input') input: BookAppointmentInput, @Ctx() ctx: RequestContext): Promise<AppointmentView> {
    return appointmentService.book(ctx, input);
  }

  @DataClassOf(DataClass.SCHEDULING)
  @Mutation(() => AppointmentView, { description: 'Moves and/or resizes an appointment (same checks as booking).' })
  rescheduleAppointment(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: RescheduleAppointmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AppointmentView> {
    return appointmentService.reschedule(ctx, id, input);
  }

  @DataClassOf(DataClass.SCHEDULING)
  @Mutation(() => AppointmentView, { description: 'Confirm, check in, start, complete, no-show or reinstate.' })
  setAppointmentStatus(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => AppointmentStatus) status: AppointmentStatus,
    @Ctx() ctx: RequestContext,
  ): Promise<AppointmentView> {
    return appointmentService.setStatus(ctx, id, version, status);
  }

  @DataClassOf(DataClass.SCHEDULING)
  @Mutation(() => AppointmentView)
  cancelAppointment(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: CancelAppointmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AppointmentView> {
    return appointmentService.cancel(ctx, id, input);
  }

  @DataClassOf(DataClass.SCHEDULING)
  @Mutation(() => AppointmentView, {
    description: "One patient's attendance in a group session; NO_SHOW charges the no-show fee unless waived.",
  })
  setAttendance(
    @Arg('appointmentId', () => ID) appointmentId: string,
    @Arg('patientId', () => ID) patientId: string,
    @Arg('attendance', () => Attendance) attendance: Attendance,
    @Arg('version', () => Int) version: number,
    @Arg('waiveFee', { defaultValue: false }) waiveFee: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<AppointmentView> {
    return appointmentService.setAttendance(ctx, { appointmentId, patientId, attendance, version, waiveFee });
  }
}
