import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { pgArray } from '../../platform/db/sql';
import { addDays, zonedInstant } from '../../platform/time/zoned-time';
import { MissingItem, readMissingItems } from '../patients';
import { AppointmentView } from './appointment.view';
import { readAppointments } from './appointment-view.query';
import { Facility } from './facility.entity';
import { SchedulingErrorCode, schedulingError } from './scheduling.errors';

/** One patient expected today, with what the front desk needs at the window. */
@DataClassOf<Arrival>(DataClass.FINANCIAL, { owner: { patientId: (a) => a.patientId } })
@ObjectType()
export class Arrival {
  @DataClassOf(DataClass.SCHEDULING)
  @Field(() => AppointmentView)
  appointment!: AppointmentView;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => ID)
  patientId!: string;

  @Field(() => Int, { description: "Copay of today's primary policy, less what was paid for this visit." })
  copayDueCents!: number;

  @Field(() => Int, { description: 'Account balance (cents) before today’s copay.' })
  balanceCents!: number;

  @DataClassOf(DataClass.DEMOGRAPHIC)
  @Field(() => [MissingItem])
  missingItems!: MissingItem[];
}

interface PatientMoney {
  patient_id: string;
  appointment_id: string;
  copay_cents: number | null;
  paid_cents: string;
  balance_cents: string;
}

/**
 * Today's arrivals board for a facility: every attendee of the day's visits that are still
 * expected or here, with copay due, balance and missing items. Four statements for the day.
 */
export async function readArrivals(ctx: RequestContext, facilityId: string, date: string): Promise<Arrival[]> {
  const facility = await ctx.em.findOne(Facility, { id: facilityId });
  if (!facility) throw schedulingError(SchedulingErrorCode.FACILITY_NOT_FOUND, 'No such facility.');
  const appointments = (
    await readAppointments(ctx.em, {
      practiceId: ctx.viewer!.practiceId,
      facilityId,
      from: zonedInstant(date, '00:00', facility.timeZone),
      to: zonedInstant(addDays(date, 1), '00:00', facility.timeZone),
    })
  ).filter((a) => !['CANCELLED', 'LATE_CANCELLED'].includes(a.status));
  const pairs = appointments.flatMap((a) =>
    a.attendees.map((attendee) => ({ appointment: a, patientId: attendee.patientId })),
  );
  if (pairs.length === 0) return [];
  const rows = await ctx.em.getConnection().execute<PatientMoney[]>(
    `with visit as (
       select unnest(?::uuid[]) as appointment_id, unnest(?::uuid[]) as patient_id
     )
     select v.patient_id, v.appointment_id,
            (select ip.copay_cents from insurance_policy ip
              where ip.patient_id = v.patient_id and ip.priority = 'PRIMARY'
                and ip.effective_from <= ?::date and (ip.effective_to is null or ip.effective_to >= ?::date)
              order by ip.effective_from desc limit 1) as copay_cents,
            coalesce((select sum(p.amount_cents) from payment p
              where p.appointment_id = v.appointment_id and p.patient_id = v.patient_id and p.status = 'APPROVED'), 0) as paid_cents,
            coalesce((select sum(l.amount_cents) from ledger_entry l where l.patient_id = v.patient_id), 0) as balance_cents
       from visit v`,
    [pgArray(pairs.map((p) => p.appointment.id)), pgArray(pairs.map((p) => p.patientId)), date, date],
  );
  const missing = await readMissingItems(
    ctx.em,
    pairs.map((p) => p.patientId),
    date,
  );
  const byVisit = new Map(rows.map((row) => [`${row.appointment_id}:${row.patient_id}`, row]));
  return pairs.map(({ appointment, patientId }) => {
    const money = byVisit.get(`${appointment.id}:${patientId}`)!;
    const copay = money.copay_cents ?? 0;
    return {
      appointment,
      patientId,
      copayDueCents: Math.max(copay - Number(money.paid_cents), 0),
      balanceCents: Number(money.balance_cents),
      missingItems: missing.get(patientId) ?? [],
    };
  });
}
