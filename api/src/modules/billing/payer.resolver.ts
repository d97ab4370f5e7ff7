import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { Payer } from './payer.entity';
import { PayerTelehealthRules } from './payer-telehealth-rules';
import { updatePayerTelehealthRules } from './payer.service';

@Resolver(() => Payer)
export class PayerResolver {
  @DataClassOf(DataClass.DIRECTORY)
  @Query(() => [Payer], { description: 'Insurers the practice bills, by name.' })
  payers(@Ctx() ctx: RequestContext): Promise<Payer[]> {
    return ctx.em.find(Payer, {}, { orderBy: { name: 'asc' } });
  }

  @DataClassOf(DataClass.DIRECTORY)
  @Mutation(() => Payer, {
    description: "Sets how this payer's telehealth visits are coded (place of service, modifiers, audio only).",
  })
  updatePayerTelehealthRules(
    @Arg('payerId', () => ID) payerId: string,
    @Arg('input', () => PayerTelehealthRules) input: PayerTelehealthRules,
    @Ctx() ctx: RequestContext,
  ): Promise<Payer> {
    return updatePayerTelehealthRules(ctx, payerId, input);
  }
}
