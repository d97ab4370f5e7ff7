import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { Payer } from './payer.entity';

@Resolver(() => Payer)
export class PayerResolver {
  @DataClassOf(DataClass.DIRECTORY)
  @Query(() => [Payer], { description: 'Insurers the practice bills, by name.' })
  payers(@Ctx() ctx: RequestContext): Promise<Payer[]> {
    return ctx.em.find(Payer, {}, { orderBy: { name: 'asc' } });
  }
}
