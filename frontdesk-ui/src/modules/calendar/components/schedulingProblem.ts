import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { errorCodeOf, userMessage } from '@handoff/ui-kit';
import type { SchedulingWarning } from '../../../gql/graphql';
import { formatSlot } from './facilityTime';

/**
 * Why the API would not book or move an appointment, from the error's extensions (the API's
 * scheduling errors: a CONFLICT with a `reason` and the facts to show).
 */
export type SchedulingProblem =
  | {
      kind: 'busy';
      resource: 'provider' | 'room';
      /** The server's own sentence, used when the conflicting time is missing. */
      message: string;
      conflictingAppointmentId: string | null;
      conflictStartsAt: string | null;
      conflictEndsAt: string | null;
      /** Booking a series: the start of every visit that collides (empty for a single visit). */
      seriesConflicts: readonly SeriesConflict[];
    }
  | { kind: 'warnings'; warnings: SchedulingWarning[] }
  | { kind: 'stale'; message: string }
  | { kind: 'other'; message: string };

/** One visit of a series that could not be booked, and the appointment in its way. */
export interface SeriesConflict {
  startsAt: string;
  conflictingAppointmentId: string | null;
}

/** The API's `seriesConflicts` extension, read defensively (it is untyped JSON). */
function seriesConflictsOf(value: unknown): SeriesConflict[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (!item || typeof item !== 'object') return [];
    const record = item as Record<string, unknown>;
    const startsAt = text(record['startsAt']);
    return startsAt ? [{ startsAt, conflictingAppointmentId: text(record['conflictingAppointmentId']) }] : [];
  });
}

const WARNINGS: readonly SchedulingWarning[] = [
  'PATIENT_DOUBLE_BOOKED',
  'OUTSIDE_WORKING_HOURS',
  'DURING_TIME_OFF',
  'INSURANCE_EXPIRED',
  'NO_TELEHEALTH_CONSENT',
];

/** Each warning in plain words, as the receptionist would say it to a colleague. */
export const WARNING_TEXT: Readonly<Record<SchedulingWarning, string>> = {
  PATIENT_DOUBLE_BOOKED: 'The patient already has another appointment at this time.',
  OUTSIDE_WORKING_HOURS: "It is outside the provider's working hours at this facility.",
  DURING_TIME_OFF: 'The provider is on time off then.',
  INSURANCE_EXPIRED: "The patient's insurance on file is not in force on this date.",
  NO_TELEHEALTH_CONSENT: 'The patient has not signed a telehealth consent yet.',
};

function text(value: unknown): string | null {
  return typeof value === 'string' && value ? value : null;
}

export function schedulingProblemOf(error: ErrorLike | null | undefined): SchedulingProblem | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const conflict = error.errors.find((e) => errorCodeOf(e) === 'CONFLICT');
    const extensions = conflict?.extensions ?? {};
    switch (conflict ? text(extensions['reason']) : null) {
      case 'PROVIDER_BUSY':
      case 'ROOM_BUSY':
        return {
          kind: 'busy',
          resource: extensions['reason'] === 'ROOM_BUSY' ? 'room' : 'provider',
          message: conflict!.message,
          conflictingAppointmentId: text(extensions['conflictingAppointmentId']),
          conflictStartsAt: text(extensions['conflictStartsAt']),
          conflictEndsAt: text(extensions['conflictEndsAt']),
          seriesConflicts: seriesConflictsOf(extensions['seriesConflicts']),
        };
      case 'WARNINGS_NEED_OVERRIDE': {
        const listed = Array.isArray(extensions['warnings']) ? extensions['warnings'] : [];
        const warnings = WARNINGS.filter((w) => listed.includes(w));
        return warnings.length > 0 ? { kind: 'warnings', warnings } : { kind: 'other', message: conflict!.message };
      }
      case 'STALE_VERSION':
        return {
          kind: 'stale',
          message: 'Someone else changed this appointment just now. The calendar shows it as it is now.',
        };
      case null:
      default:
        break;
    }
  }
  return { kind: 'other', message: userMessage(error) };
}

/**
 * "Dana Reyes, LCSW already has an appointment Tue, Mar 4, 9:00 – 9:55 AM." — names the time in
 * the way, on the facility's clock, so the receptionist can pick another without hunting for it.
 */
export function busyMessage(
  problem: Extract<SchedulingProblem, { kind: 'busy' }>,
  names: { provider: string | null; room: string | null; timeZone: string },
): string {
  const when =
    problem.conflictStartsAt && problem.conflictEndsAt
      ? formatSlot(problem.conflictStartsAt, problem.conflictEndsAt, names.timeZone)
      : null;
  if (!when) return problem.message;
  return problem.resource === 'room'
    ? `${names.room ?? 'The room'} is already booked ${when}.`
    : `${names.provider ?? 'The provider'} already has an appointment ${when}.`;
}
