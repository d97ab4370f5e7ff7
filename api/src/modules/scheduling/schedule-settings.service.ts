import type { RequestContext } from '../../platform/context/request-context';
import { Practice } from '../../platform/db/practice.entity';
import { isUuid } from '../../platform/db/sql';
import { AppointmentType } from './appointment-type.entity';
import { TimeOff, WorkingHours } from './availability.entity';
import { Facility } from './facility.entity';
import type { AppointmentTypeInput, TimeOffInput, WorkingHoursInput } from './schedule-settings.inputs';
import { findClinician } from './scheduling-lookups';
import { publishTimeOffChange } from './time-off-events';
import { SchedulingErrorCode, schedulingError } from './scheduling.errors';

/** The practice manager's scheduling settings: appointment types, weekly hours, time off. */
export class ScheduleSettingsService {
  createAppointmentType(ctx: RequestContext, input: AppointmentTypeInput): Promise<AppointmentType> {
    const type = ctx.em.create(AppointmentType, {
      ...input,
      name: input.name.trim(),
      practice: ctx.em.getReference(Practice, ctx.viewer!.practiceId),
    });
    return ctx.em.flush().then(() => type);
  }

  async updateAppointmentType(ctx: RequestContext, id: string, input: AppointmentTypeInput): Promise<AppointmentType> {
    const type = isUuid(id) ? await ctx.em.findOne(AppointmentType, { id }) : null;
    if (!type) throw schedulingError(SchedulingErrorCode.APPOINTMENT_TYPE_NOT_FOUND, 'No such appointment type.');
    ctx.em.assign(type, { ...input, name: input.name.trim() });
    await ctx.em.flush();
    return type;
  }

  /** Replaces a clinician's weekly hours at one facility with these blocks. */
  async setWorkingHours(
    ctx: RequestContext,
    providerId: string,
    facilityId: string,
    blocks: WorkingHoursInput[],
  ): Promise<WorkingHours[]> {
    const provider = await findClinician(ctx, providerId);
    const facility = isUuid(facilityId) ? await ctx.em.findOne(Facility, { id: facilityId }) : null;
    if (!facility) throw schedulingError(SchedulingErrorCode.FACILITY_NOT_FOUND, 'No such facility.');
    const sorted = [...blocks].sort((a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime));
    sorted.forEach((block, index) => {
      const previous = sorted[index - 1];
      if (
        block.endTime <= block.startTime ||
        (previous?.weekday === block.weekday && previous.endTime > block.startTime)
      ) {
        throw schedulingError(
          SchedulingErrorCode.HOURS_INVALID,
          'Each block must end after it starts, and blocks of a day must not overlap.',
          'blocks',
        );
      }
    });
    return ctx.em.transactional(async (em) => {
      await em.nativeDelete(WorkingHours, { provider, facility });
      const practice = em.getReference(Practice, ctx.viewer!.practiceId);
      const rows = sorted.map((block) => em.create(WorkingHours, { ...block, practice, provider, facility }));
      await em.flush();
      return rows;
    });
  }

  async addTimeOff(ctx: RequestContext, providerId: string, input: TimeOffInput): Promise<TimeOff> {
    const provider = await findClinician(ctx, providerId);
    if (input.endsAt <= input.startsAt) {
      throw schedulingError(SchedulingErrorCode.ENDS_BEFORE_START, 'Time off must end after it starts.', 'endsAt');
    }
    const timeOff = ctx.em.create(TimeOff, {
      practice: ctx.em.getReference(Practice, ctx.viewer!.practiceId),
      provider,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      reason: input.reason?.trim() ?? null,
    });
    await ctx.em.flush();
    await publishTimeOffChange(ctx, timeOff, false);
    return timeOff;
  }

  async removeTimeOff(ctx: RequestContext, id: string): Promise<boolean> {
    const timeOff = isUuid(id) ? await ctx.em.findOne(TimeOff, { id }) : null;
    if (!timeOff) return false;
    ctx.em.remove(timeOff);
    await ctx.em.flush();
    await publishTimeOffChange(ctx, timeOff, true);
    return true;
  }
}

export const scheduleSettingsService = new ScheduleSettingsService();
