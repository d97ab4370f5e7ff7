import { DriverException } from '@mikro-orm/core';
import type { RequestContext } from '../../platform/context/request-context';
import { Practice } from '../../platform/db/practice.entity';
import { isUuid } from '../../platform/db/sql';
import { addFee } from '../billing';
import { StaffMember } from '../identity';
import { Patient } from '../patients';
import {
  Appointment,
  AppointmentAttendee,
  AppointmentSeries,
  AppointmentStatus,
  Attendance,
  type SchedulingWarning,
} from './appointment.entity';
import {
  type BookAppointmentInput,
  type CancelAppointmentInput,
  type RecurrenceInput,
  type RescheduleAppointmentInput,
  SeriesScope,
  type WarningOverrideInput,
} from './appointment.inputs';
import { occurrenceDates, toRrule } from './recurrence';
import { addDays, daysBetween, zonedDate, zonedInstant, zonedTime } from '../../platform/time/zoned-time';
import { AppointmentType } from './appointment-type.entity';
import { publishCalendarChange } from './calendar-events';
import { readAppointments, type AppointmentFilter } from './appointment-view.query';
import type { AppointmentView, OpenSlot } from './appointment.view';
import { findOpenSlots } from './open-slots';
import { newTelehealthUrl } from './telehealth-link';
import { assertRange, findClinician } from './scheduling-lookups';
import { Facility } from './facility.entity';
import { Room } from './room.entity';
import { findBusyConflict, findWarnings, type BusyConflict, type Slot } from './scheduling-conflicts';
import { SchedulingErrorCode, schedulingError } from './scheduling.errors';

const MINUTE = 60_000;

export interface OpenSlotsArgs {
  facilityId: string;
  appointmentTypeId: string;
  from: Date;
  to: Date;
  providerIds?: string[] | null;
  roomId?: string | null;
  minutes?: number | null;
  first: number;
}
const EXCLUSION_VIOLATION = '23P01';

const S = AppointmentStatus;
/** Where a status may go by `setAppointmentStatus` (cancelling has its own mutation, with a reason). */
const NEXT_STATUS: Readonly<Record<AppointmentStatus, readonly AppointmentStatus[]>> = {
  [S.SCHEDULED]: [S.CONFIRMED, S.ARRIVED, S.NO_SHOW],
  [S.CONFIRMED]: [S.SCHEDULED, S.ARRIVED, S.NO_SHOW],
  [S.ARRIVED]: [S.SCHEDULED, S.IN_SESSION, S.COMPLETED],
  [S.IN_SESSION]: [S.ARRIVED, S.COMPLETED],
  [S.COMPLETED]: [],
  [S.NO_SHOW]: [S.SCHEDULED],
  [S.CANCELLED]: [S.SCHEDULED],
  [S.LATE_CANCELLED]: [S.SCHEDULED],
};
const ATTENDANCE_FOR: Partial<Record<AppointmentStatus, Attendance>> = {
  [S.IN_SESSION]: Attendance.ATTENDED,
  [S.COMPLETED]: Attendance.ATTENDED,
  [S.NO_SHOW]: Attendance.NO_SHOW,
  [S.CANCELLED]: Attendance.CANCELLED,
  [S.LATE_CANCELLED]: Attendance.CANCELLED,
};
const CANCELLABLE: readonly AppointmentStatus[] = [S.SCHEDULED, S.CONFIRMED, S.ARRIVED];
/** Visits of a series a change may still carry along: booked, not yet under way. */
const MOVABLE: readonly AppointmentStatus[] = [S.SCHEDULED, S.CONFIRMED];

/** The start of every visit: the booking itself, or each occurrence at the same wall-clock time. */
function occurrenceStarts(startsAt: Date, zone: string, recurrence: RecurrenceInput | null | undefined): Date[] {
  if (!recurrence) return [startsAt];
  if (!recurrence.count && !recurrence.until) {
    throw schedulingError(
      SchedulingErrorCode.RECURRENCE_END_REQUIRED,
      'Say how many visits, or until when.',
      'recurrence',
    );
  }
  const time = zonedTime(startsAt, zone);
  return occurrenceDates(zonedDate(startsAt, zone), recurrence).map((date) => zonedInstant(date, time, zone));
}
/** Statuses that take the time back, so leaving them must pass the double-booking checks again. */
const HOLDS_TIME = (status: AppointmentStatus) => ![S.CANCELLED, S.LATE_CANCELLED, S.NO_SHOW].includes(status);

/** CONFLICT naming the appointment in the way; for a series, also every visit that collides. */
function busyError(conflict: BusyConflict, seriesConflicts?: { startsAt: string; conflictingAppointmentId: string }[]) {
  const details = {
    conflictingAppointmentId: conflict.appointmentId,
    conflictStartsAt: conflict.startsAt.toISOString(),
    conflictEndsAt: conflict.endsAt.toISOString(),
    ...(seriesConflicts ? { seriesConflicts } : {}),
  };
  return conflict.resource === 'PROVIDER'
    ? schedulingError(
        SchedulingErrorCode.PROVIDER_BUSY,
        'The provider already has an appointment at this time.',
        'startsAt',
        details,
      )
    : schedulingError(SchedulingErrorCode.ROOM_BUSY, 'The room is already booked at this time.', 'roomId', details);
}

/** Every warning must be in the override, or the booking is refused naming the warnings. */
function assertOverridden(warnings: SchedulingWarning[], override: WarningOverrideInput | null | undefined) {
  const unacknowledged = warnings.filter((warning) => !override?.warnings.includes(warning));
  if (unacknowledged.length > 0) {
    throw schedulingError(
      SchedulingErrorCode.WARNINGS_NEED_OVERRIDE,
      'This booking needs a reason to go ahead.',
      undefined,
      { warnings: unacknowledged },
    );
  }
}

/**
 * Booking, moving, status changes and cancellation. The database holds the no-double-booking
 * rule (exclusion constraints); this service checks first so the user is told which appointment
 * is in the way, and turns a lost race into the same CONFLICT.
 */
export interface SetAttendanceArgs {
  appointmentId: string;
  patientId: string;
  attendance: Attendance;
  version: number;
  waiveFee: boolean;
}

export class AppointmentService {
  /** The calendar: appointments overlapping [from, to), at most 42 days at a time. */
  async calendar(
    ctx: RequestContext,
    filter: Omit<AppointmentFilter, 'practiceId'> & { from: Date; to: Date },
  ): Promise<AppointmentView[]> {
    assertRange(filter.from, filter.to, 42, 'Show');
    const ids = [
      filter.facilityId ?? [],
      filter.providerIds ?? [],
      filter.roomIds ?? [],
      filter.appointmentTypeIds ?? [],
    ].flat();
    if (!ids.every(isUuid)) return [];
    return readAppointments(ctx.em, { ...filter, practiceId: ctx.viewer!.practiceId });
  }

  /** Free slots for a type at a facility (its time zone), first `first` of them in [from, to). */
  async openSlots(ctx: RequestContext, args: OpenSlotsArgs): Promise<OpenSlot[]> {
    assertRange(args.from, args.to, 62, 'Search');
    const ids = [args.facilityId, args.appointmentTypeId, args.roomId ?? [], args.providerIds ?? []].flat();
    const [facility, type] = ids.every(isUuid)
      ? await Promise.all([
          ctx.em.findOne(Facility, { id: args.facilityId }),
          ctx.em.findOne(AppointmentType, { id: args.appointmentTypeId, active: true }),
        ])
      : [null, null];
    if (!facility) throw schedulingError(SchedulingErrorCode.FACILITY_NOT_FOUND, 'No such facility.');
    if (!type) throw schedulingError(SchedulingErrorCode.APPOINTMENT_TYPE_NOT_FOUND, 'No such appointment type.');
    const now = new Date();
    return findOpenSlots(ctx.em, {
      practiceId: ctx.viewer!.practiceId,
      facilityId: facility.id,
      timeZone: facility.timeZone,
      providerIds: args.providerIds ?? [],
      roomId: args.roomId ?? null,
      minutes: args.minutes ?? type.defaultMinutes,
      from: args.from < now ? now : args.from,
      to: args.to,
      first: args.first,
    });
  }

  async view(ctx: RequestContext, id: string): Promise<AppointmentView> {
    const [view] = isUuid(id)
      ? await readAppointments(ctx.em, { practiceId: ctx.viewer!.practiceId, appointmentIds: [id] })
      : [];
    if (!view) throw schedulingError(SchedulingErrorCode.APPOINTMENT_NOT_FOUND, 'No appointment with this id.');
    return view;
  }

  async get(ctx: RequestContext, id: string): Promise<Appointment> {
    const appointment = isUuid(id) ? await ctx.em.findOne(Appointment, { id }) : null;
    if (!appointment) throw schedulingError(SchedulingErrorCode.APPOINTMENT_NOT_FOUND, 'No appointment with this id.');
    return appointment;
  }

  async book(ctx: RequestContext, input: BookAppointmentInput): Promise<AppointmentView> {
    const em = ctx.em;
    const practiceId = ctx.viewer!.practiceId;
    const [type, facility, provider] = await Promise.all([
      em.findOne(AppointmentType, { id: input.appointmentTypeId, active: true }),
      em.findOne(Facility, { id: input.facilityId }),
      findClinician(ctx, input.providerId),
    ]);
    if (!type) throw schedulingError(SchedulingErrorCode.APPOINTMENT_TYPE_NOT_FOUND, 'No such appointment type.');
    if (!facility) throw schedulingError(SchedulingErrorCode.FACILITY_NOT_FOUND, 'No such facility.');
    const room = await this.roomAt(ctx, input.roomId ?? null, facility.id);
    const patientIds = [...new Set(input.patientIds)];
    if (patientIds.length === 0) {
      throw schedulingError(SchedulingErrorCode.ATTENDEES_REQUIRED, 'Choose the patient.', 'patientIds');
    }
    if (!type.group && patientIds.length > 1) {
      throw schedulingError(
        SchedulingErrorCode.ONE_ATTENDEE_ONLY,
        'Only group types take several patients.',
        'patientIds',
      );
    }
    const patients = await em.find(Patient, { id: { $in: patientIds } });
    if (patients.length !== patientIds.length) {
      throw schedulingError(SchedulingErrorCode.PATIENT_NOT_FOUND, 'No patient with this id.', 'patientIds');
    }
    const length = (input.minutes ?? type.defaultMinutes) * MINUTE;
    const starts = occurrenceStarts(input.startsAt, facility.timeZone, input.recurrence);
    const slots: Slot[] = starts.map((startsAt) => ({
      practiceId,
      providerId: provider.id,
      facilityId: facility.id,
      roomId: room?.id ?? null,
      patientIds,
      telehealth: type.telehealth,
      startsAt,
      endsAt: new Date(startsAt.getTime() + length),
      appointmentId: null,
    }));
    await this.assertBookable(ctx, slots, input.override);

    const practice = em.getReference(Practice, practiceId);
    const series = input.recurrence
      ? em.create(AppointmentSeries, {
          practice,
          rrule: toRrule(zonedDate(input.startsAt, facility.timeZone), input.recurrence),
        })
      : null;
    const appointments = slots.map((slot) => {
      const appointment = em.create(Appointment, {
        practice,
        provider,
        facility,
        room,
        appointmentType: type,
        series,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        // Each visit of a series gets its own room unless staff gave one link for all.
        telehealthUrl: type.telehealth ? (input.telehealthUrl ?? newTelehealthUrl()) : null,
        overriddenWarnings: input.override?.warnings ?? [],
        overrideReason: input.override?.reason.trim() ?? null,
      });
      for (const patient of patients) {
        appointment.attendees.add(em.create(AppointmentAttendee, { practice, appointment, patient }));
      }
      return appointment;
    });
    await this.flushHoldingTime(ctx, slots);
    const [first] = await this.publish(ctx, appointments);
    return first!;
  }

  /**
   * Moves and/or resizes a visit, or with a series scope the same change to its later (or all)
   * visits that have not started: each keeps its own date shifted by the same number of days
   * and takes the new wall-clock time, so a series stays at 10:00 across daylight saving.
   */
  async reschedule(ctx: RequestContext, id: string, input: RescheduleAppointmentInput): Promise<AppointmentView> {
    const appointment = await this.getCurrent(ctx, id, input.version);
    const facility = await ctx.em.findOneOrFail(Facility, { id: appointment.facility.id });
    const zone = facility.timeZone;
    const provider =
      input.providerId && input.providerId !== appointment.provider.id
        ? await findClinician(ctx, input.providerId)
        : undefined;
    const room = input.roomId !== undefined ? await this.roomAt(ctx, input.roomId, facility.id) : undefined;
    const dayShift = daysBetween(zonedDate(appointment.startsAt, zone), zonedDate(input.startsAt, zone));
    const time = zonedTime(input.startsAt, zone);
    const targets = await this.inScope(ctx, appointment, input.scope, MOVABLE);
    for (const target of targets) {
      if (provider) target.provider = ctx.em.getReference(StaffMember, provider.id) as never;
      if (room !== undefined) target.room = room as never;
      target.startsAt =
        target === appointment
          ? input.startsAt
          : zonedInstant(addDays(zonedDate(target.startsAt, zone), dayShift), time, zone);
      target.endsAt = new Date(target.startsAt.getTime() + input.minutes * MINUTE);
      if (input.override) {
        target.overriddenWarnings = [...new Set([...target.overriddenWarnings, ...input.override.warnings])];
        target.overrideReason = input.override.reason.trim();
      }
    }
    const slots = await Promise.all(targets.map((target) => this.slotOf(ctx, target)));
    const holding = slots.filter((_, index) => HOLDS_TIME(targets[index]!.status));
    if (holding.length > 0) await this.assertBookable(ctx, holding, input.override);
    await this.flushHoldingTime(ctx, slots);
    const views = await this.publish(ctx, targets);
    return views[targets.indexOf(appointment)]!;
  }

  async setStatus(
    ctx: RequestContext,
    id: string,
    version: number,
    status: AppointmentStatus,
  ): Promise<AppointmentView> {
    const appointment = await this.getCurrent(ctx, id, version);
    if (!NEXT_STATUS[appointment.status as AppointmentStatus].includes(status)) {
      throw schedulingError(
        SchedulingErrorCode.STATUS_CHANGE_NOT_ALLOWED,
        `An appointment that is ${appointment.status.toLowerCase().replace('_', ' ')} cannot become ${status.toLowerCase().replace('_', ' ')}.`,
        'status',
      );
    }
    const reinstating = !HOLDS_TIME(appointment.status) && HOLDS_TIME(status);
    appointment.status = status;
    if (status === S.NO_SHOW) {
      const practice = await ctx.em.findOneOrFail(Practice, { id: ctx.viewer!.practiceId });
      await this.chargeFee(ctx, appointment, practice.noShowFeeCents, 'No-show fee');
    }
    if (reinstating) appointment.cancelReason = null;
    await this.syncAttendance(appointment, reinstating);
    const slot = await this.slotOf(ctx, appointment);
    if (reinstating) {
      const conflict = await findBusyConflict(ctx.em, slot);
      if (conflict) throw busyError(conflict);
    }
    await this.flushHoldingTime(ctx, [slot]);
    return publishCalendarChange(ctx, appointment.id);
  }

  async cancel(ctx: RequestContext, id: string, input: CancelAppointmentInput): Promise<AppointmentView> {
    const appointment = await this.getCurrent(ctx, id, input.version);
    if (!CANCELLABLE.includes(appointment.status)) {
      throw schedulingError(
        SchedulingErrorCode.STATUS_CHANGE_NOT_ALLOWED,
        'This appointment can no longer be cancelled.',
      );
    }
    const practice = await ctx.em.findOneOrFail(Practice, { id: ctx.viewer!.practiceId });
    const late = input.late ?? appointment.startsAt.getTime() - Date.now() < practice.lateCancelWindowHours * 3_600_000;
    const targets = await this.inScope(ctx, appointment, input.scope, MOVABLE);
    for (const target of targets) {
      target.status = late && target === appointment ? S.LATE_CANCELLED : S.CANCELLED;
      target.cancelReason = input.reason.trim();
      await this.syncAttendance(target, false);
    }
    if (late && !input.waiveFee) {
      await this.chargeFee(ctx, appointment, practice.lateCancelFeeCents, 'Late cancellation fee');
    }
    await ctx.em.flush();
    const views = await this.publish(ctx, targets);
    return views[targets.indexOf(appointment)]!;
  }

  /**
   * One member's attendance in a group session (or an individual visit): a member who does not
   * come gets the practice's no-show fee unless waived; the appointment's version moves on.
   */
  async setAttendance(ctx: RequestContext, input: SetAttendanceArgs): Promise<AppointmentView> {
    const appointment = await this.getCurrent(ctx, input.appointmentId, input.version);
    if (!HOLDS_TIME(appointment.status)) {
      throw schedulingError(
        SchedulingErrorCode.STATUS_CHANGE_NOT_ALLOWED,
        'Attendance cannot be marked on a cancelled or missed appointment.',
        'attendance',
      );
    }
    const attendee = (await appointment.attendees.load()).find((a) => a.patient.id === input.patientId);
    if (!attendee) {
      throw schedulingError(SchedulingErrorCode.PATIENT_NOT_FOUND, 'This patient is not booked on this appointment.');
    }
    if (attendee.attendance !== input.attendance && input.attendance === Attendance.NO_SHOW && !input.waiveFee) {
      const practice = await ctx.em.findOneOrFail(Practice, { id: ctx.viewer!.practiceId });
      addFee(ctx.em, {
        practiceId: ctx.viewer!.practiceId,
        patientId: input.patientId,
        appointmentId: appointment.id,
        amountCents: practice.noShowFeeCents,
        description: 'No-show fee',
      });
    }
    attendee.attendance = input.attendance;
    // The appointment row itself changes too, so its version moves on and other editors reload.
    appointment.updatedAt = new Date();
    await ctx.em.flush();
    return publishCalendarChange(ctx, appointment.id);
  }

  /**
   * The visit itself plus, for a series scope, the series' other visits from this one on (or
   * all of them) whose status is in `statuses`, in time order.
   */
  private async inScope(
    ctx: RequestContext,
    appointment: Appointment,
    scope: SeriesScope,
    statuses: readonly AppointmentStatus[],
  ): Promise<Appointment[]> {
    if (scope === SeriesScope.THIS || !appointment.series) return [appointment];
    const others = await ctx.em.find(
      Appointment,
      {
        series: appointment.series.id,
        id: { $ne: appointment.id },
        status: { $in: [...statuses] },
        ...(scope === SeriesScope.THIS_AND_FOLLOWING ? { startsAt: { $gt: appointment.startsAt } } : {}),
      },
      { orderBy: { startsAt: 'asc' } },
    );
    return [appointment, ...others].sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime());
  }

  /**
   * The financial policy's fee on each individual visit's patient, added to the same unit of
   * work as the status change (group sessions carry no fee).
   */
  private async chargeFee(ctx: RequestContext, appointment: Appointment, cents: number, label: string) {
    const attendees = await appointment.attendees.load();
    if (attendees.length !== 1) return;
    addFee(ctx.em, {
      practiceId: ctx.viewer!.practiceId,
      patientId: attendees[0]!.patient.id,
      appointmentId: appointment.id,
      amountCents: cents,
      description: label,
    });
  }

  /** Publishes each changed visit to live calendars; returns their views in the same order. */
  private async publish(ctx: RequestContext, appointments: Appointment[]): Promise<AppointmentView[]> {
    const views: AppointmentView[] = [];
    for (const appointment of appointments) views.push(await publishCalendarChange(ctx, appointment.id));
    return views;
  }

  /** The appointment as the editor saw it, or STALE_VERSION (someone changed it since). */
  private async getCurrent(ctx: RequestContext, id: string, version: number): Promise<Appointment> {
    const appointment = await this.get(ctx, id);
    if (appointment.version !== version) {
      throw schedulingError(
        SchedulingErrorCode.STALE_VERSION,
        'Someone else changed this appointment. Reload it and try again.',
      );
    }
    return appointment;
  }

  private async roomAt(ctx: RequestContext, roomId: string | null, facilityId: string): Promise<Room | null> {
    if (!roomId) return null;
    const room = await ctx.em.findOne(Room, { id: roomId, facility: facilityId });
    if (!room) throw schedulingError(SchedulingErrorCode.ROOM_NOT_FOUND, 'No such room at this facility.', 'roomId');
    return room;
  }

  private async slotOf(ctx: RequestContext, appointment: Appointment): Promise<Slot> {
    const [attendees, type] = await Promise.all([appointment.attendees.load(), appointment.appointmentType.load()]);
    return {
      practiceId: ctx.viewer!.practiceId,
      providerId: appointment.provider.id,
      facilityId: appointment.facility.id,
      roomId: appointment.room?.id ?? null,
      patientIds: attendees.map((attendee) => attendee.patient.id),
      telehealth: type?.telehealth ?? false,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      appointmentId: appointment.id,
    };
  }

  /**
   * Hard conflicts first (they name the appointment in the way; for a series, every visit that
   * collides), then the warnings of every slot, which must all be overridden.
   */
  private async assertBookable(ctx: RequestContext, slots: Slot[], override: WarningOverrideInput | null | undefined) {
    for (const slot of slots) {
      if (slot.endsAt.getTime() - slot.startsAt.getTime() > 480 * MINUTE) {
        throw schedulingError(SchedulingErrorCode.TOO_LONG, 'An appointment can be at most 8 hours long.', 'minutes');
      }
    }
    await this.assertFree(ctx, slots);
    const warnings = new Set((await Promise.all(slots.map((slot) => findWarnings(ctx.em, slot)))).flat());
    // A booking that won a race for this time since the check above also shows up as the
    // patient's double booking: name the real problem, which no override can fix.
    if (warnings.size > 0) await this.assertFree(ctx, slots);
    assertOverridden([...warnings], override);
  }

  private async assertFree(ctx: RequestContext, slots: Slot[]): Promise<void> {
    const conflicts = await Promise.all(slots.map((slot) => findBusyConflict(ctx.em, slot)));
    const collisions = slots.flatMap((slot, index) => {
      const conflict = conflicts[index];
      return conflict ? [{ slot, conflict }] : [];
    });
    const [first] = collisions;
    if (!first) return;
    throw busyError(
      first.conflict,
      slots.length > 1
        ? collisions.map(({ slot, conflict }) => ({
            startsAt: slot.startsAt.toISOString(),
            conflictingAppointmentId: conflict.appointmentId,
          }))
        : undefined,
    );
  }

  /**
   * Attendance follows the appointment's outcome. Marks made per member in a group
   * (setAttendance) survive check-in and the session: only members still expected become
   * attended. A cancelled or missed appointment sets everyone, and reinstating it resets everyone.
   */
  private async syncAttendance(appointment: Appointment, reinstating: boolean): Promise<void> {
    const next = ATTENDANCE_FOR[appointment.status as AppointmentStatus];
    for (const attendee of await appointment.attendees.load()) {
      if (next === undefined) {
        if (reinstating) attendee.attendance = Attendance.EXPECTED;
      } else if (next !== Attendance.ATTENDED || attendee.attendance === Attendance.EXPECTED) {
        attendee.attendance = next;
      }
    }
  }

  /** Flushes; a concurrent booking that won the race surfaces as the same CONFLICT the pre-check gives. */
  private async flushHoldingTime(ctx: RequestContext, slots: Slot[]): Promise<void> {
    try {
      await ctx.em.flush();
    } catch (error) {
      if (!(error instanceof DriverException) || (error as { code?: string }).code !== EXCLUSION_VIOLATION) throw error;
      ctx.em.clear();
      await this.assertFree(ctx, slots);
      throw schedulingError(SchedulingErrorCode.PROVIDER_BUSY, 'The provider already has an appointment at this time.');
    }
  }
}

export const appointmentService = new AppointmentService();
