import type { IdeationLevel, Modality, NoteFormat, NoteService, RiskLevel } from '../../../gql/graphql';

/** What the session was: it decides the CPT code family, so it is named the way clinicians bill it. */
export const SERVICE_LABELS: Readonly<Record<NoteService, string>> = {
  PSYCHOTHERAPY: 'Psychotherapy',
  INTAKE: 'Diagnostic evaluation (intake)',
  INTAKE_MEDICAL: 'Psychiatric evaluation with medical services',
  FAMILY_WITH_PATIENT: 'Family therapy, patient present',
  FAMILY_WITHOUT_PATIENT: 'Family therapy, patient not present',
  CRISIS: 'Crisis psychotherapy',
  EM_WITH_PSYCHOTHERAPY: 'Medication management with psychotherapy',
  EM_ONLY: 'Medication management (E/M only)',
  GROUP: 'Group psychotherapy',
};

/** What a clinician may pick for a visit note (group notes are written from the group session). */
export const SERVICE_ORDER: readonly NoteService[] = [
  'PSYCHOTHERAPY',
  'INTAKE',
  'INTAKE_MEDICAL',
  'FAMILY_WITH_PATIENT',
  'FAMILY_WITHOUT_PATIENT',
  'CRISIS',
  'EM_WITH_PSYCHOTHERAPY',
  'EM_ONLY',
];

/** Intake services: the note carries the initial assessment's histories. */
export const INTAKE_SERVICES: readonly NoteService[] = ['INTAKE', 'INTAKE_MEDICAL'];

/** Services that bill an E/M code: the prescriber documents E/M time and the MDM level. */
export const EM_SERVICES: readonly NoteService[] = ['EM_WITH_PSYCHOTHERAPY', 'EM_ONLY', 'INTAKE_MEDICAL'];

export const MODALITY_LABELS: Readonly<Record<Modality, string>> = {
  IN_PERSON: 'In person',
  VIDEO: 'Video',
  AUDIO_ONLY: 'Audio only',
};

export const IDEATION_LABELS: Readonly<Record<IdeationLevel, string>> = {
  DENIED: 'Denied',
  PASSIVE: 'Passive',
  ACTIVE: 'Active',
};

export const RISK_LEVEL_LABELS: Readonly<Record<RiskLevel, string>> = {
  LOW: 'Low',
  MODERATE: 'Moderate',
  HIGH: 'High',
};

export const FORMAT_OPTIONS: readonly { value: NoteFormat; label: string; description: string }[] = [
  { value: 'SOAP', label: 'SOAP', description: 'Subjective, Objective, Assessment, Plan' },
  { value: 'DAP', label: 'DAP', description: 'Data, Assessment, Plan' },
  { value: 'BIRP', label: 'BIRP', description: 'Behavior, Intervention, Response, Plan' },
  { value: 'GIRP', label: 'GIRP', description: 'Goals, Intervention, Response, Plan' },
];
