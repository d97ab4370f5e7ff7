export { Diagnosis, DiagnosisStatus } from './diagnosis.entity';
export { DiagnosisResolver, PatientDiagnosesResolver } from './diagnosis.resolver';
export { clinicalPermissions } from './clinical.permissions';
export { codeSetYearFor, fiscalYearOf, Icd10Code, lookupIcd10 } from './icd10-code-set';
export { NoteAddendum, NoteFormat, NoteStatus, ProgressNote } from './notes/progress-note.entity';
export { PatientProgressNotesResolver, ProgressNoteResolver } from './notes/progress-note.resolver';
export { ClinicianAttentionResolver } from './notes/my-attention.resolver';
export { chargeSignedNote } from './notes/note-charge';
export { GroupNote } from './notes/group-note.entity';
export { GroupNoteResolver } from './notes/group-note.resolver';
export { notesPermissions } from './notes/notes.permissions';
export { MyDayResolver } from './workspace/my-day.resolver';
export { PatientVisitDatesResolver } from './workspace/visit-dates.resolver';
export { AttentionCountsResolver } from './workspace/attention-counts';
export { PatientChartResolver } from './workspace/chart.resolver';
export { ViewerPracticeTimeZoneResolver } from './workspace/practice-time-zone.resolver';
export {
  PlanSignatureStatus,
  PlanStatus,
  TreatmentPlan,
  TreatmentPlanSignatureRequest,
  TreatmentPlanVersion,
} from './plans/treatment-plan.entity';
export {
  PatientTreatmentPlanResolver,
  TreatmentPlanResolver,
  TreatmentPlanSignatureRequestResolver,
} from './plans/treatment-plan.resolver';
export { plansPermissions } from './plans/plans.permissions';
export { planReviewsDueFor, type PlanReviewDue } from './plans/plan-reviews-due';
export { PsychotherapyNote } from './psychotherapy/psychotherapy-note.entity';
export { PsychotherapyNoteResolver } from './psychotherapy/psychotherapy-note.resolver';
export { psychotherapyPermissions } from './psychotherapy/psychotherapy.permissions';
export { MeasureAssignment } from './measures/measure-assignment.entity';
export { MeasureAdministration } from './measures/measure-administration.entity';
export { SafetyAlert } from './measures/safety-alert.entity';
export {
  MeasureAdministrationResolver,
  MeasureAssignmentResolver,
  MeasuresResolver,
  NotImprovingMeasureResolver,
  PatientMeasuresResolver,
  SafetyAlertResolver,
} from './measures/measures.resolver';
export { SafetyAlertSubscriptionResolver } from './measures/safety-alerts.subscription';
export { measuresPermissions } from './measures/measures.permissions';
export { latestScoresFor, measuresDueFor, openSafetyAlertCountsFor } from './measures/measure-queries';
export {
  Allergy,
  AllergyResolver,
  FormularyResolver,
  Medication,
  MedicationResolver,
  medicationsPermissions,
  PatientMedicationsResolver,
  PdmpCheck,
  PdmpCheckResolver,
  PrescriberCredentialsResolver,
  Prescription,
  PrescriptionResolver,
  prescriptionPdf,
  prescribingAdapters,
} from './medications';
export * as coding from './coding';
export * as measures from './measures';
export * as prescribing from './prescribing';
