/**
 * The vocabulary shared by code selection (`cpt-rules.ts`) and the documentation checks
 * (`documentation-checks.ts`): what a signed progress note documents about the service, the shape of
 * a charge line, and the code-set facts (time thresholds, code groups) both sides read.
 *
 * The facts live here rather than in either rule file for two reasons: the code picked for 47 minutes
 * and the check that 47 minutes support a code must read the same numbers, and dependencies stay
 * one-way (documented-service ← documentation-checks ← cpt-rules).
 *
 * Plain data only: no ORM, no I/O. CPT codes appear with our own short labels; the AMA owns the
 * descriptors (domain.md §0.3).
 */

export type ServiceKind =
  | 'PSYCHOTHERAPY'
  /** 90791: diagnostic evaluation without medical services. */
  | 'INTAKE'
  /** 90792: diagnostic evaluation with medical services. */
  | 'INTAKE_MEDICAL'
  | 'FAMILY_WITH_PATIENT'
  | 'FAMILY_WITHOUT_PATIENT'
  | 'GROUP'
  | 'CRISIS'
  | 'EM_WITH_PSYCHOTHERAPY'
  | 'EM_ONLY';

export type Modality = 'IN_PERSON' | 'VIDEO' | 'AUDIO_ONLY';

/** The four factors that justify +90785; a spoken-language difference alone is not one (CPT 2022). */
export type InteractiveComplexityReason =
  'MALADAPTIVE_COMMUNICATION' | 'CAREGIVER_INTERFERENCE' | 'SENTINEL_EVENT' | 'PLAY_EQUIPMENT_OR_INTERPRETER';

/** E/M level by medical decision making: 2 straightforward … 5 high. */
export type EmMdmLevel = 2 | 3 | 4 | 5;

export interface RenderingProvider {
  canPrescribe: boolean;
  /** MD, DO, NP or PA: the only clinicians who may bill 90792 and E/M visits. */
  medicalProvider: boolean;
  /** False for a pre-licensed clinician, whose notes need the supervisor's co-signature. */
  licensed: boolean;
}

export interface DocumentedDiagnosis {
  /** ICD-10-CM with the dot, e.g. `F41.1`. */
  code: string;
  /** Valid on a claim for the date of service: false for a category header or a code not in that year's set. */
  billable: boolean;
  primary: boolean;
}

export interface CrisisDocumentation {
  riskAssessment: boolean;
  safetyPlan: boolean;
}

/** What a signed progress note documents about the service it records. */
export interface DocumentedService {
  kind: ServiceKind;
  /** YYYY-MM-DD. */
  dateOfService: string;
  /** Face-to-face psychotherapy minutes from the start and end times; null when the note has none. */
  psychotherapyMinutes: number | null;
  /** E/M practitioner time on the date, EXCLUDING psychotherapy minutes. */
  emMinutes?: number | null;
  emMdmLevel?: EmMdmLevel | null;
  /** E/M new vs established patient. */
  newPatient: boolean;
  interactiveComplexity: InteractiveComplexityReason | null;
  modality: Modality;
  /** Telehealth with the patient at home (POS 10) rather than elsewhere (POS 02). */
  patientAtHome: boolean;
  /** The facility's place of service for in-person visits, e.g. `11` office. */
  facilityPlaceOfService: string;
  renderingProvider: RenderingProvider;
  /** Only relevant when the rendering provider is not licensed. */
  coSignedBySupervisor: boolean;
  /** In problem-list order. */
  diagnoses: DocumentedDiagnosis[];
  crisisDocumentation?: CrisisDocumentation | null;
  /** Who was present, e.g. family members by relationship. */
  participants?: string[];
}

export interface TelehealthCodingRules {
  /** Place of service for telehealth; audio-only visits use it too (Medicare uses POS 02/10 for both). */
  videoPlaceOfService: { home: string; other: string };
  videoModifiers: string[];
  audioOnlyModifiers: string[];
  audioOnlyAllowed: boolean;
}

/** The part of a payer's configuration that changes how a service is coded. */
export interface PayerCodingRules {
  telehealth: TelehealthCodingRules;
}

/** The practice default, which follows traditional Medicare's 2024-2025 telehealth guidance. */
export const PRACTICE_DEFAULT_CODING_RULES: PayerCodingRules = {
  telehealth: {
    videoPlaceOfService: { home: '10', other: '02' },
    videoModifiers: ['95'],
    audioOnlyModifiers: ['93'],
    audioOnlyAllowed: true,
  },
};

export interface ChargeLine {
  cpt: string;
  modifiers: string[];
  units: number;
  placeOfService: string;
  /** 1-based into the claim's diagnosis list, primary first. */
  diagnosisPointers: number[];
}

// ---------------------------------------------------------------------------------------------------
// Code-set facts
// ---------------------------------------------------------------------------------------------------

/** An 837P claim carries at most 12 diagnoses (HI), and a line points to at most 4 of them (SV107). */
export const MAX_CLAIM_DIAGNOSES = 12;
export const MAX_POINTERS_PER_LINE = 4;

/** A code billed by time and the fewest documented minutes that support it. */
export interface TimedCode {
  readonly cpt: string;
  readonly minMinutes: number;
}

/**
 * CPT's time rule: a timed code is reportable once the midpoint of its nominal time is passed
 * (30 → 16, 45 → 38, 60 → 53). Shortest first; a longer session is still the longest code.
 */
export const INDIVIDUAL_PSYCHOTHERAPY: readonly TimedCode[] = [
  { cpt: '90832', minMinutes: 16 },
  { cpt: '90834', minMinutes: 38 },
  { cpt: '90837', minMinutes: 53 },
];

/** The same ladder as add-ons to an E/M visit (prescribers only), which replace 90832/90834/90837. */
export const PSYCHOTHERAPY_WITH_EM: readonly TimedCode[] = [
  { cpt: '90833', minMinutes: 16 },
  { cpt: '90836', minMinutes: 38 },
  { cpt: '90838', minMinutes: 53 },
];

/** Family psychotherapy is nominally 50 minutes, so either code is reportable from 26. */
export const FAMILY_WITH_PATIENT: TimedCode = { cpt: '90847', minMinutes: 26 };
export const FAMILY_WITHOUT_PATIENT: TimedCode = { cpt: '90846', minMinutes: 26 };

/** 90839 covers the first 30-74 minutes of crisis psychotherapy on a date. */
export const CRISIS_FIRST_HOUR: TimedCode = { cpt: '90839', minMinutes: 30 };
/** +90840: each further 30 minutes, the first unit from minute 75 (75-104 → 1, 105-134 → 2). */
export const CRISIS_ADD_ON = '90840';
const CRISIS_ADD_ON_FIRST_UNIT_AT = 75;
const CRISIS_ADD_ON_BLOCK_MINUTES = 30;

export const DIAGNOSTIC_EVALUATION = '90791';
export const DIAGNOSTIC_EVALUATION_MEDICAL = '90792';
export const GROUP_PSYCHOTHERAPY = '90853';
export const INTERACTIVE_COMPLEXITY = '90785';

/** +90785 goes only with these (CPT); never with crisis, family psychotherapy or an E/M visit alone. */
export const INTERACTIVE_COMPLEXITY_PRIMARIES: ReadonlySet<string> = new Set([
  DIAGNOSTIC_EVALUATION,
  DIAGNOSTIC_EVALUATION_MEDICAL,
  ...INDIVIDUAL_PSYCHOTHERAPY.map((c) => c.cpt),
  ...PSYCHOTHERAPY_WITH_EM.map((c) => c.cpt),
  GROUP_PSYCHOTHERAPY,
]);

/** Every code that is psychotherapy in the payer's eyes (the Z-code-primary warning looks for these). */
export const PSYCHOTHERAPY_CODES: ReadonlySet<string> = new Set([
  ...INDIVIDUAL_PSYCHOTHERAPY.map((c) => c.cpt),
  ...PSYCHOTHERAPY_WITH_EM.map((c) => c.cpt),
  CRISIS_FIRST_HOUR.cpt,
  CRISIS_ADD_ON,
  FAMILY_WITH_PATIENT.cpt,
  FAMILY_WITHOUT_PATIENT.cpt,
  GROUP_PSYCHOTHERAPY,
]);

/** An office E/M level: chosen by medical decision making or by time, whichever is higher. */
export interface EmLevelCode extends TimedCode {
  readonly level: EmMdmLevel;
}

/** Total practitioner time must be met or exceeded (CPT 2024). */
export const EM_NEW_PATIENT: readonly EmLevelCode[] = [
  { cpt: '99202', level: 2, minMinutes: 15 },
  { cpt: '99203', level: 3, minMinutes: 30 },
  { cpt: '99204', level: 4, minMinutes: 45 },
  { cpt: '99205', level: 5, minMinutes: 60 },
];

export const EM_ESTABLISHED_PATIENT: readonly EmLevelCode[] = [
  { cpt: '99212', level: 2, minMinutes: 10 },
  { cpt: '99213', level: 3, minMinutes: 20 },
  { cpt: '99214', level: 4, minMinutes: 30 },
  { cpt: '99215', level: 5, minMinutes: 40 },
];

/** Modifiers that say "telehealth" to some payer; none belongs on an in-person line. */
export const TELEHEALTH_MODIFIERS: ReadonlySet<string> = new Set(['95', '93', 'FQ', 'GT', 'GQ']);

// ---------------------------------------------------------------------------------------------------
// Reading the facts
// ---------------------------------------------------------------------------------------------------

/** The longest code of a ladder that `minutes` support, or null when even the shortest is not met. */
export function longestCodeSupported<T extends TimedCode>(ladder: readonly T[], minutes: number): T | null {
  let supported: T | null = null;
  for (const code of ladder) if (minutes >= code.minMinutes) supported = code;
  return supported;
}

/** Units of +90840 that crisis minutes support: 0 below 75, then one per started 30-minute block past 74. */
export function crisisAddOnUnits(minutes: number): number {
  if (minutes < CRISIS_ADD_ON_FIRST_UNIT_AT) return 0;
  return Math.floor((minutes - CRISIS_ADD_ON_FIRST_UNIT_AT) / CRISIS_ADD_ON_BLOCK_MINUTES) + 1;
}

/** The fewest crisis minutes that support `units` of +90840 (1 → 75, 2 → 105). */
export function minutesForCrisisAddOnUnits(units: number): number {
  return CRISIS_ADD_ON_FIRST_UNIT_AT + (units - 1) * CRISIS_ADD_ON_BLOCK_MINUTES;
}

export function emLadder(newPatient: boolean): readonly EmLevelCode[] {
  return newPatient ? EM_NEW_PATIENT : EM_ESTABLISHED_PATIENT;
}

/** The E/M level code of either ladder, or undefined when `cpt` is not an office E/M code. */
export function emLevelOf(cpt: string): EmLevelCode | undefined {
  return EM_NEW_PATIENT.find((c) => c.cpt === cpt) ?? EM_ESTABLISHED_PATIENT.find((c) => c.cpt === cpt);
}

/**
 * The E/M code the documentation supports: the higher of the level by medical decision making and
 * the level by E/M time (which excludes psychotherapy minutes), or null when neither reaches level 2.
 */
export function emCodeSupported(
  service: Pick<DocumentedService, 'newPatient' | 'emMdmLevel' | 'emMinutes'>,
): EmLevelCode | null {
  const ladder = emLadder(service.newPatient);
  const byDecisionMaking = ladder.find((c) => c.level === service.emMdmLevel) ?? null;
  const byTime = service.emMinutes == null ? null : longestCodeSupported(ladder, service.emMinutes);
  if (!byDecisionMaking) return byTime;
  if (!byTime) return byDecisionMaking;
  return byTime.level > byDecisionMaking.level ? byTime : byDecisionMaking;
}

/** Place of service and modifiers every line of this visit carries, per the payer's telehealth table. */
export function placeAndModifiersFor(
  service: Pick<DocumentedService, 'modality' | 'patientAtHome' | 'facilityPlaceOfService'>,
  payer: PayerCodingRules,
): { placeOfService: string; modifiers: string[] } {
  const { telehealth } = payer;
  const telehealthPlace = service.patientAtHome
    ? telehealth.videoPlaceOfService.home
    : telehealth.videoPlaceOfService.other;
  switch (service.modality) {
    case 'IN_PERSON':
      return { placeOfService: service.facilityPlaceOfService, modifiers: [] };
    case 'VIDEO':
      return { placeOfService: telehealthPlace, modifiers: [...telehealth.videoModifiers] };
    case 'AUDIO_ONLY':
      return { placeOfService: telehealthPlace, modifiers: [...telehealth.audioOnlyModifiers] };
  }
}
