import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { Facility } from './facility.entity';
import { Room } from './room.entity';

@Resolver(() => Facility)
export class FacilityResolver {
  @DataClassOf(DataClass.DIRECTORY)
  @Query(() => [Facility], { description: "The practice's locations, by name." })
  facilities(@Ctx() ctx: RequestContext): Promise<Facility[]> {
    return ctx.em.find(Facility, {}, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => [Room])
  rooms(@Root() facility: Facility, @Ctx() ctx: RequestContext): Promise<Room[]> {
    return ctx.em.find(Room, { facility }, { orderBy: { name: 'asc' } });
  }
}
