/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddAllergyInput = {
  /** Defaults to today. */
  notedOn?: string | null | undefined;
  patientId: string | number;
  reaction?: string | null | undefined;
  severity?: AllergySeverity;
  substance: string;
};

export type AddDiagnosisInput = {
  clinicalNote?: string | null | undefined;
  /** Defaults to today. */
  diagnosedOn?: string | null | undefined;
  /** An ICD-10-CM code, with or without the dot (F41.1, f411). */
  icd10Code: string;
  /** Make it the primary diagnosis (first on claims). */
  isPrimary?: boolean;
  onsetDate?: string | null | undefined;
  patientId: string | number;
};

export type AddMedicationInput = {
  /** A formulary id or name ("sertraline"), or any other drug as free text. */
  drug: string;
  form?: string | null | undefined;
  outsidePrescriberName?: string | null | undefined;
  patientId: string | number;
  /** One of our staff; or give outsidePrescriberName. */
  prescriberStaffId?: string | number | null | undefined;
  /** What it is taken for. */
  reason?: string | null | undefined;
  sig?: string | null | undefined;
  startedOn?: string | null | undefined;
  strength?: string | null | undefined;
};

export type AddNoteAddendumInput = {
  noteId: string | number;
  text: string;
};

export type AllergySeverity =
  | 'MILD'
  | 'MODERATE'
  | 'SEVERE'
  | 'UNKNOWN';

export type AppointmentStatus =
  | 'ARRIVED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CONFIRMED'
  | 'IN_SESSION'
  | 'LATE_CANCELLED'
  | 'NO_SHOW'
  | 'SCHEDULED';

export type AssignMeasureInput = {
  instrument: MeasureInstrument;
  /** Required for EVERY_N_WEEKS (1 to 52); not allowed otherwise. */
  intervalWeeks?: number | null | undefined;
  patientId: string | number;
  schedule: MeasureSchedule;
  /** Defaults to today in the practice's time zone. */
  startsOn?: string | null | undefined;
};

export type Attendance =
  | 'ATTENDED'
  | 'CANCELLED'
  | 'EXPECTED'
  | 'NO_SHOW';

export type CareTeamRole =
  | 'PRESCRIBER'
  | 'PRIMARY_CLINICIAN'
  | 'SUPERVISOR';

/** Jacobson-Truax outcome against the baseline (domain.md §5.1). */
export type ChangeCategory =
  | 'DETERIORATED'
  | 'IMPROVED'
  | 'RECOVERED'
  | 'UNCHANGED';

export type ChargeStatus =
  | 'HELD'
  | 'READY';

export type DiagnosisStatus =
  | 'ACTIVE'
  | 'RESOLVED';

export type DraftPrescriptionInput = {
  daysSupply: number;
  /** Formulary id or name: only formulary drugs are screened and prescribed. */
  drug: string;
  /** e.g. "tablet". */
  form?: string | null | undefined;
  patientId: string | number;
  pharmacy: PharmacyInput;
  quantity: number;
  refills: number;
  sig: string;
  /** e.g. "50 mg". */
  strength: string;
  /** False: dispense as written. */
  substitutionAllowed?: boolean;
  unit: QuantityUnit;
};

/** ERROR holds the charge; WARNING lets it through. */
export type FindingSeverity =
  | 'ERROR'
  | 'WARNING';

export type FormQuestionKind =
  /** Unscored, optional; answer with `value`. */
  | 'CHOICE'
  /** Counts towards the total; answer with `value`. */
  | 'SCORED'
  /** Unscored, optional; answer with `yes`. */
  | 'YES_NO';

export type GoalProgressInput = {
  /** The treatment-plan goal or objective addressed, as written there. */
  goal: string;
  notes?: string | null | undefined;
  /** A code from noteVocabulary.progress. */
  progress: string;
};

export type GroupSharedContentInput = {
  interventionNotes?: string | null | undefined;
  /** Codes from noteVocabulary.interventions. */
  interventions?: Array<string> | null | undefined;
  modality?: Modality | null | undefined;
  /** The session as a whole; never name a member here. */
  narrative?: string | null | undefined;
  sessionEnd?: string | null | undefined;
  sessionStart?: string | null | undefined;
  topic?: string | null | undefined;
};

export type IdeationLevel =
  | 'ACTIVE'
  | 'DENIED'
  | 'PASSIVE';

export type InteractionAlertSeverity =
  | 'CONTRAINDICATED'
  | 'MAJOR'
  | 'MODERATE';

export type InterventionModality =
  | 'ACT'
  | 'CASE_MANAGEMENT'
  | 'CBT'
  | 'COUPLES_THERAPY'
  | 'CPT_TRAUMA'
  | 'DBT'
  | 'DBT_SKILLS_GROUP'
  | 'EMDR'
  | 'EXPOSURE_RESPONSE_PREVENTION'
  | 'FAMILY_THERAPY'
  | 'GROUP_THERAPY'
  | 'MEDICATION_MANAGEMENT'
  | 'MI'
  | 'OTHER'
  | 'PROLONGED_EXPOSURE'
  | 'PSYCHODYNAMIC'
  | 'PSYCHOEDUCATION'
  | 'SAFETY_PLANNING'
  | 'SOLUTION_FOCUSED';

export type MeasureAnswerInput = {
  /** The item id from measureForm. */
  itemId: string;
  value?: number | null | undefined;
  yes?: boolean | null | undefined;
};

export type MeasureInstrument =
  | 'AUDITC'
  | 'GAD7'
  | 'PCL5'
  | 'PHQ9'
  | 'PHQA';

/** How a score is compared to the target. */
export type MeasureOperator =
  | 'ABOVE'
  | 'AT_OR_ABOVE'
  | 'AT_OR_BELOW'
  | 'BELOW';

export type MeasureSchedule =
  /** Due on each day the patient has an appointment, until done that day. */
  | 'BEFORE_EVERY_APPOINTMENT'
  /** Due when the last completion is intervalWeeks or more ago, or there is none. */
  | 'EVERY_N_WEEKS'
  /** Due until completed once. */
  | 'ONCE';

export type MedicationStatus =
  | 'ACTIVE'
  | 'STOPPED';

export type Modality =
  | 'AUDIO_ONLY'
  | 'IN_PERSON'
  | 'VIDEO';

export type NoteContentInput = {
  assessment?: string | null | undefined;
  /** Audio-only: why video was not used. */
  audioOnlyReason?: string | null | undefined;
  /** Intake: diagnostic impression and formulation. */
  diagnosticFormulation?: string | null | undefined;
  /** Prescribers: E/M time, excluding psychotherapy minutes. */
  emMinutes?: number | null | undefined;
  /** Intake: family psychiatric/medical history and social history (living situation, supports). */
  familySocialHistory?: string | null | undefined;
  goalsAddressed?: Array<GoalProgressInput> | null | undefined;
  /** Group: the shared narrative of the session. */
  groupNarrative?: string | null | undefined;
  /** Group: the session topic (shared by the group). */
  groupTopic?: string | null | undefined;
  /** Intake: onset, duration, severity, triggers. */
  historyOfPresentIllness?: string | null | undefined;
  /** A code from noteVocabulary.interactiveComplexity: the documented reason for +90785. */
  interactiveComplexity?: string | null | undefined;
  interactiveComplexityNotes?: string | null | undefined;
  interventionNotes?: string | null | undefined;
  /** Codes from noteVocabulary.interventions. */
  interventions?: Array<string> | null | undefined;
  /** Prescribers: E/M level by medical decision making (2-5). */
  mdmLevel?: number | null | undefined;
  /** Intake: conditions, medications, allergies, PCP. */
  medicalHistory?: string | null | undefined;
  /** Codes from noteVocabulary.mentalStatus. */
  mentalStatus?: Array<string> | null | undefined;
  mentalStatusNotes?: string | null | undefined;
  modality?: Modality | null | undefined;
  nextAppointment?: string | null | undefined;
  /** The follow-up booked from this note (scheduling id). */
  nextAppointmentId?: string | null | undefined;
  /** Who else was present, by name or relationship. */
  participantNotes?: string | null | undefined;
  /** Codes from noteVocabulary.participants. */
  participants?: Array<string> | null | undefined;
  /** Telehealth: the patient was at home (POS 10). */
  patientAtHome?: boolean | null | undefined;
  patientLocation?: string | null | undefined;
  plan?: string | null | undefined;
  presentingConcerns?: string | null | undefined;
  providerLocation?: string | null | undefined;
  /** Intake: prior diagnoses, treatment, hospitalizations, medications. */
  psychiatricHistory?: string | null | undefined;
  /** Intake: recommendations and level of care. */
  recommendations?: string | null | undefined;
  /** Intake: reason for referral and referral source. */
  referralReason?: string | null | undefined;
  responseNotes?: string | null | undefined;
  /** Codes from noteVocabulary.responses. */
  responses?: Array<string> | null | undefined;
  risk?: RiskAssessmentInput | null | undefined;
  /** Crisis: a safety plan was made. */
  safetyPlan?: boolean | null | undefined;
  sessionEnd?: string | null | undefined;
  sessionStart?: string | null | undefined;
  /** Intake: per substance, first use, pattern, last use. */
  substanceUseHistory?: string | null | undefined;
  /** Codes from noteVocabulary.symptoms. */
  symptoms?: Array<string> | null | undefined;
  telehealthConsent?: boolean | null | undefined;
  /** Intake: trauma and abuse history. */
  traumaHistory?: string | null | undefined;
};

/** How the structured core is presented. */
export type NoteFormat =
  | 'BIRP'
  | 'DAP'
  | 'GIRP'
  | 'SOAP';

/** What the session was, which decides the CPT code family (domain.md §3.1). */
export type NoteService =
  | 'CRISIS'
  | 'EM_ONLY'
  | 'EM_WITH_PSYCHOTHERAPY'
  | 'FAMILY_WITHOUT_PATIENT'
  | 'FAMILY_WITH_PATIENT'
  | 'GROUP'
  | 'INTAKE'
  | 'INTAKE_MEDICAL'
  | 'PSYCHOTHERAPY';

export type NoteStatus =
  | 'DRAFT'
  | 'SIGNED';

export type PatientStatus =
  | 'ACTIVE'
  | 'INACTIVE';

export type PdmpCheckMethod =
  | 'INTEGRATED'
  | 'STATE_PORTAL';

export type PharmacyInput = {
  addressLine1?: string | null | undefined;
  city?: string | null | undefined;
  name: string;
  /** Seven-digit NCPDP provider id. */
  ncpdpId: string;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  state?: string | null | undefined;
};

export type PlanGoalInput = {
  /** Stable across revisions; set on save. */
  id?: string | number | null | undefined;
  objectives: Array<PlanObjectiveInput>;
  /** The long-term goal, ideally in the patient's own words. */
  text: string;
};

export type PlanInterventionInput = {
  /** How often and how long, e.g. "weekly, 53-minute individual sessions". */
  frequency: string;
  modality: InterventionModality;
  notes?: string | null | undefined;
  /** The clinician responsible for delivering it. */
  responsibleClinicianId: string | number;
};

export type PlanObjectiveInput = {
  /** Where the patient starts, e.g. "PHQ-9 of 18 at intake". */
  baseline?: string | null | undefined;
  /** Stable across revisions, so progress notes can name the objective they address; set on save. */
  id?: string | number | null | undefined;
  interventions: Array<PlanInterventionInput>;
  targetDate?: string | null | undefined;
  targetMeasure?: TargetMeasureInput | null | undefined;
  /** The behaviour to reach, short-term and specific. */
  text: string;
};

export type PlanProblemInput = {
  /** The diagnosis of the patient's problem list it addresses. */
  diagnosisId?: string | number | null | undefined;
  goals: Array<PlanGoalInput>;
  /** Stable across revisions; set on save. */
  id?: string | number | null | undefined;
  text: string;
};

export type PlanSignatureStatus =
  | 'DECLINED'
  | 'PENDING'
  | 'SIGNED';

export type PlanStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'SUPERSEDED';

export type PrescriptionStatus =
  | 'DRAFT'
  | 'SIGNED';

export type QuantityUnit =
  | 'CAPSULE'
  | 'MILLILITER'
  | 'TABLET';

export type RecordMeasureResponsesInput = {
  answers: Array<MeasureAnswerInput>;
  /** The assignment this completes, when there is one. */
  assignmentId?: string | number | null | undefined;
  instrument: MeasureInstrument;
  patientId: string | number;
};

export type RecordPdmpCheckInput = {
  /** INTEGRATED queries the PDMP adapter; STATE_PORTAL attests a check made in the state portal. */
  method: PdmpCheckMethod;
  /** STATE_PORTAL: what the report showed, in short. */
  resultSummary?: string | null | undefined;
};

export type RiskAssessmentInput = {
  /** Access to firearms or other lethal means. */
  accessToMeans?: boolean | null | undefined;
  homicidalIdeation?: IdeationLevel | null | undefined;
  notes?: string | null | undefined;
  /** Codes from noteVocabulary.protectiveFactors. */
  protectiveFactors?: Array<string> | null | undefined;
  riskLevel?: RiskLevel | null | undefined;
  suicidalIdeation?: IdeationLevel | null | undefined;
  suicideIntent?: boolean | null | undefined;
  suicidePlan?: boolean | null | undefined;
};

export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MODERATE';

export type Role =
  | 'BILLER'
  | 'CLINICIAN'
  | 'FRONT_DESK'
  | 'PATIENT'
  | 'PRACTICE_MANAGER';

export type SafetyAlertAction =
  /** Reached the patient (or guardian) and checked on their safety. */
  | 'CONTACTED_PATIENT'
  /** Completed a suicide-risk assessment (e.g. C-SSRS by interview). */
  | 'CRISIS_ASSESSMENT_DONE'
  /** Called emergency services or sent the patient to emergency care. */
  | 'EMERGENCY_SERVICES'
  /** Something else: the note says what. */
  | 'OTHER'
  /** Reviewed or made a safety plan with the patient. */
  | 'SAFETY_PLAN_REVIEWED';

export type SaveProgressNoteDraftInput = {
  /** The whole structured core (autosave sends it all). */
  content: NoteContentInput;
  format?: NoteFormat | null | undefined;
  service?: NoteService | null | undefined;
  /** The version the editor last loaded or saved. */
  version: number;
};

export type SaveTreatmentPlanDraftInput = {
  /** The whole plan (autosave sends it all). */
  content: TreatmentPlanContentInput;
  /** Defaults to 90 days after activation. */
  reviewDueOn?: string | null | undefined;
};

export type ScheduleFollowUpInput = {
  /** Defaults to the documented appointment's type. */
  appointmentTypeId?: string | number | null | undefined;
  /** Defaults to the appointment type's length. */
  durationMinutes?: number | null | undefined;
  /** As for bookAppointment. */
  override?: WarningOverrideInput | null | undefined;
  startsAt: string;
};

/** A booking problem staff may override with a reason. */
export type SchedulingWarning =
  | 'DURING_TIME_OFF'
  | 'INSURANCE_EXPIRED'
  | 'NO_TELEHEALTH_CONSENT'
  | 'OUTSIDE_WORKING_HOURS'
  | 'PATIENT_DOUBLE_BOOKED';

/** Direction of the latest total against the one before (higher is worse on every instrument). */
export type ScoreTrend =
  | 'DOWN'
  | 'FLAT'
  | 'UP';

/** One colour scale for every instrument band (instruments.ts). */
export type SeverityLevel =
  | 'HIGH'
  | 'LOW'
  | 'MINIMAL'
  | 'MODERATE'
  | 'VERY_HIGH';

export type SignPrescriptionInput = {
  /** Required when an alert requires one. */
  overrideReason?: string | null | undefined;
  /** Controlled substances: a fresh code from your authenticator. */
  totpCode?: string | null | undefined;
};

export type StartProgressNoteInput = {
  appointmentId: string | number;
  format?: NoteFormat | null | undefined;
  /** For a group or family appointment: which attendee. */
  patientId?: string | number | null | undefined;
  /** Defaults from the appointment type. */
  service?: NoteService | null | undefined;
};

export type StopMedicationInput = {
  stopReason?: string | null | undefined;
  /** Last dose; defaults to today. */
  stoppedOn?: string | null | undefined;
};

export type TargetMeasureInput = {
  /** An instrument code: PHQ9, PHQA, GAD7, PCL5, AUDITC. */
  instrument?: string | null | undefined;
  operator?: MeasureOperator | null | undefined;
  /** The target in words, when no instrument scores it. */
  text?: string | null | undefined;
  value?: number | null | undefined;
};

export type TransmissionStatus =
  | 'QUEUED';

export type TreatmentPlanContentInput = {
  /** When treatment ends or moves to another level of care. */
  dischargeCriteria?: string | null | undefined;
  /** How the patient (or guardian) took part in writing it. */
  patientParticipation?: string | null | undefined;
  problems: Array<PlanProblemInput>;
};

export type UpdateDiagnosisInput = {
  clinicalNote?: string | null | undefined;
  /** True makes it the primary; the former primary becomes secondary. */
  isPrimary?: boolean | null | undefined;
  onsetDate?: string | null | undefined;
  /** When resolving; defaults to today. */
  resolvedOn?: string | null | undefined;
  status?: DiagnosisStatus | null | undefined;
};

export type VisitNoteStatus =
  | 'AWAITING_COSIGNATURE'
  | 'DRAFT'
  | 'NOT_STARTED'
  | 'SIGNED';

export type WarningOverrideInput = {
  reason: string;
  warnings: Array<SchedulingWarning>;
};

export type WritePsychotherapyNoteInput = {
  /** The session the note is about. */
  appointmentId?: string | number | null | undefined;
  patientId: string | number;
  text: string;
};

export type ClinicianAttentionQueryVariables = Exact<{ [key: string]: never; }>;


export type ClinicianAttentionQuery = { myAttention: { unsignedNotes: Array<{ id: string, patientId: string, dateOfService: string, service: NoteService, hoursSinceSession: number, missingForSignature: Array<string>, patient: { id: string, legalFirstName: string | null, legalLastName: string | null } | null }>, awaitingMyCosignature: Array<{ id: string, patientId: string, authorId: string, dateOfService: string, service: NoteService, signedAt: string | null, patient: { id: string, legalFirstName: string | null, legalLastName: string | null } | null }>, heldCharges: Array<{ id: string, progressNoteId: string, dateOfService: string, lines: Array<{ cpt: string, modifiers: Array<string> }> | null, findings: Array<{ ruleId: string, severity: FindingSeverity, message: string, fix: string }> | null }> } | null };

export type ClinicianStaffNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type ClinicianStaffNamesQuery = { staff: Array<{ id: string, displayName: string }> | null };

export type GroupNoteEditor_GroupFragment = { id: string, status: NoteStatus, version: number, appointmentId: string, dateOfService: string, timeZone: string, signedAt: string | null, updatedAt: string, members: Array<{ id: string, patientId: string, status: NoteStatus, awaitingCosignature: boolean, missingForSignature: Array<string>, patient: { id: string, legalFirstName: string | null, legalLastName: string | null } | null, groupSession: { sessionStart: string | null, sessionEnd: string | null, modality: Modality | null, topic: string | null, interventions: Array<string> | null, interventionNotes: string | null, narrative: string | null } | null }>, missingForSignature: { shared: Array<string>, members: Array<{ member: number, noteId: string, patientId: string, missing: Array<string> }> } } & { ' $fragmentName'?: 'GroupNoteEditor_GroupFragment' };

export type ClinicianGroupNoteQueryVariables = Exact<{
  id: string | number;
}>;


export type ClinicianGroupNoteQuery = { groupNote: (
    { id: string }
    & { ' $fragmentRefs'?: { 'GroupNoteEditor_GroupFragment': GroupNoteEditor_GroupFragment } }
  ) | null };

export type StartGroupNoteMutationVariables = Exact<{
  appointmentId: string | number;
}>;


export type StartGroupNoteMutation = { startGroupNote: { id: string, status: NoteStatus } };

export type SaveGroupNoteDraftMutationVariables = Exact<{
  id: string | number;
  shared: GroupSharedContentInput;
  version: number;
}>;


export type SaveGroupNoteDraftMutation = { saveGroupNoteDraft: (
    { id: string }
    & { ' $fragmentRefs'?: { 'GroupNoteEditor_GroupFragment': GroupNoteEditor_GroupFragment } }
  ) };

export type SignGroupNoteMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SignGroupNoteMutation = { signGroupNote: (
    { id: string }
    & { ' $fragmentRefs'?: { 'GroupNoteEditor_GroupFragment': GroupNoteEditor_GroupFragment } }
  ) };

export type ClinicianMeasureHistoryQueryVariables = Exact<{
  id: string | number;
  instrument: MeasureInstrument;
}>;


export type ClinicianMeasureHistoryQuery = { patient: { id: string, measureHistory: { instrument: MeasureInstrument, maxTotal: number, bands: Array<{ min: number, max: number, label: string, level: SeverityLevel }> | null, norms: { minimumReliableChange: number } | null, points: Array<{ administrationId: string, administeredAt: string, administeredOn: string | null, total: number | null, bandLabel: string | null, bandLevel: SeverityLevel | null, isBaseline: boolean | null, changeFromBaseline: number | null, reliableChangeIndex: number | null, change: ChangeCategory | null, response: boolean | null, remission: boolean | null, safetyFlag: boolean | null }> | null } | null } | null };

export type ClinicianMeasureFormQueryVariables = Exact<{
  instrument: MeasureInstrument;
}>;


export type ClinicianMeasureFormQuery = { measureForm: { instrument: MeasureInstrument, title: string, shortTitle: string, version: string, recallPeriod: string, prompt: string, maxTotal: number, questions: Array<{ id: string, number: number, text: string, kind: FormQuestionKind, required: boolean, safetyItem: boolean, options: Array<{ value: number, label: string }>, skippedWhen: { itemId: string, value: number } | null }> } | null };

export type ClinicianAssignMeasureMutationVariables = Exact<{
  input: AssignMeasureInput;
}>;


export type ClinicianAssignMeasureMutation = { assignMeasure: { id: string, instrument: MeasureInstrument | null, schedule: MeasureSchedule | null, intervalWeeks: number | null, startsOn: string | null, active: boolean } };

export type ClinicianStopMeasureAssignmentMutationVariables = Exact<{
  id: string | number;
}>;


export type ClinicianStopMeasureAssignmentMutation = { stopMeasureAssignment: { id: string, active: boolean, stoppedAt: string | null } };

export type ClinicianRecordMeasureResponsesMutationVariables = Exact<{
  input: RecordMeasureResponsesInput;
}>;


export type ClinicianRecordMeasureResponsesMutation = { recordMeasureResponses: { id: string } };

export type ClinicianSafetyAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClinicianSafetyAlertsQuery = { mySafetyAlerts: Array<{ id: string, patientId: string, instrument: MeasureInstrument | null, raisedAt: string, flags: Array<{ itemId: string, reason: string }> | null, patient: { id: string, legalFirstName: string | null, legalLastName: string | null } | null, administration: { id: string, itemScores: Array<{ itemId: string, number: number, value: number }> | null } | null }> | null };

export type ClinicianSafetyAlertRaisedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ClinicianSafetyAlertRaisedSubscription = { safetyAlertRaised: { id: string, patientId: string, instrument: MeasureInstrument | null, raisedAt: string, flags: Array<{ itemId: string, reason: string }> | null, patient: { id: string, legalFirstName: string | null, legalLastName: string | null } | null } | null };

export type ClinicianAcknowledgeSafetyAlertMutationVariables = Exact<{
  id: string | number;
  action: SafetyAlertAction;
  note?: string | null | undefined;
}>;


export type ClinicianAcknowledgeSafetyAlertMutation = { acknowledgeSafetyAlert: { id: string, acknowledgedAt: string | null, action: SafetyAlertAction | null, actionNote: string | null } };

export type ClinicianPatientMeasuresQueryVariables = Exact<{
  id: string | number;
}>;


export type ClinicianPatientMeasuresQuery = { patient: { id: string, measureAssignments: Array<{ id: string, instrument: MeasureInstrument | null, schedule: MeasureSchedule | null, intervalWeeks: number | null, startsOn: string | null, active: boolean }> | null, measuresDue: Array<{ assignmentId: string | null, instrument: MeasureInstrument | null }> | null, latestScores: Array<{ instrument: MeasureInstrument | null }> | null } | null };

export type ClinicianAddAllergyMutationVariables = Exact<{
  input: AddAllergyInput;
}>;


export type ClinicianAddAllergyMutation = { addAllergy: { id: string, substance: string | null } };

export type ClinicianAddMedicationMutationVariables = Exact<{
  input: AddMedicationInput;
}>;


export type ClinicianAddMedicationMutation = { addMedication: { id: string, drugName: string | null } };

export type AllergyList_PatientFragment = { noKnownAllergiesOn: string | null, allergies: Array<{ id: string, substance: string | null, reaction: string | null, severity: AllergySeverity | null, notedOn: string }> | null } & { ' $fragmentName'?: 'AllergyList_PatientFragment' };

export type ClinicianRemoveAllergyMutationVariables = Exact<{
  id: string | number;
}>;


export type ClinicianRemoveAllergyMutation = { removeAllergy: { id: string } };

export type ClinicianConfirmNoKnownAllergiesMutationVariables = Exact<{
  patientId: string | number;
}>;


export type ClinicianConfirmNoKnownAllergiesMutation = { confirmNoKnownAllergies: { id: string, noKnownAllergiesOn: string | null } };

export type MedicationList_PatientFragment = { medications: Array<{ id: string, drugName: string | null, strength: string | null, form: string | null, sig: string | null, prescriberName: string | null, startedOn: string | null, stoppedOn: string | null, reason: string | null, stopReason: string | null, status: MedicationStatus }> | null } & { ' $fragmentName'?: 'MedicationList_PatientFragment' };

export type ClinicianPatientMedicationsQueryVariables = Exact<{
  id: string | number;
}>;


export type ClinicianPatientMedicationsQuery = { viewer: { id: string, staffMemberId: string | null, staffMember: { id: string, hasPrescribingCredentials: boolean, totpActive: boolean } | null } | null, patient: (
    { id: string }
    & { ' $fragmentRefs'?: { 'MedicationList_PatientFragment': MedicationList_PatientFragment;'AllergyList_PatientFragment': AllergyList_PatientFragment;'PdmpCheckList_PatientFragment': PdmpCheckList_PatientFragment;'PrescriptionList_PatientFragment': PrescriptionList_PatientFragment;'PrescribeDrawer_PatientFragment': PrescribeDrawer_PatientFragment } }
  ) | null };

export type PdmpCheckList_PatientFragment = { pdmpChecks: Array<{ id: string, checkedAt: string, checkedById: string, checkedByName: string, method: PdmpCheckMethod, resultSummary: string | null, source: string }> | null } & { ' $fragmentName'?: 'PdmpCheckList_PatientFragment' };

export type PrescribeDrawer_PatientFragment = { pdmpChecks: Array<{ id: string, checkedById: string, checkedAt: string }> | null } & { ' $fragmentName'?: 'PrescribeDrawer_PatientFragment' };

export type ClinicianDraftPrescriptionMutationVariables = Exact<{
  input: DraftPrescriptionInput;
}>;


export type ClinicianDraftPrescriptionMutation = { draftPrescription: (
    { id: string }
    & { ' $fragmentRefs'?: { 'SignPrescriptionForm_PrescriptionFragment': SignPrescriptionForm_PrescriptionFragment } }
  ) };

export type ClinicianDiscardPrescriptionDraftMutationVariables = Exact<{
  id: string | number;
}>;


export type ClinicianDiscardPrescriptionDraftMutation = { discardPrescriptionDraft: string };

export type PrescriptionList_PatientFragment = { prescriptions: Array<{ id: string, status: PrescriptionStatus, drugName: string | null, strength: string | null, form: string | null, controlledSchedule: string | null, quantity: number | null, unit: QuantityUnit | null, refills: number | null, daysSupply: number | null, signedAt: string | null, pdfUrl: string | null, pharmacy: { name: string } | null, transmission: { status: TransmissionStatus, message: string } | null }> | null } & { ' $fragmentName'?: 'PrescriptionList_PatientFragment' };

export type PrescriptionSignedResult_PrescriptionFragment = { id: string, drugName: string | null, strength: string | null, signedAt: string | null, pdfUrl: string | null, transmission: { status: TransmissionStatus, queuedAt: string, outboxFile: string, message: string } | null } & { ' $fragmentName'?: 'PrescriptionSignedResult_PrescriptionFragment' };

export type ClinicianRecordPdmpCheckMutationVariables = Exact<{
  patientId: string | number;
  input: RecordPdmpCheckInput;
}>;


export type ClinicianRecordPdmpCheckMutation = { recordPdmpCheck: { id: string, checkedAt: string, resultSummary: string | null } };

export type SignPrescriptionForm_PrescriptionFragment = { id: string, drugName: string | null, strength: string | null, form: string | null, controlledSchedule: string | null, quantity: number | null, unit: QuantityUnit | null, refills: number | null, daysSupply: number | null, sig: string | null, substitutionAllowed: boolean | null, unscreenedMedications: Array<string> | null, pharmacy: { name: string, ncpdpId: string } | null, alerts: Array<{ ruleId: string, severity: InteractionAlertSeverity, drugs: Array<string>, mechanism: string, recommendation: string, source: string, requiresOverrideReason: boolean, washoutClearOn: string | null, disclaimer: string }> | null } & { ' $fragmentName'?: 'SignPrescriptionForm_PrescriptionFragment' };

export type ClinicianSignPrescriptionMutationVariables = Exact<{
  id: string | number;
  input?: SignPrescriptionInput | null | undefined;
}>;


export type ClinicianSignPrescriptionMutation = { signPrescription: (
    { id: string, status: PrescriptionStatus }
    & { ' $fragmentRefs'?: { 'PrescriptionSignedResult_PrescriptionFragment': PrescriptionSignedResult_PrescriptionFragment } }
  ) };

export type ClinicianStopMedicationMutationVariables = Exact<{
  id: string | number;
  input?: StopMedicationInput | null | undefined;
}>;


export type ClinicianStopMedicationMutation = { stopMedication: { id: string, status: MedicationStatus, stoppedOn: string | null, stopReason: string | null } };

export type ClinicianEnrollTotpMutationVariables = Exact<{ [key: string]: never; }>;


export type ClinicianEnrollTotpMutation = { enrollTotp: { secret: string, otpauthUri: string } };

export type ClinicianConfirmTotpMutationVariables = Exact<{
  code: string;
}>;


export type ClinicianConfirmTotpMutation = { confirmTotp: { active: boolean, activeSince: string | null } };

export type ScheduleFollowUpFromNoteMutationVariables = Exact<{
  noteId: string | number;
  input: ScheduleFollowUpInput;
}>;


export type ScheduleFollowUpFromNoteMutation = { scheduleFollowUpFromNote: { appointmentId: string, startsAt: string | null, endsAt: string | null, recordedInNote: boolean, note: (
      { id: string }
      & { ' $fragmentRefs'?: { 'NoteEditor_NoteFragment': NoteEditor_NoteFragment } }
    ) | null } };

export type ClinicianNotePatientQueryVariables = Exact<{
  id: string | number;
}>;


export type ClinicianNotePatientQuery = { patient: (
    { id: string }
    & { ' $fragmentRefs'?: { 'PatientBanner_PatientFragment': PatientBanner_PatientFragment } }
  ) | null };

export type NoteEditor_NoteFragment = { id: string, patientId: string, authorId: string, appointmentId: string | null, groupNoteId: string | null, version: number, status: NoteStatus, format: NoteFormat, service: NoteService, dateOfService: string, timeZone: string, minutes: number | null, hoursSinceSession: number, missingForSignature: Array<string>, awaitingCosignature: boolean, signedAt: string | null, cosignedAt: string | null, updatedAt: string, content: { sessionStart: string | null, sessionEnd: string | null, modality: Modality | null, patientAtHome: boolean | null, patientLocation: string | null, providerLocation: string | null, telehealthConsent: boolean | null, audioOnlyReason: string | null, participants: Array<string> | null, participantNotes: string | null, presentingConcerns: string | null, symptoms: Array<string> | null, mentalStatus: Array<string> | null, mentalStatusNotes: string | null, safetyPlan: boolean | null, interventions: Array<string> | null, interventionNotes: string | null, responses: Array<string> | null, responseNotes: string | null, interactiveComplexity: string | null, interactiveComplexityNotes: string | null, emMinutes: number | null, mdmLevel: number | null, assessment: string | null, plan: string | null, nextAppointment: string | null, nextAppointmentId: string | null, referralReason: string | null, historyOfPresentIllness: string | null, psychiatricHistory: string | null, medicalHistory: string | null, substanceUseHistory: string | null, traumaHistory: string | null, familySocialHistory: string | null, diagnosticFormulation: string | null, recommendations: string | null, groupTopic: string | null, groupNarrative: string | null, risk: { suicidalIdeation: IdeationLevel | null, suicidePlan: boolean | null, suicideIntent: boolean | null, homicidalIdeation: IdeationLevel | null, accessToMeans: boolean | null, protectiveFactors: Array<string> | null, riskLevel: RiskLevel | null, notes: string | null } | null, goalsAddressed: Array<{ goal: string, progress: string, notes: string | null }> | null } | null } & { ' $fragmentName'?: 'NoteEditor_NoteFragment' };

export type SignedNote_NoteFragment = { id: string, charge: { id: string, status: ChargeStatus, dateOfService: string, diagnosisCodes: Array<string> | null, totalCents: number | null, lineFeesCents: Array<number> | null, lines: Array<{ cpt: string, modifiers: Array<string>, units: number, placeOfService: string, diagnosisPointers: Array<number> }> | null, findings: Array<{ ruleId: string, severity: FindingSeverity, message: string, fix: string }> | null } | null, addenda: Array<{ id: string, text: string | null, signedAt: string }> | null } & { ' $fragmentName'?: 'SignedNote_NoteFragment' };

export type ClinicianProgressNoteQueryVariables = Exact<{
  id: string | number;
}>;


export type ClinicianProgressNoteQuery = { progressNote: (
    { id: string }
    & { ' $fragmentRefs'?: { 'NoteEditor_NoteFragment': NoteEditor_NoteFragment;'SignedNote_NoteFragment': SignedNote_NoteFragment } }
  ) | null };

export type SaveProgressNoteDraftMutationVariables = Exact<{
  id: string | number;
  input: SaveProgressNoteDraftInput;
  format?: NoteFormat | null | undefined;
}>;


export type SaveProgressNoteDraftMutation = { saveProgressNoteDraft: (
    { id: string, rendered: Array<{ heading: string, lines: Array<string> }> | null }
    & { ' $fragmentRefs'?: { 'NoteEditor_NoteFragment': NoteEditor_NoteFragment } }
  ) };

export type SignProgressNoteMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SignProgressNoteMutation = { signProgressNote: (
    { id: string }
    & { ' $fragmentRefs'?: { 'NoteEditor_NoteFragment': NoteEditor_NoteFragment;'SignedNote_NoteFragment': SignedNote_NoteFragment } }
  ) };

export type StartProgressNoteMutationVariables = Exact<{
  input: StartProgressNoteInput;
}>;


export type StartProgressNoteMutation = { startProgressNote: { id: string, status: NoteStatus } };

export type CosignProgressNoteMutationVariables = Exact<{
  id: string | number;
}>;


export type CosignProgressNoteMutation = { cosignProgressNote: (
    { id: string }
    & { ' $fragmentRefs'?: { 'NoteEditor_NoteFragment': NoteEditor_NoteFragment;'SignedNote_NoteFragment': SignedNote_NoteFragment } }
  ) };

export type AddNoteAddendumMutationVariables = Exact<{
  input: AddNoteAddendumInput;
}>;


export type AddNoteAddendumMutation = { addNoteAddendum: { id: string, text: string | null, signedAt: string } };

export type ClinicianNotePreviewQueryVariables = Exact<{
  id: string | number;
  format?: NoteFormat | null | undefined;
}>;


export type ClinicianNotePreviewQuery = { progressNote: { id: string, rendered: Array<{ heading: string, lines: Array<string> }> | null } | null };

export type ClinicianNoteVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type ClinicianNoteVocabularyQuery = { noteVocabulary: Array<{ list: string, options: Array<{ code: string, label: string }> }> | null };

export type ClinicianAddDiagnosisMutationVariables = Exact<{
  input: AddDiagnosisInput;
}>;


export type ClinicianAddDiagnosisMutation = { addDiagnosis: { id: string, icd10Code: string | null } };

export type ClinicianUpdateDiagnosisMutationVariables = Exact<{
  id: string | number;
  input: UpdateDiagnosisInput;
}>;


export type ClinicianUpdateDiagnosisMutation = { updateDiagnosis: { id: string, isPrimary: boolean | null, status: DiagnosisStatus, resolvedOn: string | null } };

export type ClinicianIcd10CodesQueryVariables = Exact<{
  search: string;
  dateOfService?: string | null | undefined;
}>;


export type ClinicianIcd10CodesQuery = { icd10Codes: Array<{ code: string, description: string, billable: boolean }> | null };

export type MyPatientsTable_PatientFragment = { id: string, mrn: string, status: PatientStatus, legalFirstName: string | null, legalLastName: string | null, preferredName: string | null, pronouns: string | null, dateOfBirth: string | null, lastVisitAt: string | null, nextVisitAt: string | null, careTeam: Array<{ id: string, role: CareTeamRole | null, staffMember: { id: string } | null }> | null, diagnoses: Array<{ id: string, icd10Code: string | null, description: string | null, isPrimary: boolean | null, status: DiagnosisStatus }> | null, latestScores: Array<{ instrument: MeasureInstrument | null, total: number | null, bandLabel: string | null, bandLevel: SeverityLevel | null, trend: ScoreTrend | null }> | null } & { ' $fragmentName'?: 'MyPatientsTable_PatientFragment' };

export type RequestEmergencyAccessMutationVariables = Exact<{
  patientId: string | number;
  reason: string;
}>;


export type RequestEmergencyAccessMutation = { requestEmergencyAccess: { id: string, expiresAt: string } };

export type PatientBanner_PatientFragment = { id: string, mrn: string, status: PatientStatus, legalFirstName: string | null, legalLastName: string | null, preferredName: string | null, pronouns: string | null, dateOfBirth: string | null, noKnownAllergiesOn: string | null, openSafetyAlerts: number | null, careTeam: Array<{ id: string, role: CareTeamRole | null, staffMember: { id: string, displayName: string } | null }> | null, diagnoses: Array<{ id: string, icd10Code: string | null, description: string | null, isPrimary: boolean | null, status: DiagnosisStatus }> | null, allergies: Array<{ id: string, substance: string | null, severity: AllergySeverity | null, reaction: string | null }> | null, latestScores: Array<{ instrument: MeasureInstrument | null, total: number | null, bandLabel: string | null, bandLevel: SeverityLevel | null, trend: ScoreTrend | null }> | null } & { ' $fragmentName'?: 'PatientBanner_PatientFragment' };

export type ProblemList_PatientFragment = { diagnoses: Array<{ id: string, icd10Code: string | null, description: string | null, isPrimary: boolean | null, status: DiagnosisStatus, diagnosedOn: string | null, clinicalNote: string | null }> | null } & { ' $fragmentName'?: 'ProblemList_PatientFragment' };

export type ClinicianMyPatientsQueryVariables = Exact<{
  first: number;
  notImprovingWeeks: number;
}>;


export type ClinicianMyPatientsQuery = { patients: { totalCount: number, nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'MyPatientsTable_PatientFragment': MyPatientsTable_PatientFragment } }
    )> } | null, notImprovingPatients: Array<{ patientId: string, instrument: MeasureInstrument | null, weeksSinceBaseline: number | null }> | null, viewer: { id: string, practiceTimeZone: string } | null };

export type ClinicianPatientChartQueryVariables = Exact<{
  id: string | number;
}>;


export type ClinicianPatientChartQuery = { patient: (
    { id: string, mrn: string, legalLastName: string | null }
    & { ' $fragmentRefs'?: { 'PatientBanner_PatientFragment': PatientBanner_PatientFragment } }
  ) | null };

export type ClinicianPatientDiagnosesQueryVariables = Exact<{
  id: string | number;
}>;


export type ClinicianPatientDiagnosesQuery = { patient: (
    { id: string }
    & { ' $fragmentRefs'?: { 'ProblemList_PatientFragment': ProblemList_PatientFragment } }
  ) | null };

export type ClinicianPatientNotesQueryVariables = Exact<{
  id: string | number;
}>;


export type ClinicianPatientNotesQuery = { patient: { id: string, progressNotes: Array<{ id: string, dateOfService: string, service: NoteService, status: NoteStatus, awaitingCosignature: boolean, minutes: number | null, signedAt: string | null }> | null } | null };

export type ClinicianSaveTreatmentPlanDraftMutationVariables = Exact<{
  patientId: string | number;
  input: SaveTreatmentPlanDraftInput;
  expectedVersion?: number | null | undefined;
}>;


export type ClinicianSaveTreatmentPlanDraftMutation = { saveTreatmentPlanDraft: { ' $fragmentRefs'?: { 'TreatmentPlanVersion_FieldsFragment': TreatmentPlanVersion_FieldsFragment } } };

export type ClinicianActivateTreatmentPlanMutationVariables = Exact<{
  id: string | number;
}>;


export type ClinicianActivateTreatmentPlanMutation = { activateTreatmentPlan: { id: string, status: PlanStatus } };

export type ClinicianDiscardTreatmentPlanDraftMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ClinicianDiscardTreatmentPlanDraftMutation = { discardTreatmentPlanDraft: string };

export type ClinicianRequestTreatmentPlanSignatureMutationVariables = Exact<{
  planVersionId: string | number;
}>;


export type ClinicianRequestTreatmentPlanSignatureMutation = { requestTreatmentPlanSignature: { id: string, status: PlanSignatureStatus, requestedAt: string } };

export type ClinicianPatientTreatmentPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type ClinicianPatientTreatmentPlanQuery = { staff: Array<{ id: string, displayName: string, roles: Array<Role>, active: boolean }> | null, patient: { id: string, diagnoses: Array<{ id: string, icd10Code: string | null, description: string | null, status: DiagnosisStatus }> | null, treatmentPlan: { patientId: string, active: (
        { id: string, signatureRequests: Array<{ id: string, status: PlanSignatureStatus, requestedAt: string, signedAt: string | null }> | null }
        & { ' $fragmentRefs'?: { 'TreatmentPlanVersion_FieldsFragment': TreatmentPlanVersion_FieldsFragment } }
      ) | null, draft: (
        { id: string }
        & { ' $fragmentRefs'?: { 'TreatmentPlanVersion_FieldsFragment': TreatmentPlanVersion_FieldsFragment } }
      ) | null } | null, treatmentPlanVersions: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'TreatmentPlanVersion_FieldsFragment': TreatmentPlanVersion_FieldsFragment } }
    )> | null } | null };

export type ClinicianReviseTreatmentPlanMutationVariables = Exact<{
  patientId: string | number;
}>;


export type ClinicianReviseTreatmentPlanMutation = { reviseTreatmentPlan: { id: string, status: PlanStatus } };

export type TreatmentPlanVersion_FieldsFragment = { id: string, versionNumber: number, status: PlanStatus, version: number, reviewDueOn: string | null, activatedAt: string | null, supersededAt: string | null, dischargeCriteria: string | null, patientParticipation: string | null, problems: Array<{ id: string | null, text: string, diagnosisId: string | null, goals: Array<{ id: string | null, text: string, objectives: Array<{ id: string | null, text: string, targetDate: string | null, baseline: string | null, targetMeasure: { instrument: string | null, operator: MeasureOperator | null, value: number | null, text: string | null } | null, interventions: Array<{ modality: InterventionModality, frequency: string, responsibleClinicianId: string, notes: string | null }> }> }> }> | null } & { ' $fragmentName'?: 'TreatmentPlanVersion_FieldsFragment' };

export type ClinicianMyPsychotherapyNotesQueryVariables = Exact<{
  patientId: string | number;
}>;


export type ClinicianMyPsychotherapyNotesQuery = { myPsychotherapyNotes: Array<{ id: string | null, authorId: string | null, appointmentId: string | null, text: string | null, version: number | null, createdAt: string | null, updatedAt: string | null }> | null };

export type ClinicianWritePsychotherapyNoteMutationVariables = Exact<{
  input: WritePsychotherapyNoteInput;
}>;


export type ClinicianWritePsychotherapyNoteMutation = { writePsychotherapyNote: { id: string | null } };

export type ClinicianUpdatePsychotherapyNoteMutationVariables = Exact<{
  id: string | number;
  text: string;
  version: number;
}>;


export type ClinicianUpdatePsychotherapyNoteMutation = { updatePsychotherapyNote: { id: string | null, text: string | null, version: number | null, updatedAt: string | null } };

export type ClinicianDeletePsychotherapyNoteMutationVariables = Exact<{
  id: string | number;
}>;


export type ClinicianDeletePsychotherapyNoteMutation = { deletePsychotherapyNote: string };

export type MyDayVisitsTable_VisitFragment = { appointmentId: string, startsAt: string | null, endsAt: string | null, status: AppointmentStatus | null, appointmentTypeName: string | null, defaultCpt: string | null, telehealth: boolean | null, telehealthUrl: string | null, roomName: string | null, patients: Array<{ patientId: string, displayName: string | null, attendance: Attendance | null, noteId: string | null, noteStatus: VisitNoteStatus, measuresDue: Array<string> | null, openSafetyAlerts: number | null, planReviewDueOn: string | null }> } & { ' $fragmentName'?: 'MyDayVisitsTable_VisitFragment' };

export type ClinicianMyDayQueryVariables = Exact<{
  date?: string | null | undefined;
}>;


export type ClinicianMyDayQuery = { myDay: { date: string, timeZone: string, facilityIds: Array<string>, visits: Array<(
      { appointmentId: string }
      & { ' $fragmentRefs'?: { 'MyDayVisitsTable_VisitFragment': MyDayVisitsTable_VisitFragment } }
    )> | null } | null };

export type ClinicianMyDayCalendarChangedSubscriptionVariables = Exact<{
  facilityId: string | number;
}>;


export type ClinicianMyDayCalendarChangedSubscription = { calendarChanged: { id: string, providerId: string | null } | null };

export const GroupNoteEditor_GroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupNoteEditor_group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfService"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"missingForSignature"}},{"kind":"Field","name":{"kind":"Name","value":"groupSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionStart"}},{"kind":"Field","name":{"kind":"Name","value":"sessionEnd"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"}},{"kind":"Field","name":{"kind":"Name","value":"interventionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingForSignature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"noteId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]}}]} as unknown as DocumentNode<GroupNoteEditor_GroupFragment, unknown>;
export const AllergyList_PatientFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllergyList_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noKnownAllergiesOn"}},{"kind":"Field","name":{"kind":"Name","value":"allergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"notedOn"}}]}}]}}]} as unknown as DocumentNode<AllergyList_PatientFragment, unknown>;
export const MedicationList_PatientFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MedicationList_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drugName"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"sig"}},{"kind":"Field","name":{"kind":"Name","value":"prescriberName"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MedicationList_PatientFragment, unknown>;
export const PdmpCheckList_PatientFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PdmpCheckList_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pdmpChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedById"}},{"kind":"Field","name":{"kind":"Name","value":"checkedByName"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"resultSummary"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<PdmpCheckList_PatientFragment, unknown>;
export const PrescribeDrawer_PatientFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrescribeDrawer_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pdmpChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedById"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<PrescribeDrawer_PatientFragment, unknown>;
export const PrescriptionList_PatientFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrescriptionList_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prescriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"drugName"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"controlledSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"refills"}},{"kind":"Field","name":{"kind":"Name","value":"daysSupply"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PrescriptionList_PatientFragment, unknown>;
export const PrescriptionSignedResult_PrescriptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrescriptionSignedResult_prescription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drugName"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"transmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outboxFile"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PrescriptionSignedResult_PrescriptionFragment, unknown>;
export const SignPrescriptionForm_PrescriptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignPrescriptionForm_prescription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drugName"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"controlledSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"refills"}},{"kind":"Field","name":{"kind":"Name","value":"daysSupply"}},{"kind":"Field","name":{"kind":"Name","value":"sig"}},{"kind":"Field","name":{"kind":"Name","value":"substitutionAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ncpdpId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"drugs"}},{"kind":"Field","name":{"kind":"Name","value":"mechanism"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"washoutClearOn"}},{"kind":"Field","name":{"kind":"Name","value":"disclaimer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unscreenedMedications"}}]}}]} as unknown as DocumentNode<SignPrescriptionForm_PrescriptionFragment, unknown>;
export const NoteEditor_NoteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteEditor_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"groupNoteId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfService"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"hoursSinceSession"}},{"kind":"Field","name":{"kind":"Name","value":"missingForSignature"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionStart"}},{"kind":"Field","name":{"kind":"Name","value":"sessionEnd"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"patientAtHome"}},{"kind":"Field","name":{"kind":"Name","value":"patientLocation"}},{"kind":"Field","name":{"kind":"Name","value":"providerLocation"}},{"kind":"Field","name":{"kind":"Name","value":"telehealthConsent"}},{"kind":"Field","name":{"kind":"Name","value":"audioOnlyReason"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"participantNotes"}},{"kind":"Field","name":{"kind":"Name","value":"presentingConcerns"}},{"kind":"Field","name":{"kind":"Name","value":"symptoms"}},{"kind":"Field","name":{"kind":"Name","value":"mentalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"mentalStatusNotes"}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suicidalIdeation"}},{"kind":"Field","name":{"kind":"Name","value":"suicidePlan"}},{"kind":"Field","name":{"kind":"Name","value":"suicideIntent"}},{"kind":"Field","name":{"kind":"Name","value":"homicidalIdeation"}},{"kind":"Field","name":{"kind":"Name","value":"accessToMeans"}},{"kind":"Field","name":{"kind":"Name","value":"protectiveFactors"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"}},{"kind":"Field","name":{"kind":"Name","value":"interventionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"responseNotes"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAddressed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactiveComplexity"}},{"kind":"Field","name":{"kind":"Name","value":"interactiveComplexityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"emMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"mdmLevel"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"nextAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"nextAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReason"}},{"kind":"Field","name":{"kind":"Name","value":"historyOfPresentIllness"}},{"kind":"Field","name":{"kind":"Name","value":"psychiatricHistory"}},{"kind":"Field","name":{"kind":"Name","value":"medicalHistory"}},{"kind":"Field","name":{"kind":"Name","value":"substanceUseHistory"}},{"kind":"Field","name":{"kind":"Name","value":"traumaHistory"}},{"kind":"Field","name":{"kind":"Name","value":"familySocialHistory"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosticFormulation"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"groupTopic"}},{"kind":"Field","name":{"kind":"Name","value":"groupNarrative"}}]}}]}}]} as unknown as DocumentNode<NoteEditor_NoteFragment, unknown>;
export const SignedNote_NoteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedNote_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfService"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisCodes"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"lineFeesCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpt"}},{"kind":"Field","name":{"kind":"Name","value":"modifiers"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"placeOfService"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisPointers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fix"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]} as unknown as DocumentNode<SignedNote_NoteFragment, unknown>;
export const MyPatientsTable_PatientFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyPatientsTable_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"pronouns"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextVisitAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"bandLabel"}},{"kind":"Field","name":{"kind":"Name","value":"bandLevel"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}}]}}]}}]} as unknown as DocumentNode<MyPatientsTable_PatientFragment, unknown>;
export const PatientBanner_PatientFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientBanner_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"pronouns"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noKnownAllergiesOn"}},{"kind":"Field","name":{"kind":"Name","value":"openSafetyAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"allergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"bandLabel"}},{"kind":"Field","name":{"kind":"Name","value":"bandLevel"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}}]}}]}}]} as unknown as DocumentNode<PatientBanner_PatientFragment, unknown>;
export const ProblemList_PatientFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemList_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosedOn"}},{"kind":"Field","name":{"kind":"Name","value":"clinicalNote"}}]}}]}}]} as unknown as DocumentNode<ProblemList_PatientFragment, unknown>;
export const TreatmentPlanVersion_FieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatmentPlanVersion_fields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreatmentPlanVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"patientParticipation"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisId"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"targetMeasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleClinicianId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TreatmentPlanVersion_FieldsFragment, unknown>;
export const MyDayVisitsTable_VisitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyDayVisitsTable_visit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyDayVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCpt"}},{"kind":"Field","name":{"kind":"Name","value":"telehealth"}},{"kind":"Field","name":{"kind":"Name","value":"telehealthUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roomName"}},{"kind":"Field","name":{"kind":"Name","value":"patients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"noteId"}},{"kind":"Field","name":{"kind":"Name","value":"noteStatus"}},{"kind":"Field","name":{"kind":"Name","value":"measuresDue"}},{"kind":"Field","name":{"kind":"Name","value":"openSafetyAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"planReviewDueOn"}}]}}]}}]} as unknown as DocumentNode<MyDayVisitsTable_VisitFragment, unknown>;
export const ClinicianAttentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianAttention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAttention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsignedNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dateOfService"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"hoursSinceSession"}},{"kind":"Field","name":{"kind":"Name","value":"missingForSignature"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingMyCosignature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfService"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heldCharges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progressNoteId"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfService"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpt"}},{"kind":"Field","name":{"kind":"Name","value":"modifiers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fix"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClinicianAttentionQuery, ClinicianAttentionQueryVariables>;
export const ClinicianStaffNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianStaffNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ClinicianStaffNamesQuery, ClinicianStaffNamesQueryVariables>;
export const ClinicianGroupNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianGroupNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupNoteEditor_group"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupNoteEditor_group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfService"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"missingForSignature"}},{"kind":"Field","name":{"kind":"Name","value":"groupSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionStart"}},{"kind":"Field","name":{"kind":"Name","value":"sessionEnd"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"}},{"kind":"Field","name":{"kind":"Name","value":"interventionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingForSignature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"noteId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]}}]} as unknown as DocumentNode<ClinicianGroupNoteQuery, ClinicianGroupNoteQueryVariables>;
export const StartGroupNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartGroupNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startGroupNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appointmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartGroupNoteMutation, StartGroupNoteMutationVariables>;
export const SaveGroupNoteDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveGroupNoteDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shared"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupSharedContentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveGroupNoteDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"shared"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shared"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupNoteEditor_group"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupNoteEditor_group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfService"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"missingForSignature"}},{"kind":"Field","name":{"kind":"Name","value":"groupSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionStart"}},{"kind":"Field","name":{"kind":"Name","value":"sessionEnd"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"}},{"kind":"Field","name":{"kind":"Name","value":"interventionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingForSignature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"noteId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]}}]} as unknown as DocumentNode<SaveGroupNoteDraftMutation, SaveGroupNoteDraftMutationVariables>;
export const SignGroupNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignGroupNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signGroupNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupNoteEditor_group"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupNoteEditor_group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfService"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"missingForSignature"}},{"kind":"Field","name":{"kind":"Name","value":"groupSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionStart"}},{"kind":"Field","name":{"kind":"Name","value":"sessionEnd"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"}},{"kind":"Field","name":{"kind":"Name","value":"interventionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingForSignature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"noteId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]}}]} as unknown as DocumentNode<SignGroupNoteMutation, SignGroupNoteMutationVariables>;
export const ClinicianMeasureHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianMeasureHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instrument"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureInstrument"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measureHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instrument"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instrument"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minimumReliableChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administrationId"}},{"kind":"Field","name":{"kind":"Name","value":"administeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"administeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"bandLabel"}},{"kind":"Field","name":{"kind":"Name","value":"bandLevel"}},{"kind":"Field","name":{"kind":"Name","value":"isBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"changeFromBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"reliableChangeIndex"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"remission"}},{"kind":"Field","name":{"kind":"Name","value":"safetyFlag"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClinicianMeasureHistoryQuery, ClinicianMeasureHistoryQueryVariables>;
export const ClinicianMeasureFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianMeasureForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instrument"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureInstrument"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measureForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instrument"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instrument"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"shortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"recallPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"safetyItem"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skippedWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClinicianMeasureFormQuery, ClinicianMeasureFormQueryVariables>;
export const ClinicianAssignMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianAssignMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"intervalWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ClinicianAssignMeasureMutation, ClinicianAssignMeasureMutationVariables>;
export const ClinicianStopMeasureAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianStopMeasureAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopMeasureAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}}]}}]}}]} as unknown as DocumentNode<ClinicianStopMeasureAssignmentMutation, ClinicianStopMeasureAssignmentMutationVariables>;
export const ClinicianRecordMeasureResponsesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianRecordMeasureResponses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeasureResponsesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeasureResponses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ClinicianRecordMeasureResponsesMutation, ClinicianRecordMeasureResponsesMutationVariables>;
export const ClinicianSafetyAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianSafetyAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySafetyAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClinicianSafetyAlertsQuery, ClinicianSafetyAlertsQueryVariables>;
export const ClinicianSafetyAlertRaisedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ClinicianSafetyAlertRaised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safetyAlertRaised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}}]}}]}}]}}]} as unknown as DocumentNode<ClinicianSafetyAlertRaisedSubscription, ClinicianSafetyAlertRaisedSubscriptionVariables>;
export const ClinicianAcknowledgeSafetyAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianAcknowledgeSafetyAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyAlertAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeSafetyAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionNote"}}]}}]}}]} as unknown as DocumentNode<ClinicianAcknowledgeSafetyAlertMutation, ClinicianAcknowledgeSafetyAlertMutationVariables>;
export const ClinicianPatientMeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianPatientMeasures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measureAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"intervalWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measuresDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"}}]}}]}}]}}]} as unknown as DocumentNode<ClinicianPatientMeasuresQuery, ClinicianPatientMeasuresQueryVariables>;
export const ClinicianAddAllergyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianAddAllergy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAllergyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAllergy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}}]}}]}}]} as unknown as DocumentNode<ClinicianAddAllergyMutation, ClinicianAddAllergyMutationVariables>;
export const ClinicianAddMedicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianAddMedication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMedicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMedication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drugName"}}]}}]}}]} as unknown as DocumentNode<ClinicianAddMedicationMutation, ClinicianAddMedicationMutationVariables>;
export const ClinicianRemoveAllergyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianRemoveAllergy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAllergy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ClinicianRemoveAllergyMutation, ClinicianRemoveAllergyMutationVariables>;
export const ClinicianConfirmNoKnownAllergiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianConfirmNoKnownAllergies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmNoKnownAllergies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noKnownAllergiesOn"}}]}}]}}]} as unknown as DocumentNode<ClinicianConfirmNoKnownAllergiesMutation, ClinicianConfirmNoKnownAllergiesMutationVariables>;
export const ClinicianPatientMedicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianPatientMedications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasPrescribingCredentials"}},{"kind":"Field","name":{"kind":"Name","value":"totpActive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MedicationList_patient"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllergyList_patient"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PdmpCheckList_patient"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrescriptionList_patient"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrescribeDrawer_patient"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MedicationList_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drugName"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"sig"}},{"kind":"Field","name":{"kind":"Name","value":"prescriberName"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllergyList_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noKnownAllergiesOn"}},{"kind":"Field","name":{"kind":"Name","value":"allergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"notedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PdmpCheckList_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pdmpChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedById"}},{"kind":"Field","name":{"kind":"Name","value":"checkedByName"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"resultSummary"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrescriptionList_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prescriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"drugName"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"controlledSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"refills"}},{"kind":"Field","name":{"kind":"Name","value":"daysSupply"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrescribeDrawer_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pdmpChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedById"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<ClinicianPatientMedicationsQuery, ClinicianPatientMedicationsQueryVariables>;
export const ClinicianDraftPrescriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianDraftPrescription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftPrescriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftPrescription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignPrescriptionForm_prescription"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignPrescriptionForm_prescription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drugName"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"controlledSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"refills"}},{"kind":"Field","name":{"kind":"Name","value":"daysSupply"}},{"kind":"Field","name":{"kind":"Name","value":"sig"}},{"kind":"Field","name":{"kind":"Name","value":"substitutionAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ncpdpId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"drugs"}},{"kind":"Field","name":{"kind":"Name","value":"mechanism"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"washoutClearOn"}},{"kind":"Field","name":{"kind":"Name","value":"disclaimer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unscreenedMedications"}}]}}]} as unknown as DocumentNode<ClinicianDraftPrescriptionMutation, ClinicianDraftPrescriptionMutationVariables>;
export const ClinicianDiscardPrescriptionDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianDiscardPrescriptionDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardPrescriptionDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ClinicianDiscardPrescriptionDraftMutation, ClinicianDiscardPrescriptionDraftMutationVariables>;
export const ClinicianRecordPdmpCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianRecordPdmpCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPdmpCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPdmpCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultSummary"}}]}}]}}]} as unknown as DocumentNode<ClinicianRecordPdmpCheckMutation, ClinicianRecordPdmpCheckMutationVariables>;
export const ClinicianSignPrescriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianSignPrescription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SignPrescriptionInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signPrescription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrescriptionSignedResult_prescription"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrescriptionSignedResult_prescription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drugName"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"transmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outboxFile"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ClinicianSignPrescriptionMutation, ClinicianSignPrescriptionMutationVariables>;
export const ClinicianStopMedicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianStopMedication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StopMedicationInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopMedication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}}]}}]}}]} as unknown as DocumentNode<ClinicianStopMedicationMutation, ClinicianStopMedicationMutationVariables>;
export const ClinicianEnrollTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianEnrollTotp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollTotp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}}]}}]}}]} as unknown as DocumentNode<ClinicianEnrollTotpMutation, ClinicianEnrollTotpMutationVariables>;
export const ClinicianConfirmTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianConfirmTotp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTotp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"activeSince"}}]}}]}}]} as unknown as DocumentNode<ClinicianConfirmTotpMutation, ClinicianConfirmTotpMutationVariables>;
export const ScheduleFollowUpFromNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleFollowUpFromNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleFollowUpFromNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"noteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedInNote"}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteEditor_note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteEditor_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"groupNoteId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfService"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"hoursSinceSession"}},{"kind":"Field","name":{"kind":"Name","value":"missingForSignature"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionStart"}},{"kind":"Field","name":{"kind":"Name","value":"sessionEnd"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"patientAtHome"}},{"kind":"Field","name":{"kind":"Name","value":"patientLocation"}},{"kind":"Field","name":{"kind":"Name","value":"providerLocation"}},{"kind":"Field","name":{"kind":"Name","value":"telehealthConsent"}},{"kind":"Field","name":{"kind":"Name","value":"audioOnlyReason"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"participantNotes"}},{"kind":"Field","name":{"kind":"Name","value":"presentingConcerns"}},{"kind":"Field","name":{"kind":"Name","value":"symptoms"}},{"kind":"Field","name":{"kind":"Name","value":"mentalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"mentalStatusNotes"}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suicidalIdeation"}},{"kind":"Field","name":{"kind":"Name","value":"suicidePlan"}},{"kind":"Field","name":{"kind":"Name","value":"suicideIntent"}},{"kind":"Field","name":{"kind":"Name","value":"homicidalIdeation"}},{"kind":"Field","name":{"kind":"Name","value":"accessToMeans"}},{"kind":"Field","name":{"kind":"Name","value":"protectiveFactors"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"}},{"kind":"Field","name":{"kind":"Name","value":"interventionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"responseNotes"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAddressed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactiveComplexity"}},{"kind":"Field","name":{"kind":"Name","value":"interactiveComplexityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"emMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"mdmLevel"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"nextAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"nextAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReason"}},{"kind":"Field","name":{"kind":"Name","value":"historyOfPresentIllness"}},{"kind":"Field","name":{"kind":"Name","value":"psychiatricHistory"}},{"kind":"Field","name":{"kind":"Name","value":"medicalHistory"}},{"kind":"Field","name":{"kind":"Name","value":"substanceUseHistory"}},{"kind":"Field","name":{"kind":"Name","value":"traumaHistory"}},{"kind":"Field","name":{"kind":"Name","value":"familySocialHistory"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosticFormulation"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"groupTopic"}},{"kind":"Field","name":{"kind":"Name","value":"groupNarrative"}}]}}]}}]} as unknown as DocumentNode<ScheduleFollowUpFromNoteMutation, ScheduleFollowUpFromNoteMutationVariables>;
export const ClinicianNotePatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianNotePatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientBanner_patient"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientBanner_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"pronouns"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noKnownAllergiesOn"}},{"kind":"Field","name":{"kind":"Name","value":"openSafetyAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"allergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"bandLabel"}},{"kind":"Field","name":{"kind":"Name","value":"bandLevel"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}}]}}]}}]} as unknown as DocumentNode<ClinicianNotePatientQuery, ClinicianNotePatientQueryVariables>;
export const ClinicianProgressNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianProgressNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteEditor_note"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedNote_note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteEditor_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"groupNoteId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfService"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"hoursSinceSession"}},{"kind":"Field","name":{"kind":"Name","value":"missingForSignature"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionStart"}},{"kind":"Field","name":{"kind":"Name","value":"sessionEnd"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"patientAtHome"}},{"kind":"Field","name":{"kind":"Name","value":"patientLocation"}},{"kind":"Field","name":{"kind":"Name","value":"providerLocation"}},{"kind":"Field","name":{"kind":"Name","value":"telehealthConsent"}},{"kind":"Field","name":{"kind":"Name","value":"audioOnlyReason"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"participantNotes"}},{"kind":"Field","name":{"kind":"Name","value":"presentingConcerns"}},{"kind":"Field","name":{"kind":"Name","value":"symptoms"}},{"kind":"Field","name":{"kind":"Name","value":"mentalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"mentalStatusNotes"}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suicidalIdeation"}},{"kind":"Field","name":{"kind":"Name","value":"suicidePlan"}},{"kind":"Field","name":{"kind":"Name","value":"suicideIntent"}},{"kind":"Field","name":{"kind":"Name","value":"homicidalIdeation"}},{"kind":"Field","name":{"kind":"Name","value":"accessToMeans"}},{"kind":"Field","name":{"kind":"Name","value":"protectiveFactors"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"}},{"kind":"Field","name":{"kind":"Name","value":"interventionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"responseNotes"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAddressed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactiveComplexity"}},{"kind":"Field","name":{"kind":"Name","value":"interactiveComplexityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"emMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"mdmLevel"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"nextAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"nextAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReason"}},{"kind":"Field","name":{"kind":"Name","value":"historyOfPresentIllness"}},{"kind":"Field","name":{"kind":"Name","value":"psychiatricHistory"}},{"kind":"Field","name":{"kind":"Name","value":"medicalHistory"}},{"kind":"Field","name":{"kind":"Name","value":"substanceUseHistory"}},{"kind":"Field","name":{"kind":"Name","value":"traumaHistory"}},{"kind":"Field","name":{"kind":"Name","value":"familySocialHistory"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosticFormulation"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"groupTopic"}},{"kind":"Field","name":{"kind":"Name","value":"groupNarrative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedNote_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfService"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisCodes"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"lineFeesCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpt"}},{"kind":"Field","name":{"kind":"Name","value":"modifiers"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"placeOfService"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisPointers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fix"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]} as unknown as DocumentNode<ClinicianProgressNoteQuery, ClinicianProgressNoteQueryVariables>;
export const SaveProgressNoteDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveProgressNoteDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveProgressNoteDraftInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoteFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveProgressNoteDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteEditor_note"}},{"kind":"Field","name":{"kind":"Name","value":"rendered"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteEditor_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"groupNoteId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfService"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"hoursSinceSession"}},{"kind":"Field","name":{"kind":"Name","value":"missingForSignature"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionStart"}},{"kind":"Field","name":{"kind":"Name","value":"sessionEnd"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"patientAtHome"}},{"kind":"Field","name":{"kind":"Name","value":"patientLocation"}},{"kind":"Field","name":{"kind":"Name","value":"providerLocation"}},{"kind":"Field","name":{"kind":"Name","value":"telehealthConsent"}},{"kind":"Field","name":{"kind":"Name","value":"audioOnlyReason"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"participantNotes"}},{"kind":"Field","name":{"kind":"Name","value":"presentingConcerns"}},{"kind":"Field","name":{"kind":"Name","value":"symptoms"}},{"kind":"Field","name":{"kind":"Name","value":"mentalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"mentalStatusNotes"}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suicidalIdeation"}},{"kind":"Field","name":{"kind":"Name","value":"suicidePlan"}},{"kind":"Field","name":{"kind":"Name","value":"suicideIntent"}},{"kind":"Field","name":{"kind":"Name","value":"homicidalIdeation"}},{"kind":"Field","name":{"kind":"Name","value":"accessToMeans"}},{"kind":"Field","name":{"kind":"Name","value":"protectiveFactors"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"}},{"kind":"Field","name":{"kind":"Name","value":"interventionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"responseNotes"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAddressed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactiveComplexity"}},{"kind":"Field","name":{"kind":"Name","value":"interactiveComplexityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"emMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"mdmLevel"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"nextAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"nextAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReason"}},{"kind":"Field","name":{"kind":"Name","value":"historyOfPresentIllness"}},{"kind":"Field","name":{"kind":"Name","value":"psychiatricHistory"}},{"kind":"Field","name":{"kind":"Name","value":"medicalHistory"}},{"kind":"Field","name":{"kind":"Name","value":"substanceUseHistory"}},{"kind":"Field","name":{"kind":"Name","value":"traumaHistory"}},{"kind":"Field","name":{"kind":"Name","value":"familySocialHistory"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosticFormulation"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"groupTopic"}},{"kind":"Field","name":{"kind":"Name","value":"groupNarrative"}}]}}]}}]} as unknown as DocumentNode<SaveProgressNoteDraftMutation, SaveProgressNoteDraftMutationVariables>;
export const SignProgressNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignProgressNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signProgressNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteEditor_note"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedNote_note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteEditor_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"groupNoteId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfService"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"hoursSinceSession"}},{"kind":"Field","name":{"kind":"Name","value":"missingForSignature"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionStart"}},{"kind":"Field","name":{"kind":"Name","value":"sessionEnd"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"patientAtHome"}},{"kind":"Field","name":{"kind":"Name","value":"patientLocation"}},{"kind":"Field","name":{"kind":"Name","value":"providerLocation"}},{"kind":"Field","name":{"kind":"Name","value":"telehealthConsent"}},{"kind":"Field","name":{"kind":"Name","value":"audioOnlyReason"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"participantNotes"}},{"kind":"Field","name":{"kind":"Name","value":"presentingConcerns"}},{"kind":"Field","name":{"kind":"Name","value":"symptoms"}},{"kind":"Field","name":{"kind":"Name","value":"mentalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"mentalStatusNotes"}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suicidalIdeation"}},{"kind":"Field","name":{"kind":"Name","value":"suicidePlan"}},{"kind":"Field","name":{"kind":"Name","value":"suicideIntent"}},{"kind":"Field","name":{"kind":"Name","value":"homicidalIdeation"}},{"kind":"Field","name":{"kind":"Name","value":"accessToMeans"}},{"kind":"Field","name":{"kind":"Name","value":"protectiveFactors"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"}},{"kind":"Field","name":{"kind":"Name","value":"interventionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"responseNotes"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAddressed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactiveComplexity"}},{"kind":"Field","name":{"kind":"Name","value":"interactiveComplexityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"emMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"mdmLevel"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"nextAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"nextAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReason"}},{"kind":"Field","name":{"kind":"Name","value":"historyOfPresentIllness"}},{"kind":"Field","name":{"kind":"Name","value":"psychiatricHistory"}},{"kind":"Field","name":{"kind":"Name","value":"medicalHistory"}},{"kind":"Field","name":{"kind":"Name","value":"substanceUseHistory"}},{"kind":"Field","name":{"kind":"Name","value":"traumaHistory"}},{"kind":"Field","name":{"kind":"Name","value":"familySocialHistory"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosticFormulation"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"groupTopic"}},{"kind":"Field","name":{"kind":"Name","value":"groupNarrative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedNote_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfService"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisCodes"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"lineFeesCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpt"}},{"kind":"Field","name":{"kind":"Name","value":"modifiers"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"placeOfService"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisPointers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fix"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]} as unknown as DocumentNode<SignProgressNoteMutation, SignProgressNoteMutationVariables>;
export const StartProgressNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartProgressNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartProgressNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startProgressNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartProgressNoteMutation, StartProgressNoteMutationVariables>;
export const CosignProgressNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CosignProgressNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cosignProgressNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteEditor_note"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedNote_note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteEditor_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"groupNoteId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfService"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"hoursSinceSession"}},{"kind":"Field","name":{"kind":"Name","value":"missingForSignature"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionStart"}},{"kind":"Field","name":{"kind":"Name","value":"sessionEnd"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"patientAtHome"}},{"kind":"Field","name":{"kind":"Name","value":"patientLocation"}},{"kind":"Field","name":{"kind":"Name","value":"providerLocation"}},{"kind":"Field","name":{"kind":"Name","value":"telehealthConsent"}},{"kind":"Field","name":{"kind":"Name","value":"audioOnlyReason"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"participantNotes"}},{"kind":"Field","name":{"kind":"Name","value":"presentingConcerns"}},{"kind":"Field","name":{"kind":"Name","value":"symptoms"}},{"kind":"Field","name":{"kind":"Name","value":"mentalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"mentalStatusNotes"}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suicidalIdeation"}},{"kind":"Field","name":{"kind":"Name","value":"suicidePlan"}},{"kind":"Field","name":{"kind":"Name","value":"suicideIntent"}},{"kind":"Field","name":{"kind":"Name","value":"homicidalIdeation"}},{"kind":"Field","name":{"kind":"Name","value":"accessToMeans"}},{"kind":"Field","name":{"kind":"Name","value":"protectiveFactors"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"}},{"kind":"Field","name":{"kind":"Name","value":"interventionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"responseNotes"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAddressed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactiveComplexity"}},{"kind":"Field","name":{"kind":"Name","value":"interactiveComplexityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"emMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"mdmLevel"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"nextAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"nextAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"referralReason"}},{"kind":"Field","name":{"kind":"Name","value":"historyOfPresentIllness"}},{"kind":"Field","name":{"kind":"Name","value":"psychiatricHistory"}},{"kind":"Field","name":{"kind":"Name","value":"medicalHistory"}},{"kind":"Field","name":{"kind":"Name","value":"substanceUseHistory"}},{"kind":"Field","name":{"kind":"Name","value":"traumaHistory"}},{"kind":"Field","name":{"kind":"Name","value":"familySocialHistory"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosticFormulation"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"groupTopic"}},{"kind":"Field","name":{"kind":"Name","value":"groupNarrative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedNote_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfService"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisCodes"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"lineFeesCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpt"}},{"kind":"Field","name":{"kind":"Name","value":"modifiers"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"placeOfService"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisPointers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fix"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]} as unknown as DocumentNode<CosignProgressNoteMutation, CosignProgressNoteMutationVariables>;
export const AddNoteAddendumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNoteAddendum"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddNoteAddendumInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNoteAddendum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]} as unknown as DocumentNode<AddNoteAddendumMutation, AddNoteAddendumMutationVariables>;
export const ClinicianNotePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianNotePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoteFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rendered"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}}]}}]}}]}}]} as unknown as DocumentNode<ClinicianNotePreviewQuery, ClinicianNotePreviewQueryVariables>;
export const ClinicianNoteVocabularyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianNoteVocabulary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noteVocabulary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<ClinicianNoteVocabularyQuery, ClinicianNoteVocabularyQueryVariables>;
export const ClinicianAddDiagnosisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianAddDiagnosis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDiagnosisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDiagnosis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}}]}}]}}]} as unknown as DocumentNode<ClinicianAddDiagnosisMutation, ClinicianAddDiagnosisMutationVariables>;
export const ClinicianUpdateDiagnosisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianUpdateDiagnosis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDiagnosisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDiagnosis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}}]}}]}}]} as unknown as DocumentNode<ClinicianUpdateDiagnosisMutation, ClinicianUpdateDiagnosisMutationVariables>;
export const ClinicianIcd10CodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianIcd10Codes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dateOfService"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"icd10Codes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"dateOfService"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dateOfService"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"billable"}}]}}]}}]} as unknown as DocumentNode<ClinicianIcd10CodesQuery, ClinicianIcd10CodesQueryVariables>;
export const RequestEmergencyAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEmergencyAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmergencyAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<RequestEmergencyAccessMutation, RequestEmergencyAccessMutationVariables>;
export const ClinicianMyPatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianMyPatients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notImprovingWeeks"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyPatientsTable_patient"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notImprovingPatients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weeks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notImprovingWeeks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"weeksSinceBaseline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"practiceTimeZone"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyPatientsTable_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"pronouns"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextVisitAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"bandLabel"}},{"kind":"Field","name":{"kind":"Name","value":"bandLevel"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}}]}}]}}]} as unknown as DocumentNode<ClinicianMyPatientsQuery, ClinicianMyPatientsQueryVariables>;
export const ClinicianPatientChartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianPatientChart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientBanner_patient"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientBanner_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"pronouns"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"careTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noKnownAllergiesOn"}},{"kind":"Field","name":{"kind":"Name","value":"openSafetyAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"allergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"bandLabel"}},{"kind":"Field","name":{"kind":"Name","value":"bandLevel"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}}]}}]}}]} as unknown as DocumentNode<ClinicianPatientChartQuery, ClinicianPatientChartQueryVariables>;
export const ClinicianPatientDiagnosesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianPatientDiagnoses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemList_patient"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemList_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosedOn"}},{"kind":"Field","name":{"kind":"Name","value":"clinicalNote"}}]}}]}}]} as unknown as DocumentNode<ClinicianPatientDiagnosesQuery, ClinicianPatientDiagnosesQueryVariables>;
export const ClinicianPatientNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianPatientNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progressNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfService"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingCosignature"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ClinicianPatientNotesQuery, ClinicianPatientNotesQueryVariables>;
export const ClinicianSaveTreatmentPlanDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianSaveTreatmentPlanDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveTreatmentPlanDraftInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveTreatmentPlanDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentPlanVersion_fields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatmentPlanVersion_fields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreatmentPlanVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"patientParticipation"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisId"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"targetMeasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleClinicianId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClinicianSaveTreatmentPlanDraftMutation, ClinicianSaveTreatmentPlanDraftMutationVariables>;
export const ClinicianActivateTreatmentPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianActivateTreatmentPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateTreatmentPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ClinicianActivateTreatmentPlanMutation, ClinicianActivateTreatmentPlanMutationVariables>;
export const ClinicianDiscardTreatmentPlanDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianDiscardTreatmentPlanDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardTreatmentPlanDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<ClinicianDiscardTreatmentPlanDraftMutation, ClinicianDiscardTreatmentPlanDraftMutationVariables>;
export const ClinicianRequestTreatmentPlanSignatureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianRequestTreatmentPlanSignature"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planVersionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestTreatmentPlanSignature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planVersionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}}]}}]} as unknown as DocumentNode<ClinicianRequestTreatmentPlanSignatureMutation, ClinicianRequestTreatmentPlanSignatureMutationVariables>;
export const ClinicianPatientTreatmentPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianPatientTreatmentPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"treatmentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"active"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentPlanVersion_fields"}},{"kind":"Field","name":{"kind":"Name","value":"signatureRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentPlanVersion_fields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treatmentPlanVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentPlanVersion_fields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatmentPlanVersion_fields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreatmentPlanVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"patientParticipation"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisId"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"targetMeasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleClinicianId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClinicianPatientTreatmentPlanQuery, ClinicianPatientTreatmentPlanQueryVariables>;
export const ClinicianReviseTreatmentPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianReviseTreatmentPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseTreatmentPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ClinicianReviseTreatmentPlanMutation, ClinicianReviseTreatmentPlanMutationVariables>;
export const ClinicianMyPsychotherapyNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianMyPsychotherapyNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPsychotherapyNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ClinicianMyPsychotherapyNotesQuery, ClinicianMyPsychotherapyNotesQueryVariables>;
export const ClinicianWritePsychotherapyNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianWritePsychotherapyNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WritePsychotherapyNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writePsychotherapyNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ClinicianWritePsychotherapyNoteMutation, ClinicianWritePsychotherapyNoteMutationVariables>;
export const ClinicianUpdatePsychotherapyNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianUpdatePsychotherapyNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePsychotherapyNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ClinicianUpdatePsychotherapyNoteMutation, ClinicianUpdatePsychotherapyNoteMutationVariables>;
export const ClinicianDeletePsychotherapyNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClinicianDeletePsychotherapyNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePsychotherapyNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ClinicianDeletePsychotherapyNoteMutation, ClinicianDeletePsychotherapyNoteMutationVariables>;
export const ClinicianMyDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicianMyDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"facilityIds"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyDayVisitsTable_visit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyDayVisitsTable_visit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyDayVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCpt"}},{"kind":"Field","name":{"kind":"Name","value":"telehealth"}},{"kind":"Field","name":{"kind":"Name","value":"telehealthUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roomName"}},{"kind":"Field","name":{"kind":"Name","value":"patients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"noteId"}},{"kind":"Field","name":{"kind":"Name","value":"noteStatus"}},{"kind":"Field","name":{"kind":"Name","value":"measuresDue"}},{"kind":"Field","name":{"kind":"Name","value":"openSafetyAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"planReviewDueOn"}}]}}]}}]} as unknown as DocumentNode<ClinicianMyDayQuery, ClinicianMyDayQueryVariables>;
export const ClinicianMyDayCalendarChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ClinicianMyDayCalendarChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"facilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}}]}}]}}]} as unknown as DocumentNode<ClinicianMyDayCalendarChangedSubscription, ClinicianMyDayCalendarChangedSubscriptionVariables>;