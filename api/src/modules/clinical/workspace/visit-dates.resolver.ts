import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { isoInstantSql as iso, pgArray } from '../../../platform/db/sql';
import { requestLoader } from '../../../platform/graphql/request-loader';
import { DatabaseInstant, DateTimeIso } from '../../../platform/graphql/scalars';
import { Patient } from '../../patients';

interface VisitDates {
  lastVisitAt: Date | null;
  nextVisitAt: Date | null;
}

/** Both dates of every patient on the page in one statement (the caseload lists up to 100). */
function visitDates(ctx: RequestContext, patientId: string): Promise<VisitDates> {
  const loader = requestLoader<string, VisitDates>(ctx, 'visitDatesByPatient', async (patientIds) => {
    const rows = await ctx.em
      .getConnection()
      .execute<{ patientId: string; last: string | null; next: string | null }[]>(
        `select at.patient_id as "patientId",
              ${iso(`max(a.starts_at) filter (where a.starts_at < now() and a.status in ('ARRIVED', 'IN_SESSION', 'COMPLETED'))`)} as last,
              ${iso(`min(a.starts_at) filter (where a.starts_at >= now() and a.status in ('SCHEDULED', 'CONFIRMED'))`)} as next
         from appointment_attendee at
         join appointment a on a.id = at.appointment_id
        where at.patient_id = any(?::uuid[]) and at.attendance <> 'CANCELLED'
        group by at.patient_id`,
        [pgArray(patientIds)],
      );
    const byPatient = new Map(rows.map((row) => [row.patientId, row]));
    const instant = (text: string | null | undefined) => (text ? new DatabaseInstant(text) : null);
    return patientIds.map((id) => ({
      lastVisitAt: instant(byPatient.get(id)?.last),
      nextVisitAt: instant(byPatient.get(id)?.next),
    }));
  });
  return loader.load(patientId);
}

/** When the patient was last seen and is next expected: the caseload's first two questions. */
@Resolver(() => Patient)
export class PatientVisitDatesResolver {
  @DataClassOf(DataClass.SCHEDULING)
  @FieldResolver(() => DateTimeIso, { nullable: true, description: 'The last visit that took place.' })
  async lastVisitAt(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return (await visitDates(ctx, patient.id)).lastVisitAt;
  }

  @DataClassOf(DataClass.SCHEDULING)
  @FieldResolver(() => DateTimeIso, { nullable: true, description: 'The next scheduled or confirmed visit.' })
  async nextVisitAt(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return (await visitDates(ctx, patient.id)).nextVisitAt;
  }
}
