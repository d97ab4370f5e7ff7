import type { EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import { pgArray } from '../../platform/db/sql';
import { INTAKE_CONSENTS } from './consent.entity';

export enum MissingItem {
  /** Insurance on file, none of it in force on the day. */
  INSURANCE_EXPIRED = 'INSURANCE_EXPIRED',
  /** Treatment consent, HIPAA notice acknowledgement or financial policy not signed (or lapsed). */
  UNSIGNED_CONSENTS = 'UNSIGNED_CONSENTS',
  /** The primary policy in force has no photo of the card's front. */
  NO_CARD_IMAGES = 'NO_CARD_IMAGES',
}
registerEnumType(MissingItem, {
  name: 'MissingItem',
  description: 'Something to sort out with the patient (at check-in, on the profile).',
});

interface MissingRow {
  patient_id: string;
  has_policy: boolean;
  policy_in_force: boolean;
  card_missing: boolean;
  intake_consents: string;
}

/**
 * What each patient still owes the front desk on `date`: one statement for any number of
 * patients (the arrivals board asks for a day's attendees, the profile for one).
 */
export async function readMissingItems(
  em: EntityManager,
  patientIds: readonly string[],
  date: string,
): Promise<Map<string, MissingItem[]>> {
  if (patientIds.length === 0) return new Map();
  const rows = await em.getConnection().execute<MissingRow[]>(
    `select p.id as patient_id,
            exists(select 1 from insurance_policy ip where ip.patient_id = p.id) as has_policy,
            exists(select 1 from insurance_policy ip
              where ip.patient_id = p.id and ip.priority = 'PRIMARY'
                and ip.effective_from <= ?::date and (ip.effective_to is null or ip.effective_to >= ?::date)) as policy_in_force,
            exists(select 1 from insurance_policy ip
              where ip.patient_id = p.id and ip.priority = 'PRIMARY'
                and ip.effective_from <= ?::date and (ip.effective_to is null or ip.effective_to >= ?::date)
                and not exists(select 1 from insurance_card_image i where i.policy_id = ip.id and i.side = 'FRONT')) as card_missing,
            (select count(distinct c.kind) from consent c
              where c.patient_id = p.id and c.kind = any(?::text[]) and c.revoked_at is null
                and (c.expires_on is null or c.expires_on >= ?::date)) as intake_consents
       from unnest(?::uuid[]) as p(id)`,
    [date, date, date, date, pgArray(INTAKE_CONSENTS), date, pgArray([...new Set(patientIds)])],
  );
  return new Map(
    rows.map((row) => [
      row.patient_id,
      [
        ...(row.has_policy && !row.policy_in_force ? [MissingItem.INSURANCE_EXPIRED] : []),
        ...(Number(row.intake_consents) < INTAKE_CONSENTS.length ? [MissingItem.UNSIGNED_CONSENTS] : []),
        ...(row.card_missing ? [MissingItem.NO_CARD_IMAGES] : []),
      ],
    ]),
  );
}
