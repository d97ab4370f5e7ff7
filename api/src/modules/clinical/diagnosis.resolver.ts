import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { groupBy, requestLoader } from '../../platform/graphql/request-loader';
import { DateOnly } from '../../platform/graphql/scalars';
import { utcToday } from '../../platform/time/zoned-time';
import { Patient } from '../patients';
import { Diagnosis } from './diagnosis.entity';
import { AddDiagnosisInput, UpdateDiagnosisInput } from './diagnosis.inputs';
import { diagnosisService } from './diagnosis.service';
import { codeSetYearFor, Icd10Code, searchIcd10 } from './icd10-code-set';

@Resolver(() => Patient)
export class PatientDiagnosesResolver {
  @DataClassOf(DataClass.CODING)
  @FieldResolver(() => [Diagnosis], { description: 'The problem list: active first, primary first, then in order.' })
  diagnoses(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<Diagnosis[]> {
    const loader = requestLoader<string, Diagnosis[]>(ctx, 'diagnosesByPatient', async (patientIds) => {
      const rows = await ctx.em.find(
        Diagnosis,
        { patient: { $in: [...patientIds] } },
        { orderBy: { status: 'asc', isPrimary: 'desc', position: 'asc', diagnosedOn: 'asc' } },
      );
      return groupBy(patientIds, rows, (row) => row.patient.id);
    });
    return loader.load(patient.id);
  }
}

@Resolver(() => Diagnosis)
export class DiagnosisResolver {
  @DataClassOf(DataClass.DIRECTORY)
  @Query(() => [Icd10Code], {
    description:
      'ICD-10-CM codes by code prefix ("F41", "f411") or title words ("generalized anx"), from the code set of ' +
      "the date's fiscal year (default today); category headers are included and marked not billable.",
  })
  async icd10Codes(
    @Arg('search', () => String) search: string,
    @Arg('dateOfService', () => DateOnly, { nullable: true }) dateOfService: string | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Icd10Code[]> {
    const fiscalYear = await codeSetYearFor(ctx.em, dateOfService ?? utcToday());
    return searchIcd10(ctx.em, search.slice(0, 100), { fiscalYear, first: Math.min(Math.max(first, 1), 50) });
  }

  @DataClassOf(DataClass.CODING)
  @Mutation(() => Diagnosis, { description: 'Adds a billable ICD-10-CM code to the problem list.' })
  addDiagnosis(@Arg('input') input: AddDiagnosisInput, @Ctx() ctx: RequestContext): Promise<Diagnosis> {
    return diagnosisService.add(ctx, input);
  }

  @DataClassOf(DataClass.CODING)
  @Mutation(() => Diagnosis, { description: 'Resolves, reactivates, re-dates or makes primary a diagnosis.' })
  updateDiagnosis(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateDiagnosisInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Diagnosis> {
    return diagnosisService.update(ctx, id, input);
  }

  @DataClassOf(DataClass.CODING)
  @Mutation(() => [Diagnosis], { description: 'Orders the active diagnoses; the first becomes the primary.' })
  reorderDiagnoses(
    @Arg('patientId', () => ID) patientId: string,
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<Diagnosis[]> {
    return diagnosisService.reorder(ctx, patientId, ids);
  }
}
