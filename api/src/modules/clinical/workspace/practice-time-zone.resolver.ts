import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { ViewerType } from '../../identity';
import { practiceTimeZone } from '../measures/measure-queries';

/**
 * The clock of screens that span the practice (the caseload's visit times): the practice's zone,
 * its first facility's, the same that decides "today" for my day and the measures due.
 */
@Resolver(() => ViewerType)
export class ViewerPracticeTimeZoneResolver {
  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => String, { description: "The practice's IANA time zone (its first facility's)." })
  practiceTimeZone(@Ctx() ctx: RequestContext): Promise<string> {
    return practiceTimeZone(ctx.em, ctx.viewer!.practiceId);
  }
}
