import type { RequestContext } from '../../platform/context/request-context';
import { isUuid } from '../../platform/db/sql';
import { Role } from '../../platform/permissions/role';
import { StaffMember } from '../identity';
import { SchedulingErrorCode, schedulingError } from './scheduling.errors';

const DAY_MS = 24 * 3_600_000;

/** An active clinician of the practice who can be booked, or NOT_FOUND naming `providerId`. */
export async function findClinician(ctx: RequestContext, id: string): Promise<StaffMember> {
  const provider = isUuid(id) ? await ctx.em.findOne(StaffMember, { id, active: true }) : null;
  if (!provider?.roles.includes(Role.CLINICIAN)) {
    throw schedulingError(SchedulingErrorCode.PROVIDER_NOT_FOUND, 'No clinician with this id.', 'providerId');
  }
  return provider;
}

/** A time range of more than nothing and at most `maxDays`, or BAD_USER_INPUT on `to`. */
export function assertRange(from: Date, to: Date, maxDays: number, verb: 'Show' | 'Search'): void {
  const days = (to.getTime() - from.getTime()) / DAY_MS;
  if (!(days > 0 && days <= maxDays)) {
    throw schedulingError(
      SchedulingErrorCode.RANGE_TOO_LONG,
      `${verb} between a minute and ${maxDays} days at a time.`,
      'to',
    );
  }
}
