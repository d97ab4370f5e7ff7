import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { Facility } from './facility.entity';
import { FacilityInput } from './facility.inputs';
import { facilityService } from './facility.service';
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

  @DataClassOf(DataClass.DIRECTORY)
  @Mutation(() => Facility)
  createFacility(@Arg('input') input: FacilityInput, @Ctx() ctx: RequestContext): Promise<Facility> {
    return facilityService.create(ctx, input);
  }

  @DataClassOf(DataClass.DIRECTORY)
  @Mutation(() => Facility)
  updateFacility(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: FacilityInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Facility> {
    return facilityService.update(ctx, id, input);
  }

  @DataClassOf(DataClass.DIRECTORY)
  @Mutation(() => Room, { description: 'Room names are unique within a facility.' })
  addRoom(
    @Arg('facilityId', () => ID) facilityId: string,
    @Arg('name') name: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Room> {
    return facilityService.addRoom(ctx, facilityId, name);
  }

  @DataClassOf(DataClass.DIRECTORY)
  @Mutation(() => Room)
  renameRoom(@Arg('id', () => ID) id: string, @Arg('name') name: string, @Ctx() ctx: RequestContext): Promise<Room> {
    return facilityService.renameRoom(ctx, id, name);
  }
}
