import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { DateOnly } from '../../../platform/graphql/scalars';

/** Treatment approaches a plan schedules (domain.md §6.3); OTHER needs the frequency text to say what. */
export enum InterventionModality {
  CBT = 'CBT',
  DBT = 'DBT',
  DBT_SKILLS_GROUP = 'DBT_SKILLS_GROUP',
  ACT = 'ACT',
  MI = 'MI',
  EMDR = 'EMDR',
  CPT_TRAUMA = 'CPT_TRAUMA',
  PROLONGED_EXPOSURE = 'PROLONGED_EXPOSURE',
  EXPOSURE_RESPONSE_PREVENTION = 'EXPOSURE_RESPONSE_PREVENTION',
  PSYCHODYNAMIC = 'PSYCHODYNAMIC',
  SOLUTION_FOCUSED = 'SOLUTION_FOCUSED',
  FAMILY_THERAPY = 'FAMILY_THERAPY',
  COUPLES_THERAPY = 'COUPLES_THERAPY',
  GROUP_THERAPY = 'GROUP_THERAPY',
  PSYCHOEDUCATION = 'PSYCHOEDUCATION',
  MEDICATION_MANAGEMENT = 'MEDICATION_MANAGEMENT',
  CASE_MANAGEMENT = 'CASE_MANAGEMENT',
  SAFETY_PLANNING = 'SAFETY_PLANNING',
  OTHER = 'OTHER',
}
registerEnumType(InterventionModality, { name: 'InterventionModality' });

export enum MeasureOperator {
  BELOW = 'BELOW',
  AT_OR_BELOW = 'AT_OR_BELOW',
  AT_OR_ABOVE = 'AT_OR_ABOVE',
  ABOVE = 'ABOVE',
}
registerEnumType(MeasureOperator, { name: 'MeasureOperator', description: 'How a score is compared to the target.' });

/**
 * What makes an objective measurable: a score on an instrument ("PHQ9 BELOW 10") or, for a
 * behaviour no instrument scores, free text ("uses a coping skill at least 4 days a week, as logged").
 */
@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType()
@InputType('TargetMeasureInput')
export class TargetMeasure {
  @Field(() => String, { nullable: true, description: 'An instrument code: PHQ9, PHQA, GAD7, PCL5, AUDITC.' })
  instrument?: string | null;
  @Field(() => MeasureOperator, { nullable: true }) operator?: MeasureOperator | null;
  @Field(() => Float, { nullable: true }) value?: number | null;
  @Field(() => String, { nullable: true, description: 'The target in words, when no instrument scores it.' })
  text?: string | null;
}

@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType()
@InputType('PlanInterventionInput')
export class PlanIntervention {
  @Field(() => InterventionModality) modality!: InterventionModality;
  @Field({ description: 'How often and how long, e.g. "weekly, 53-minute individual sessions".' }) frequency!: string;
  @Field(() => ID, { description: 'The clinician responsible for delivering it.' }) responsibleClinicianId!: string;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType()
@InputType('PlanObjectiveInput')
export class PlanObjective {
  @Field(() => ID, {
    nullable: true,
    description: 'Stable across revisions, so progress notes can name the objective they address; set on save.',
  })
  id?: string | null;
  @Field({ description: 'The behaviour to reach, short-term and specific.' }) text!: string;
  @Field(() => DateOnly, { nullable: true }) targetDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Where the patient starts, e.g. "PHQ-9 of 18 at intake".' })
  baseline?: string | null;
  @Field(() => TargetMeasure, { nullable: true }) targetMeasure?: TargetMeasure | null;
  @Field(() => [PlanIntervention]) interventions!: PlanIntervention[];
}

@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType()
@InputType('PlanGoalInput')
export class PlanGoal {
  @Field(() => ID, { nullable: true, description: 'Stable across revisions; set on save.' }) id?: string | null;
  @Field({ description: "The long-term goal, ideally in the patient's own words." }) text!: string;
  @Field(() => [PlanObjective]) objectives!: PlanObjective[];
}

@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType()
@InputType('PlanProblemInput')
export class PlanProblem {
  @Field(() => ID, { nullable: true, description: 'Stable across revisions; set on save.' }) id?: string | null;
  @Field() text!: string;
  @Field(() => ID, { nullable: true, description: "The diagnosis of the patient's problem list it addresses." })
  diagnosisId?: string | null;
  @Field(() => [PlanGoal]) goals!: PlanGoal[];
}

/**
 * A plan's body: problems → goals → measurable objectives → interventions (domain.md §6.3). Input
 * only: a version shows these as its own fields (see TreatmentPlanVersion.content).
 */
@InputType('TreatmentPlanContentInput')
export class TreatmentPlanContent {
  @Field(() => [PlanProblem]) problems!: PlanProblem[];
  @Field(() => String, { nullable: true, description: 'When treatment ends or moves to another level of care.' })
  dischargeCriteria?: string | null;
  @Field(() => String, { nullable: true, description: 'How the patient (or guardian) took part in writing it.' })
  patientParticipation?: string | null;
}
