import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/** What the front desk's card reader / hosted field hands over: never the card number itself. */
export interface CardToken {
  token: string;
  brand: string;
  last4: string;
}

export interface ChargeResult {
  approved: boolean;
  reference: string | null;
  brand: string;
  last4: string;
  declineReason: string | null;
}

/**
 * A card processor. The real one (Stripe, Square, ...) plugs in behind this interface; it must
 * treat `idempotencyKey` as they all do: the same key never charges twice.
 */
export interface PaymentProcessor {
  /** Turns card details into a token (in production the processor's own hosted field does this). */
  tokenize(card: { number: string; expMonth: number; expYear: number }): Promise<CardToken>;
  charge(request: { token: string; amountCents: number; idempotencyKey: string }): Promise<ChargeResult>;
}

/** Cards the local processor declines, as processors' test cards do. */
const DECLINED: Record<string, string> = {
  '4000000000000002': 'Card declined',
  '4000000000009995': 'Insufficient funds',
};

function luhnValid(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

function brandOf(number: string): string {
  if (number.startsWith('4')) return 'Visa';
  if (/^5[1-5]/.test(number)) return 'Mastercard';
  if (/^3[47]/.test(number)) return 'American Express';
  if (number.startsWith('6')) return 'Discover';
  return 'Card';
}

/**
 * The local processor: tokens and charges live in its own tables (so it is idempotent across API
 * instances and restarts); a Luhn-valid card is approved unless it is one of the decline test
 * cards above or expired. Only the brand and last four digits are kept, never the number.
 */
export class LocalPaymentProcessor implements PaymentProcessor {
  constructor(private readonly em: () => EntityManager) {}

  async tokenize(card: { number: string; expMonth: number; expYear: number }): Promise<CardToken> {
    const number = card.number.replace(/\D/g, '');
    const token = `tok_local_${randomBytes(12).toString('hex')}`;
    const now = new Date();
    const expired =
      card.expYear < now.getUTCFullYear() ||
      (card.expYear === now.getUTCFullYear() && card.expMonth < now.getUTCMonth() + 1);
    const decline =
      !luhnValid(number) || number.length < 13 ? 'Invalid card number' : expired ? 'Card expired' : DECLINED[number];
    const brand = brandOf(number);
    const last4 = number.slice(-4);
    await this.em()
      .getConnection()
      .execute('insert into local_processor_card (token, brand, last4, decline_reason) values (?, ?, ?, ?)', [
        token,
        brand,
        last4,
        decline ?? null,
      ]);
    return { token, brand, last4 };
  }

  async charge(request: { token: string; amountCents: number; idempotencyKey: string }): Promise<ChargeResult> {
    const connection = this.em().getConnection();
    const [card] = await connection.execute<{ brand: string; last4: string; decline_reason: string | null }[]>(
      'select brand, last4, decline_reason from local_processor_card where token = ?',
      [request.token],
    );
    if (!card) return { approved: false, reference: null, brand: 'Card', last4: '', declineReason: 'Unknown card' };
    // One charge per key: a retry (or a concurrent twin) gets the first answer back.
    await connection.execute(
      `insert into local_processor_charge (idempotency_key, token, amount_cents, approved, reference)
       values (?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing`,
      [
        request.idempotencyKey,
        request.token,
        request.amountCents,
        card.decline_reason === null,
        card.decline_reason === null ? `ch_local_${randomBytes(10).toString('hex')}` : null,
      ],
    );
    const [charge] = await connection.execute<{ approved: boolean; reference: string | null }[]>(
      'select approved, reference from local_processor_charge where idempotency_key = ?',
      [request.idempotencyKey],
    );
    return {
      approved: charge!.approved,
      reference: charge!.reference,
      brand: card.brand,
      last4: card.last4,
      declineReason: charge!.approved ? null : (card.decline_reason ?? 'Card declined'),
    };
  }
}
