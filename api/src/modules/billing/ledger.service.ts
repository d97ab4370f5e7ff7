import type { EntityManager } from '@mikro-orm/postgresql';
import { Practice } from '../../platform/db/practice.entity';
import { pgArray } from '../../platform/db/sql';
import { Patient } from '../patients';
import { LedgerEntry, LedgerEntryKind } from './ledger-entry.entity';

/** Balances of several patients in one statement (cents owed; negative is a credit). */
export async function balancesOf(em: EntityManager, patientIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await em.getConnection().execute<{ patient_id: string; balance: string }[]>(
    `select patient_id, sum(amount_cents) as balance from ledger_entry
        where patient_id = any(?::uuid[]) group by patient_id`,
    [pgArray(patientIds)],
  );
  return new Map(rows.map((row) => [row.patient_id, Number(row.balance)]));
}

/** Adds a fee (late cancellation, no-show) to the unit of work; it is written with the caller's flush. */
export function addFee(
  em: EntityManager,
  fee: { practiceId: string; patientId: string; appointmentId: string; amountCents: number; description: string },
): LedgerEntry | null {
  if (fee.amountCents <= 0) return null;
  return em.create(LedgerEntry, {
    practice: em.getReference(Practice, fee.practiceId),
    patient: em.getReference(Patient, fee.patientId),
    kind: LedgerEntryKind.FEE,
    amountCents: fee.amountCents,
    description: fee.description,
    appointmentId: fee.appointmentId,
  });
}
