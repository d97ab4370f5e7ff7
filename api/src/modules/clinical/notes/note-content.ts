import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';

export enum NoteService {
  PSYCHOTHERAPY = 'PSYCHOTHERAPY',
  INTAKE = 'INTAKE',
  INTAKE_MEDICAL = 'INTAKE_MEDICAL',
  FAMILY_WITH_PATIENT = 'FAMILY_WITH_PATIENT',
  FAMILY_WITHOUT_PATIENT = 'FAMILY_WITHOUT_PATIENT',
  CRISIS = 'CRISIS',
  EM_WITH_PSYCHOTHERAPY = 'EM_WITH_PSYCHOTHERAPY',
  EM_ONLY = 'EM_ONLY',
}
registerEnumType(NoteService, {
  name: 'NoteService',
  description: 'What the session was, which decides the CPT code family (domain.md §3.1).',
});

export enum Modality {
  IN_PERSON = 'IN_PERSON',
  VIDEO = 'VIDEO',
  AUDIO_ONLY = 'AUDIO_ONLY',
}
registerEnumType(Modality, { name: 'Modality' });

export enum IdeationLevel {
  DENIED = 'DENIED',
  PASSIVE = 'PASSIVE',
  ACTIVE = 'ACTIVE',
}
registerEnumType(IdeationLevel, { name: 'IdeationLevel' });

export enum RiskLevel {
  LOW = 'LOW',
  MODERATE = 'MODERATE',
  HIGH = 'HIGH',
}
registerEnumType(RiskLevel, { name: 'RiskLevel' });

/** Suicide and violence risk as documented in the session (domain.md §6.1, §6.2 item 12). */
@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType()
@InputType('RiskAssessmentInput')
export class RiskAssessment {
  @Field(() => IdeationLevel, { nullable: true }) suicidalIdeation?: IdeationLevel | null;
  @Field(() => Boolean, { nullable: true }) suicidePlan?: boolean | null;
  @Field(() => Boolean, { nullable: true }) suicideIntent?: boolean | null;
  @Field(() => IdeationLevel, { nullable: true }) homicidalIdeation?: IdeationLevel | null;
  @Field(() => Boolean, { nullable: true, description: 'Access to firearms or other lethal means.' })
  accessToMeans?: boolean | null;
  @Field(() => [String], { nullable: true, description: 'Codes from noteVocabulary.protectiveFactors.' })
  protectiveFactors?: string[] | null;
  @Field(() => RiskLevel, { nullable: true }) riskLevel?: RiskLevel | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType()
@InputType('GoalProgressInput')
export class GoalProgress {
  @Field({ description: 'The treatment-plan goal or objective addressed, as written there.' }) goal!: string;
  @Field({ description: 'A code from noteVocabulary.progress.' }) progress!: string;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

/**
 * The structured core every progress note is written in. SOAP, DAP, BIRP and GIRP are renderings
 * of it (note-formats.ts), so switching format never loses or re-types anything. Quick picks are
 * codes from noteVocabulary; every section also takes free text. All fields are optional while a
 * draft; signing checks what a billable note must contain (note-completeness.ts).
 */
@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType()
@InputType('NoteContentInput')
export class NoteContent {
  @Field(() => Date, { nullable: true }) sessionStart?: Date | null;
  @Field(() => Date, { nullable: true }) sessionEnd?: Date | null;
  @Field(() => [String], { nullable: true, description: 'Codes from noteVocabulary.participants.' })
  participants?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Who else was present, by name or relationship.' })
  participantNotes?: string | null;
  @Field(() => Modality, { nullable: true }) modality?: Modality | null;
  @Field(() => Boolean, { nullable: true, description: 'Telehealth: the patient was at home (POS 10).' })
  patientAtHome?: boolean | null;
  @Field(() => String, { nullable: true }) patientLocation?: string | null;
  @Field(() => String, { nullable: true }) providerLocation?: string | null;
  @Field(() => Boolean, { nullable: true }) telehealthConsent?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Audio-only: why video was not used.' })
  audioOnlyReason?: string | null;

  @Field(() => String, { nullable: true }) presentingConcerns?: string | null;
  @Field(() => [String], { nullable: true, description: 'Codes from noteVocabulary.symptoms.' })
  symptoms?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Codes from noteVocabulary.mentalStatus.' })
  mentalStatus?: string[] | null;
  @Field(() => String, { nullable: true }) mentalStatusNotes?: string | null;
  @Field(() => RiskAssessment, { nullable: true }) risk?: RiskAssessment | null;
  @Field(() => [String], { nullable: true, description: 'Codes from noteVocabulary.interventions.' })
  interventions?: string[] | null;
  @Field(() => String, { nullable: true }) interventionNotes?: string | null;
  @Field(() => [String], { nullable: true, description: 'Codes from noteVocabulary.responses.' })
  responses?: string[] | null;
  @Field(() => String, { nullable: true }) responseNotes?: string | null;
  @Field(() => [GoalProgress], { nullable: true }) goalsAddressed?: GoalProgress[] | null;
  @Field(() => String, { nullable: true }) assessment?: string | null;
  @Field(() => String, { nullable: true }) plan?: string | null;
  @Field(() => String, { nullable: true }) nextAppointment?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A code from noteVocabulary.interactiveComplexity: the documented reason for +90785.',
  })
  interactiveComplexity?: string | null;
  @Field(() => String, { nullable: true }) interactiveComplexityNotes?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Crisis: a safety plan was made.' }) safetyPlan?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Prescribers: E/M time, excluding psychotherapy minutes.' })
  emMinutes?: number | null;
  @Field(() => Int, { nullable: true, description: 'Prescribers: E/M level by medical decision making (2-5).' })
  mdmLevel?: number | null;
}
