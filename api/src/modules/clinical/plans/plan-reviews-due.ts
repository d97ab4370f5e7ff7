import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, pgArray } from '../../../platform/db/sql';

/** A plan in effect whose review is due within the week (or overdue). */
export interface PlanReviewDue {
  planVersionId: string;
  patientId: string;
  versionNumber: number;
  /** YYYY-MM-DD. */
  reviewDueOn: string;
  overdue: boolean;
}

/** How far ahead a review shows up: a week, so it can be booked into a session. */
export const REVIEW_LOOKAHEAD_DAYS = 7;

/**
 * The plans in effect of these patients whose review is due on or before `onDate` + 7 days, soonest
 * first, in one SQL statement (for a clinician's day: one call for all of the day's patients).
 * The caller decides which patients the viewer may see; drafts have no review date yet.
 */
export async function planReviewsDueFor(
  em: EntityManager,
  practiceId: string,
  patientIds: readonly string[],
  onDate: string,
): Promise<PlanReviewDue[]> {
  const ids = patientIds.filter(isUuid);
  if (ids.length === 0) return [];
  const rows = await em
    .getConnection()
    .execute<{ id: string; patient_id: string; version_number: number; review_due_on: string; overdue: boolean }[]>(
      `select id, patient_id, version_number, to_char(review_due_on, 'YYYY-MM-DD') as review_due_on,
            review_due_on < ?::date as overdue
       from treatment_plan_version
      where practice_id = ? and patient_id = any(?::uuid[]) and status = 'ACTIVE'
        and review_due_on <= ?::date + ${REVIEW_LOOKAHEAD_DAYS}
      order by review_due_on, patient_id`,
      [onDate, practiceId, pgArray(ids), onDate],
    );
  return rows.map((row) => ({
    planVersionId: row.id,
    patientId: row.patient_id,
    versionNumber: row.version_number,
    reviewDueOn: row.review_due_on,
    overdue: row.overdue,
  }));
}
