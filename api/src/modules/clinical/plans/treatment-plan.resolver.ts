import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { groupBy, requestLoader } from '../../../platform/graphql/request-loader';
import { Patient } from '../../patients';
import {
  PlanStatus,
  TreatmentPlan,
  TreatmentPlanSignatureRequest,
  TreatmentPlanVersion,
} from './treatment-plan.entity';
import { PlanProblem } from './plan-content';
import { SaveTreatmentPlanDraftInput } from './treatment-plan.inputs';
import { treatmentPlanService } from './treatment-plan.service';

@Resolver(() => TreatmentPlanVersion)
export class TreatmentPlanResolver {
  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => TreatmentPlanVersion, {
    description:
      "Saves the patient's draft plan (starting one when there is none). Send the draft's version, or none " +
      'when starting: a stale save is refused (CONFLICT).',
  })
  saveTreatmentPlanDraft(
    @Arg('patientId', () => ID) patientId: string,
    @Arg('input') input: SaveTreatmentPlanDraftInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<TreatmentPlanVersion> {
    return treatmentPlanService.saveDraft(ctx, patientId, input, expectedVersion ?? null);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => TreatmentPlanVersion, {
    description: 'Signs the draft into effect; the plan in effect until now becomes SUPERSEDED.',
  })
  activateTreatmentPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<TreatmentPlanVersion> {
    return treatmentPlanService.activate(ctx, id);
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @Mutation(() => ID, {
    description:
      "Discards the patient's draft plan (the plan in effect stays). Send the draft's version: a stale one is refused (CONFLICT).",
  })
  discardTreatmentPlanDraft(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return treatmentPlanService.discardDraft(ctx, id, version);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => TreatmentPlanVersion, {
    description: 'Opens a draft revision copied from the plan in effect (or returns the draft already open).',
  })
  reviseTreatmentPlan(
    @Arg('patientId', () => ID) patientId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<TreatmentPlanVersion> {
    return treatmentPlanService.revise(ctx, patientId);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => TreatmentPlanSignatureRequest, {
    description: 'Asks the patient to sign the plan in effect in the portal.',
  })
  requestTreatmentPlanSignature(
    @Arg('planVersionId', () => ID) planVersionId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<TreatmentPlanSignatureRequest> {
    return treatmentPlanService.requestSignature(ctx, planVersionId);
  }

  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => [PlanProblem], { description: 'Problems → goals → measurable objectives → interventions.' })
  problems(@Root() version: TreatmentPlanVersion): PlanProblem[] {
    return version.content.problems;
  }

  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => String, {
    nullable: true,
    description: 'When treatment ends or moves to another level of care.',
  })
  dischargeCriteria(@Root() version: TreatmentPlanVersion): string | null {
    return version.content.dischargeCriteria ?? null;
  }

  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => String, {
    nullable: true,
    description: 'How the patient (or guardian) took part in writing it.',
  })
  patientParticipation(@Root() version: TreatmentPlanVersion): string | null {
    return version.content.patientParticipation ?? null;
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID)
  patientId(@Root() version: TreatmentPlanVersion): string {
    return version.patient.id;
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID, { description: 'The clinician who started this version.' })
  authorId(@Root() version: TreatmentPlanVersion): string {
    return version.author.id;
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID, { nullable: true, description: 'The clinician who signed it into effect.' })
  activatedById(@Root() version: TreatmentPlanVersion): string | null {
    return version.activatedBy?.id ?? null;
  }

  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => [TreatmentPlanSignatureRequest], { description: "Requests for the patient's signature." })
  signatureRequests(
    @Root() version: TreatmentPlanVersion,
    @Ctx() ctx: RequestContext,
  ): Promise<TreatmentPlanSignatureRequest[]> {
    const loader = requestLoader<string, TreatmentPlanSignatureRequest[]>(
      ctx,
      'signatureRequestsByPlanVersion',
      async (ids) => {
        const rows = await ctx.em.find(
          TreatmentPlanSignatureRequest,
          { planVersion: { $in: [...ids] } },
          { orderBy: { requestedAt: 'asc' } },
        );
        return groupBy(ids, rows, (row) => row.planVersion.id);
      },
    );
    return loader.load(version.id);
  }
}

@Resolver(() => TreatmentPlanSignatureRequest)
export class TreatmentPlanSignatureRequestResolver {
  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID)
  planVersionId(@Root() request: TreatmentPlanSignatureRequest): string {
    return request.planVersion.id;
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID)
  requestedById(@Root() request: TreatmentPlanSignatureRequest): string {
    return request.requestedBy.id;
  }
}

@Resolver(() => Patient)
export class PatientTreatmentPlanResolver {
  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => TreatmentPlan, { description: 'The plan in effect and the revision being drafted.' })
  treatmentPlan(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<TreatmentPlan> {
    const loader = requestLoader<string, TreatmentPlan>(ctx, 'treatmentPlanByPatient', async (patientIds) => {
      const rows = await ctx.em.find(TreatmentPlanVersion, {
        patient: { $in: [...patientIds] },
        status: { $in: [PlanStatus.ACTIVE, PlanStatus.DRAFT] },
      });
      return groupBy(patientIds, rows, (row) => row.patient.id).map((versions, index) => ({
        patientId: patientIds[index]!,
        active: versions.find((v) => v.status === PlanStatus.ACTIVE) ?? null,
        draft: versions.find((v) => v.status === PlanStatus.DRAFT) ?? null,
      }));
    });
    return loader.load(patient.id);
  }

  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => [TreatmentPlanVersion], { description: 'Every version of the plan, newest first.' })
  treatmentPlanVersions(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<TreatmentPlanVersion[]> {
    const loader = requestLoader<string, TreatmentPlanVersion[]>(ctx, 'planVersionsByPatient', async (patientIds) => {
      const rows = await ctx.em.find(
        TreatmentPlanVersion,
        { patient: { $in: [...patientIds] } },
        { orderBy: { versionNumber: 'desc' } },
      );
      return groupBy(patientIds, rows, (row) => row.patient.id);
    });
    return loader.load(patient.id);
  }
}
