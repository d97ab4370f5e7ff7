import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { forbiddenError } from '../../../platform/errors/domain-error';
import { DateOnly } from '../../../platform/graphql/scalars';
import { dueFromAssignments } from '../measures/measure-queries';
import { readMyDay } from './my-day.query';
import { MyDay } from './my-day.types';

@Resolver()
export class MyDayResolver {
  @DataClassOf(DataClass.OPERATIONAL)
  @Query(() => MyDay, {
    description: "The signed-in clinician's appointments of a day (default today) with open items.",
  })
  async myDay(
    @Arg('date', () => DateOnly, { nullable: true }) date: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<MyDay> {
    const me = ctx.viewer?.staffMemberId;
    if (!me) throw forbiddenError();
    const day = await readMyDay(ctx.em, ctx.viewer!.practiceId, me, date ?? null);
    return {
      ...day,
      visits: day.visits.map((visit) => ({
        ...visit,
        // Everyone here has a visit that day, which is what "before every appointment" asks.
        patients: visit.patients.map(({ assignments, ...patient }) => ({
          ...patient,
          measuresDue: dueFromAssignments(patient.patientId, assignments, true, day.date).map((m) => m.instrument),
        })),
      })),
    };
  }
}
