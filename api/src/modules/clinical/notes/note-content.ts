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
  /** A member's note of a group session (90853): written through its group note. */
  GROUP = 'GROUP',
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
  @Field(() => String, { nullable: true, description: 'The follow-up booked from this note (scheduling id).' })
  nextAppointmentId?: string | null;

  // Group sessions: the shared part, copied in from the group note when it is signed so each
  // member's signed note stands alone in their chart (no other member's part or name).
  @Field(() => String, { nullable: true, description: 'Group: the session topic (shared by the group).' })
  groupTopic?: string | null;
  @Field(() => String, { nullable: true, description: 'Group: the shared narrative of the session.' })
  groupNarrative?: string | null;

  // Intake (biopsychosocial assessment, 90791/90792; domain.md §6.2). Used when the service is
  // INTAKE or INTAKE_MEDICAL; mental status and risk use the fields above.
  @Field(() => String, { nullable: true, description: 'Intake: reason for referral and referral source.' })
  referralReason?: string | null;
  @Field(() => String, { nullable: true, description: 'Intake: onset, duration, severity, triggers.' })
  historyOfPresentIllness?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Intake: prior diagnoses, treatment, hospitalizations, medications.',
  })
  psychiatricHistory?: string | null;
  @Field(() => String, { nullable: true, description: 'Intake: per substance, first use, pattern, last use.' })
  substanceUseHistory?: string | null;
  @Field(() => String, { nullable: true, description: 'Intake: conditions, medications, allergies, PCP.' })
  medicalHistory?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Intake: family psychiatric/medical history and social history (living situation, supports).',
  })
  familySocialHistory?: string | null;
  @Field(() => String, { nullable: true, description: 'Intake: trauma and abuse history.' })
  traumaHistory?: string | null;
  @Field(() => String, { nullable: true, description: 'Intake: diagnostic impression and formulation.' })
  diagnosticFormulation?: string | null;
  @Field(() => String, { nullable: true, description: 'Intake: recommendations and level of care.' })
  recommendations?: string | null;

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
