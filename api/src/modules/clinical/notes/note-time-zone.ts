import type { RequestContext } from '../../../platform/context/request-context';
import { pgArray } from '../../../platform/db/sql';
import { requestLoader } from '../../../platform/graphql/request-loader';
import { PRACTICE_TIME_ZONE_SQL } from '../measures/measure-queries';

/** The key of a note without an appointment: it takes the practice's zone. */
const NO_APPOINTMENT = '';

/**
 * The IANA zone a note's times are entered and shown in: its appointment's facility, like its date
 * of service, whatever zone the clinician's browser is in (a clinician seeing telehealth clients
 * from home in another state still documents the facility's 2:00 PM session as 2:00 PM). Notes
 * without an appointment take the practice's zone. Batched per request (a list of notes is one
 * statement).
 */
export function noteTimeZone(ctx: RequestContext, appointmentId: string | null | undefined): Promise<string> {
  const practiceId = ctx.viewer?.practiceId;
  return requestLoader<string, string>(ctx, 'noteTimeZone', async (keys) => {
    const rows = await ctx.em.getConnection().execute<{ key: string; time_zone: string }[]>(
      `select k.key, coalesce(f.time_zone, ${PRACTICE_TIME_ZONE_SQL}) as time_zone
         from unnest(?::text[]) k(key)
         left join appointment a on a.id::text = k.key and a.practice_id = ?
         left join facility f on f.id = a.facility_id`,
      [practiceId, pgArray(keys), practiceId],
    );
    const zones = new Map(rows.map((row) => [row.key, row.time_zone]));
    return keys.map((key) => zones.get(key) ?? 'UTC');
  }).load(appointmentId ?? NO_APPOINTMENT);
}
