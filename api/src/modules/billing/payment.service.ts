import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { RequestContext } from '../../platform/context/request-context';
import { Practice } from '../../platform/db/practice.entity';
import { Patient } from '../patients';
import { LedgerEntry, LedgerEntryKind } from './ledger-entry.entity';
import { Payment, PaymentMethod, PaymentStatus } from './payment.entity';
import type { CardInput, CollectPaymentInput } from './payment.inputs';
import { LocalPaymentProcessor, type CardToken, type PaymentProcessor } from './payment-processor';
import { BillingErrorCode, billingError } from './billing.errors';

/** The processor for this request; a commercial one is chosen here by configuration when added. */
function processorFor(ctx: RequestContext): PaymentProcessor {
  return new LocalPaymentProcessor(() => ctx.em.fork());
}

const METHOD_LABEL: Record<PaymentMethod, string> = {
  [PaymentMethod.CASH]: 'Cash payment',
  [PaymentMethod.CHECK]: 'Check payment',
  [PaymentMethod.CARD]: 'Card payment',
};

/**
 * Collecting money. Idempotent by key: the first request with a key decides the outcome
 * (approved or declined); every retry with the same key gets that payment back, and the card
 * processor is given the same key so it cannot charge twice either.
 */
export class PaymentService {
  tokenizeCard(ctx: RequestContext, card: CardInput): Promise<CardToken> {
    return processorFor(ctx).tokenize(card);
  }

  async collect(ctx: RequestContext, input: CollectPaymentInput): Promise<Payment> {
    const practiceId = ctx.viewer!.practiceId;
    const existing = await ctx.em.findOne(Payment, { idempotencyKey: input.idempotencyKey });
    if (existing) return this.sameRequest(existing, input);
    if (input.method === PaymentMethod.CHECK && !input.checkNumber) {
      throw billingError(BillingErrorCode.CHECK_NUMBER_REQUIRED, 'Enter the check number.', 'checkNumber');
    }
    if (input.method === PaymentMethod.CARD && !input.cardToken) {
      throw billingError(BillingErrorCode.CARD_TOKEN_REQUIRED, 'Read or enter the card first.', 'cardToken');
    }
    const patient = await ctx.em.findOne(Patient, { id: input.patientId });
    if (!patient) throw billingError(BillingErrorCode.PATIENT_NOT_FOUND, 'No patient with this id.', 'patientId');

    const charge =
      input.method === PaymentMethod.CARD
        ? await processorFor(ctx).charge({
            token: input.cardToken!,
            amountCents: input.amountCents,
            idempotencyKey: `${practiceId}:${input.idempotencyKey}`,
          })
        : null;
    try {
      return await ctx.em.transactional(async (em) => {
        const practice = em.getReference(Practice, practiceId);
        const payment = em.create(Payment, {
          practice,
          patient,
          amountCents: input.amountCents,
          method: input.method,
          status: !charge || charge.approved ? PaymentStatus.APPROVED : PaymentStatus.DECLINED,
          checkNumber: input.method === PaymentMethod.CHECK ? input.checkNumber!.trim() : null,
          cardBrand: charge?.brand ?? null,
          cardLast4: charge?.last4 ?? null,
          processorReference: charge?.reference ?? null,
          declineReason: charge?.declineReason ?? null,
          appointmentId: input.appointmentId ?? null,
          idempotencyKey: input.idempotencyKey,
          receivedBy: ctx.viewer!.displayName,
        });
        if (payment.status === PaymentStatus.APPROVED) {
          em.create(LedgerEntry, {
            practice,
            patient,
            kind: LedgerEntryKind.PAYMENT,
            amountCents: -input.amountCents,
            description: charge
              ? `${METHOD_LABEL[input.method]} (${charge.brand} …${charge.last4})`
              : METHOD_LABEL[input.method],
            appointmentId: input.appointmentId ?? null,
            paymentId: payment.id,
          });
        }
        await em.flush();
        return payment;
      });
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      // A concurrent request with the same key got there first: answer with its payment.
      const winner = await ctx.em.fork().findOneOrFail(Payment, { idempotencyKey: input.idempotencyKey });
      return this.sameRequest(winner, input);
    }
  }

  /** A retry must be the same request; a key reused for a different payment is refused. */
  private sameRequest(payment: Payment, input: CollectPaymentInput): Payment {
    const same =
      payment.patient.id === input.patientId &&
      payment.amountCents === input.amountCents &&
      payment.method === input.method;
    if (!same) {
      throw billingError(
        BillingErrorCode.IDEMPOTENCY_KEY_REUSED,
        'This payment key was already used for a different payment. Start a new payment.',
      );
    }
    return payment;
  }
}

export const paymentService = new PaymentService();
