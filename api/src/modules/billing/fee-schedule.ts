import type { EntityManager } from '@mikro-orm/postgresql';
import { FeeScheduleEntry } from './charge.entity';

/**
 * The built-in charge master: used for a code the practice has not priced itself. A starting
 * point the billing office overrides with its own entries (payers then pay their allowed amounts).
 */
export const DEFAULT_FEES_CENTS: Readonly<Record<string, number>> = {
  '90791': 20000,
  '90792': 25000,
  '90832': 10000,
  '90834': 14000,
  '90837': 18000,
  '90833': 8000,
  '90836': 11000,
  '90838': 14000,
  '90785': 2500,
  '90839': 20000,
  '90840': 10000,
  '90846': 14000,
  '90847': 15000,
  '90853': 6000,
  '99202': 9000,
  '99203': 13000,
  '99204': 19000,
  '99205': 24000,
  '99212': 7000,
  '99213': 11000,
  '99214': 16000,
  '99215': 21000,
  '96127': 1500,
};

/**
 * Each code's fee: the payer's own entry, else the practice's default entry, else the built-in
 * charge master; absent when none has one.
 */
export async function feesFor(
  em: EntityManager,
  payerId: string | null,
  cpts: readonly string[],
): Promise<Map<string, number>> {
  const entries = await em.find(FeeScheduleEntry, {
    cpt: { $in: [...new Set(cpts)] },
    $or: [{ payer: null }, ...(payerId ? [{ payer: payerId }] : [])],
  });
  const fees = new Map<string, number>();
  for (const cpt of cpts) if (DEFAULT_FEES_CENTS[cpt] !== undefined) fees.set(cpt, DEFAULT_FEES_CENTS[cpt]);
  for (const entry of entries.filter((e) => !e.payer)) fees.set(entry.cpt, entry.feeCents);
  for (const entry of entries.filter((e) => e.payer)) fees.set(entry.cpt, entry.feeCents);
  return fees;
}
