import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { isUuid } from '../../platform/db/sql';
import { requestLoader } from '../../platform/graphql/request-loader';
import { Patient } from '../patients';
import { LedgerEntry } from './ledger-entry.entity';
import { balancesOf } from './ledger.service';
import { Payment } from './payment.entity';
import { CardInput, CollectPaymentInput } from './payment.inputs';
import { paymentService } from './payment.service';
import { BillingErrorCode, billingError } from './billing.errors';

@DataClassOf(DataClass.FINANCIAL)
@ObjectType({ description: 'A card as the processor returns it: a token, never the number.' })
export class CardToken {
  @Field() token!: string;
  @Field() brand!: string;
  @Field() last4!: string;
}

@Resolver(() => Payment)
export class PaymentResolver {
  @DataClassOf(DataClass.FINANCIAL)
  @Mutation(() => CardToken, {
    description: 'Card details to a processor token (the local processor; test card 4242…).',
  })
  tokenizeCard(@Arg('card') card: CardInput, @Ctx() ctx: RequestContext): Promise<CardToken> {
    return paymentService.tokenizeCard(ctx, card);
  }

  @DataClassOf(DataClass.FINANCIAL)
  @Mutation(() => Payment, {
    description: 'Cash, check or card. Idempotent: a retry with the same key returns the same payment.',
  })
  collectPayment(@Arg('input') input: CollectPaymentInput, @Ctx() ctx: RequestContext): Promise<Payment> {
    return paymentService.collect(ctx, input);
  }

  @DataClassOf(DataClass.FINANCIAL)
  @Query(() => [LedgerEntry], { description: "A patient's account, newest first." })
  async patientLedger(
    @Arg('patientId', () => ID) patientId: string,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<LedgerEntry[]> {
    const patient = isUuid(patientId) ? await ctx.em.findOne(Patient, { id: patientId }) : null;
    if (!patient) throw billingError(BillingErrorCode.PATIENT_NOT_FOUND, 'No patient with this id.');
    return ctx.em.find(
      LedgerEntry,
      { patient },
      { orderBy: { postedAt: 'desc', id: 'asc' }, limit: Math.min(Math.max(first, 1), 500) },
    );
  }
}

@Resolver(() => Patient)
export class PatientBalanceResolver {
  @DataClassOf(DataClass.FINANCIAL)
  @FieldResolver(() => Int, { description: 'What the patient owes, in cents (the sum of their ledger).' })
  balanceCents(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<number> {
    const loader = requestLoader<string, number>(ctx, 'balanceByPatient', async (patientIds) => {
      const balances = await balancesOf(ctx.em, patientIds);
      return patientIds.map((id) => balances.get(id) ?? 0);
    });
    return loader.load(patient.id);
  }
}
