/**
 * Which assigned measures are due on a date. Pure: the caller reads assignments, completions and
 * appointment days (all as local YYYY-MM-DD dates in the practice's time zone) and passes them in.
 */
import type { InstrumentCode } from './instruments';

export type DueSchedule = 'ONCE' | 'BEFORE_EVERY_APPOINTMENT' | 'EVERY_N_WEEKS';

export interface DueAssignment {
  id: string;
  instrument: InstrumentCode;
  schedule: DueSchedule;
  /** EVERY_N_WEEKS only. */
  intervalWeeks?: number | null;
  startsOn: string;
  /** Stopped assignments are never due. */
  active: boolean;
}

export interface Completion {
  instrument: InstrumentCode;
  /** Local date it was completed. */
  completedOn: string;
}

export interface DueMeasureResult {
  instrument: InstrumentCode;
  assignmentId: string;
  schedule: DueSchedule;
  /** The last completion that counts for this assignment, if any. */
  lastCompletedOn: string | null;
}

/**
 * The measures due on `on`, one per instrument (one form completes every assignment of it):
 * - ONCE: due from `startsOn` until it is completed;
 * - BEFORE_EVERY_APPOINTMENT: due on each appointment day not yet completed that day;
 * - EVERY_N_WEEKS: due when the last completion is N weeks ago or more, or there is none.
 *
 * A completion counts for an assignment when it is of the same instrument, on or after the
 * assignment's start and not after `on` (a measure answered before it was assigned does not
 * fulfil it; one answered later does not count for an earlier day).
 */
export function measuresDue(
  assignments: readonly DueAssignment[],
  completions: readonly Completion[],
  appointmentDays: readonly string[],
  on: string,
): DueMeasureResult[] {
  const hasAppointment = appointmentDays.includes(on);
  const due = new Map<InstrumentCode, DueMeasureResult>();
  for (const assignment of assignments) {
    if (!assignment.active || assignment.startsOn > on || due.has(assignment.instrument)) continue;
    const last = lastCompletion(completions, assignment, on);
    if (isDue(assignment, last, hasAppointment, on)) {
      due.set(assignment.instrument, {
        instrument: assignment.instrument,
        assignmentId: assignment.id,
        schedule: assignment.schedule,
        lastCompletedOn: last,
      });
    }
  }
  return [...due.values()];
}

function isDue(assignment: DueAssignment, last: string | null, hasAppointment: boolean, on: string): boolean {
  switch (assignment.schedule) {
    case 'ONCE':
      return last === null;
    case 'BEFORE_EVERY_APPOINTMENT':
      return hasAppointment && last !== on;
    case 'EVERY_N_WEEKS': {
      const weeks = assignment.intervalWeeks;
      if (!weeks || weeks < 1) throw new RangeError('EVERY_N_WEEKS needs intervalWeeks of 1 or more.');
      return last === null || daysBetween(last, on) >= weeks * 7;
    }
  }
}

function lastCompletion(completions: readonly Completion[], assignment: DueAssignment, on: string): string | null {
  let last: string | null = null;
  for (const completion of completions) {
    const date = completion.completedOn;
    if (completion.instrument !== assignment.instrument || date < assignment.startsOn || date > on) continue;
    if (last === null || date > last) last = date;
  }
  return last;
}

/** Whole days from `from` to `to` (YYYY-MM-DD, compared as UTC calendar days). */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
