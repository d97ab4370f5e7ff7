import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { isUuid } from '../../../platform/db/sql';
import { selectedFields } from '../../../platform/graphql/selection';
import { ClinicalErrorCode, clinicalError } from '../clinical.errors';
import { CHART_PARTS, readPatientChart } from './chart.query';
import { PatientChart } from './chart.types';

@Resolver()
export class PatientChartResolver {
  @DataClassOf(DataClass.OPERATIONAL)
  @Query(() => PatientChart, {
    description:
      'A patient of my care team (or under my emergency grant) as the chart opens: banner, note headers, ' +
      'active diagnoses, scores and timeline, in one read.',
  })
  async patientChart(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PatientChart> {
    // Off the care team the chart does not exist for the reader (the same answer as a wrong id);
    // `patient(id)` is the way to ask for emergency access.
    const chart =
      isUuid(id) && ctx.access.hasCareRelationship(id)
        ? await readPatientChart(
            ctx.em,
            ctx.viewer!.practiceId,
            id,
            new Set(CHART_PARTS.filter((part) => selectedFields(info).has(part))),
          )
        : null;
    if (!chart) throw clinicalError(ClinicalErrorCode.PATIENT_NOT_FOUND, 'No patient with this id.');
    return chart;
  }
}
