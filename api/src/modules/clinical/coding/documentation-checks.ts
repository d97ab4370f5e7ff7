/**
 * Documentation checks that explain themselves: each rule looks at what the note documents and the
 * charge lines proposed for it, and when something is wrong says what, in plain language, and how to
 * fix it. An ERROR holds the charge; a WARNING lets it through.
 *
 * The rules judge any lines, not only the ones `codeService` picks, so a biller's edited lines can be
 * re-checked with the same list (domain.md §3.5, the claim-scrubber edits).
 *
 * Messages name codes and minutes, never the patient (no PHI).
 */
import {
  type ChargeLine,
  CRISIS_ADD_ON,
  CRISIS_FIRST_HOUR,
  crisisAddOnUnits,
  DIAGNOSTIC_EVALUATION,
  DIAGNOSTIC_EVALUATION_MEDICAL,
  type DocumentedService,
  EM_ESTABLISHED_PATIENT,
  EM_NEW_PATIENT,
  emCodeSupported,
  emLadder,
  emLevelOf,
  FAMILY_WITH_PATIENT,
  FAMILY_WITHOUT_PATIENT,
  GROUP_PSYCHOTHERAPY,
  INDIVIDUAL_PSYCHOTHERAPY,
  INTERACTIVE_COMPLEXITY,
  INTERACTIVE_COMPLEXITY_PRIMARIES,
  longestCodeSupported,
  MAX_CLAIM_DIAGNOSES,
  MAX_POINTERS_PER_LINE,
  minutesForCrisisAddOnUnits,
  type Modality,
  type PayerCodingRules,
  placeAndModifiersFor,
  PSYCHOTHERAPY_CODES,
  PSYCHOTHERAPY_WITH_EM,
  type ServiceKind,
  TELEHEALTH_MODIFIERS,
  type TimedCode,
} from './documented-service';

export type Severity = 'ERROR' | 'WARNING';

export type DocumentationRuleId =
  | 'COSIGNED_BY_SUPERVISOR'
  | 'MINUTES_DOCUMENTED'
  | 'PSYCHOTHERAPY_MINIMUM_TIME'
  | 'FAMILY_MINIMUM_TIME'
  | 'CRISIS_MINIMUM_TIME'
  | 'EM_LEVEL_DOCUMENTED'
  | 'TIME_SUPPORTS_CODE'
  | 'CRISIS_RISK_AND_SAFETY_PLAN_DOCUMENTED'
  | 'FAMILY_PARTICIPANTS_DOCUMENTED'
  | 'MEDICAL_EVALUATION_BY_MEDICAL_PROVIDER'
  | 'EM_BY_MEDICAL_PROVIDER'
  | 'ONE_PSYCHOTHERAPY_CODE_PER_SESSION'
  | 'ADD_ON_WITH_PRIMARY'
  | 'NO_MUTUALLY_EXCLUSIVE_CODES'
  | 'INTERACTIVE_COMPLEXITY_REASON_DOCUMENTED'
  | 'INTERACTIVE_COMPLEXITY_WITH_ALLOWED_SERVICE'
  | 'AUDIO_ONLY_COVERED_BY_PAYER'
  | 'PLACE_OF_SERVICE_MATCHES_MODALITY'
  | 'BILLABLE_DIAGNOSIS_PRESENT'
  | 'NO_HEADER_DIAGNOSIS_CODES'
  | 'SPECIFIC_DIAGNOSIS_CODES'
  | 'NO_Z_CODE_PRIMARY_FOR_PSYCHOTHERAPY'
  | 'PRIMARY_DIAGNOSIS_MARKED'
  | 'DIAGNOSES_FIT_ON_CLAIM'
  | 'DIAGNOSIS_POINTERS_VALID';

export interface DocumentationFinding {
  ruleId: DocumentationRuleId;
  severity: Severity;
  /** What is wrong, in the words a clinician or biller uses. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** What a check needs beyond the note and the lines: the payer's rules and the claim's diagnosis list. */
export interface CheckContext {
  payer: PayerCodingRules;
  /** The claim's ICD-10-CM codes, primary first; line pointers index into it (1-based). */
  diagnosisCodes: readonly string[];
}

export interface DocumentationRule {
  /** Stable: stored with findings and used by the UI. */
  id: DocumentationRuleId;
  severity: Severity;
  /** The rule in one sentence, for a screen that lists the rules. */
  summary: string;
  check(service: DocumentedService, lines: readonly ChargeLine[], context: CheckContext): DocumentationFinding | null;
}

type Problem = Pick<DocumentationFinding, 'message' | 'fix'>;

function defineRule(
  id: DocumentationRuleId,
  severity: Severity,
  summary: string,
  detect: (service: DocumentedService, lines: readonly ChargeLine[], context: CheckContext) => Problem | null,
): DocumentationRule {
  return {
    id,
    severity,
    summary,
    check(service, lines, context) {
      const problem = detect(service, lines, context);
      return problem && { ruleId: id, severity, ...problem };
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Wording helpers
// ---------------------------------------------------------------------------------------------------

const SERVICE_LABEL: Record<ServiceKind, string> = {
  PSYCHOTHERAPY: 'individual psychotherapy',
  INTAKE: 'a diagnostic evaluation',
  INTAKE_MEDICAL: 'a diagnostic evaluation with medical services',
  FAMILY_WITH_PATIENT: 'family psychotherapy with the patient',
  FAMILY_WITHOUT_PATIENT: 'family psychotherapy without the patient',
  GROUP: 'group psychotherapy',
  CRISIS: 'crisis psychotherapy',
  EM_WITH_PSYCHOTHERAPY: 'an E/M visit with psychotherapy',
  EM_ONLY: 'an E/M visit',
};

const MODALITY_LABEL: Record<Modality, string> = {
  IN_PERSON: 'an in-person visit',
  VIDEO: 'a video visit',
  AUDIO_ONLY: 'an audio-only visit',
};

/** "F32", "F32 and F41", "F32, F41 and F43.1". */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Joins one or more problems found by the same rule into a single finding. */
function combine(problems: readonly Problem[]): Problem | null {
  if (problems.length === 0) return null;
  return {
    message: problems.map((p) => p.message).join(' '),
    fix: [...new Set(problems.map((p) => p.fix))].join(' '),
  };
}

/** "1 unit of 90840", "2 units of 90840". */
function unitsOf(units: number, cpt: string): string {
  return `${units} unit${units === 1 ? '' : 's'} of ${cpt}`;
}

function has(lines: readonly ChargeLine[], cpt: string): boolean {
  return lines.some((line) => line.cpt === cpt);
}

const FIX_TIMES = 'correct the start and end times in an addendum';

// ---------------------------------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------------------------------

/** Kinds billed by face-to-face psychotherapy minutes (the E/M add-on included). */
const TIMED_KINDS: ReadonlySet<ServiceKind> = new Set([
  'PSYCHOTHERAPY',
  'FAMILY_WITH_PATIENT',
  'FAMILY_WITHOUT_PATIENT',
  'CRISIS',
  'EM_WITH_PSYCHOTHERAPY',
]);

/** Each timed code, with the ladder to fall back on when the minutes do not reach it. */
const TIMED_CODES = new Map<string, { code: TimedCode; fallback: readonly TimedCode[] }>([
  ...INDIVIDUAL_PSYCHOTHERAPY.map((code) => [code.cpt, { code, fallback: INDIVIDUAL_PSYCHOTHERAPY }] as const),
  ...PSYCHOTHERAPY_WITH_EM.map((code) => [code.cpt, { code, fallback: PSYCHOTHERAPY_WITH_EM }] as const),
  // Crisis under 30 minutes is billed as ordinary psychotherapy (90832), per CPT.
  [CRISIS_FIRST_HOUR.cpt, { code: CRISIS_FIRST_HOUR, fallback: INDIVIDUAL_PSYCHOTHERAPY }],
  [FAMILY_WITH_PATIENT.cpt, { code: FAMILY_WITH_PATIENT, fallback: [] }],
  [FAMILY_WITHOUT_PATIENT.cpt, { code: FAMILY_WITHOUT_PATIENT, fallback: [] }],
]);

const PSYCHOTHERAPY_MINIMUM = INDIVIDUAL_PSYCHOTHERAPY[0]!.minMinutes;

const cosignedBySupervisor = defineRule(
  'COSIGNED_BY_SUPERVISOR',
  'ERROR',
  "A pre-licensed clinician's note is billed only once the supervisor has co-signed it.",
  (service) =>
    // Pre-licensed clinicians bill under supervision; payers (and most state boards) require the
    // supervisor's co-signature on each note before the service is claimed (domain.md §3.3, §6.1).
    !service.renderingProvider.licensed && !service.coSignedBySupervisor
      ? {
          message: 'The note is not co-signed by the supervisor; it was written by a pre-licensed clinician.',
          fix: 'Ask the supervising clinician to co-sign the note; the charge is released once they do.',
        }
      : null,
);

const minutesDocumented = defineRule(
  'MINUTES_DOCUMENTED',
  'ERROR',
  'Services billed by time need the face-to-face minutes (start and end times) in the note.',
  (service, lines) => {
    if (service.psychotherapyMinutes != null) return null;
    const timedLine = lines.find((line) => TIMED_CODES.has(line.cpt) || line.cpt === CRISIS_ADD_ON);
    if (!TIMED_KINDS.has(service.kind) && !timedLine) return null;
    const what =
      service.kind === 'EM_WITH_PSYCHOTHERAPY'
        ? 'The psychotherapy add-on'
        : TIMED_KINDS.has(service.kind)
          ? capitalize(SERVICE_LABEL[service.kind])
          : timedLine!.cpt;
    return {
      message: `${what} is billed by time, but this note has no face-to-face minutes.`,
      fix: 'Add the start and end times (or the total face-to-face minutes) in an addendum.',
    };
  },
);

const psychotherapyMinimumTime = defineRule(
  'PSYCHOTHERAPY_MINIMUM_TIME',
  'ERROR',
  'Psychotherapy under 16 face-to-face minutes cannot be billed.',
  (service) => {
    const minutes = service.psychotherapyMinutes;
    const kinds: ServiceKind[] = ['PSYCHOTHERAPY', 'CRISIS', 'EM_WITH_PSYCHOTHERAPY'];
    if (!kinds.includes(service.kind) || minutes == null || minutes >= PSYCHOTHERAPY_MINIMUM) return null;
    return {
      message: `Psychotherapy needs at least ${PSYCHOTHERAPY_MINIMUM} face-to-face minutes to be billed; this note shows ${minutes}.`,
      fix:
        service.kind === 'EM_WITH_PSYCHOTHERAPY'
          ? `If the psychotherapy lasted longer, ${FIX_TIMES}; otherwise bill the visit as E/M only.`
          : `If the session was longer, ${FIX_TIMES}; otherwise it cannot be billed as psychotherapy.`,
    };
  },
);

const familyMinimumTime = defineRule(
  'FAMILY_MINIMUM_TIME',
  'ERROR',
  'Family psychotherapy (90846/90847) needs at least 26 minutes.',
  (service) => {
    const code =
      service.kind === 'FAMILY_WITH_PATIENT'
        ? FAMILY_WITH_PATIENT
        : service.kind === 'FAMILY_WITHOUT_PATIENT'
          ? FAMILY_WITHOUT_PATIENT
          : null;
    const minutes = service.psychotherapyMinutes;
    if (!code || minutes == null || minutes >= code.minMinutes) return null;
    return {
      message: `Family psychotherapy (${code.cpt}) needs at least ${code.minMinutes} minutes; this note shows ${minutes}.`,
      fix: `If the session was longer, ${FIX_TIMES}; otherwise it cannot be billed as family psychotherapy.`,
    };
  },
);

const crisisMinimumTime = defineRule(
  'CRISIS_MINIMUM_TIME',
  'WARNING',
  'Crisis psychotherapy under 30 minutes is billed as ordinary psychotherapy (90832).',
  (service, lines) => {
    const minutes = service.psychotherapyMinutes;
    if (service.kind !== 'CRISIS' || minutes == null || minutes >= CRISIS_FIRST_HOUR.minMinutes) return null;
    // Under 16 minutes nothing is billed at all; PSYCHOTHERAPY_MINIMUM_TIME says so.
    const billedAs = lines.find((line) => INDIVIDUAL_PSYCHOTHERAPY.some((c) => c.cpt === line.cpt));
    if (!billedAs) return null;
    return {
      message: `Crisis psychotherapy (${CRISIS_FIRST_HOUR.cpt}) needs at least ${CRISIS_FIRST_HOUR.minMinutes} minutes; this note shows ${minutes}, so it is billed as ${billedAs.cpt}.`,
      fix: `If the crisis work that day added up to ${CRISIS_FIRST_HOUR.minMinutes} minutes or more (it need not be continuous), ${FIX_TIMES}; otherwise nothing needs to change.`,
    };
  },
);

const emLevelDocumented = defineRule(
  'EM_LEVEL_DOCUMENTED',
  'ERROR',
  'An E/M visit needs a medical decision making level or enough E/M time for the lowest level.',
  (service) => {
    if (service.kind !== 'EM_ONLY' && service.kind !== 'EM_WITH_PSYCHOTHERAPY') return null;
    if (emCodeSupported(service)) return null;
    const lowest = emLadder(service.newPatient)[0]!;
    const patient = service.newPatient ? 'a new' : 'an established';
    return {
      message:
        service.emMinutes == null
          ? 'An E/M visit needs a documented level of medical decision making or the E/M time; this note has neither.'
          : `An E/M visit for ${patient} patient needs a documented level of medical decision making or at least ${lowest.minMinutes} minutes of E/M time (${lowest.cpt}); this note shows ${service.emMinutes} minutes and no decision-making level.`,
      fix: 'Add the medical decision making level, or the E/M minutes (not counting psychotherapy time), in an addendum.',
    };
  },
);

function describeEmDocumentation(service: DocumentedService): string {
  const level =
    service.emMdmLevel == null ? 'no decision-making level' : `decision making at level ${service.emMdmLevel}`;
  const time = service.emMinutes == null ? 'no E/M time' : `${service.emMinutes} minutes`;
  return `${level} and ${time}`;
}

const timeSupportsCode = defineRule(
  'TIME_SUPPORTS_CODE',
  'ERROR',
  'The documented time (or E/M decision making) supports every code billed: 90837 needs 53 minutes, and so on.',
  (service, lines) => {
    const minutes = service.psychotherapyMinutes;
    const problems: Problem[] = [];
    for (const line of lines) {
      const timed = TIMED_CODES.get(line.cpt);
      const em = emLevelOf(line.cpt);
      if (timed && minutes != null && minutes < timed.code.minMinutes) {
        const instead = longestCodeSupported(timed.fallback, minutes);
        problems.push({
          message: `${line.cpt} needs at least ${timed.code.minMinutes} face-to-face minutes; this note shows ${minutes}.`,
          fix: instead
            ? `Bill ${instead.cpt}, or ${FIX_TIMES} if the session was longer.`
            : `Remove ${line.cpt}, or ${FIX_TIMES} if the session was longer.`,
        });
      } else if (line.cpt === CRISIS_ADD_ON && minutes != null && minutes < minutesForCrisisAddOnUnits(line.units)) {
        const supported = crisisAddOnUnits(minutes);
        const needs = line.units === 1 ? 'needs' : 'need';
        problems.push({
          message: `${unitsOf(line.units, CRISIS_ADD_ON)} ${needs} at least ${minutesForCrisisAddOnUnits(line.units)} minutes of crisis psychotherapy; this note shows ${minutes}.`,
          fix:
            supported > 0
              ? `Bill ${unitsOf(supported, CRISIS_ADD_ON)}, or ${FIX_TIMES} if the crisis work lasted longer.`
              : `Remove ${CRISIS_ADD_ON}, or ${FIX_TIMES} if the crisis work lasted longer.`,
        });
      } else if (em) {
        const byDecisionMaking = service.emMdmLevel != null && service.emMdmLevel >= em.level;
        const byTime = service.emMinutes != null && service.emMinutes >= em.minMinutes;
        if (byDecisionMaking || byTime) continue;
        const instead = emCodeSupported(service);
        problems.push({
          message: `${line.cpt} needs medical decision making at level ${em.level} or at least ${em.minMinutes} minutes of E/M time; this note shows ${describeEmDocumentation(service)}.`,
          fix: instead
            ? `Bill ${instead.cpt}, or correct the E/M documentation in an addendum.`
            : 'Correct the E/M documentation in an addendum.',
        });
      }
    }
    return combine(problems);
  },
);

// ---------------------------------------------------------------------------------------------------
// Required documentation (domain.md §3.1, §6.1)
// ---------------------------------------------------------------------------------------------------

const crisisRiskAndSafetyPlanDocumented = defineRule(
  'CRISIS_RISK_AND_SAFETY_PLAN_DOCUMENTED',
  'ERROR',
  'Crisis psychotherapy (90839) needs a documented risk assessment and safety plan.',
  (service, lines) => {
    if (!has(lines, CRISIS_FIRST_HOUR.cpt)) return null;
    // Payers pay the crisis rate only for an urgent, high-distress situation; the risk assessment and
    // safety plan are what an auditor looks for to see it was one.
    const missing = [
      service.crisisDocumentation?.riskAssessment ? null : 'a risk assessment',
      service.crisisDocumentation?.safetyPlan ? null : 'a safety plan',
    ].filter((item): item is string => item !== null);
    if (missing.length === 0) return null;
    return {
      message: `Crisis psychotherapy (${CRISIS_FIRST_HOUR.cpt}) must document a risk assessment and a safety plan; this note is missing ${listOf(missing)}.`,
      fix: 'Add the missing documentation in an addendum.',
    };
  },
);

const familyParticipantsDocumented = defineRule(
  'FAMILY_PARTICIPANTS_DOCUMENTED',
  'WARNING',
  'A family psychotherapy note lists who was present.',
  (service, lines) => {
    const family =
      service.kind === 'FAMILY_WITH_PATIENT' ||
      service.kind === 'FAMILY_WITHOUT_PATIENT' ||
      has(lines, FAMILY_WITH_PATIENT.cpt) ||
      has(lines, FAMILY_WITHOUT_PATIENT.cpt);
    if (!family || (service.participants?.length ?? 0) > 0) return null;
    return {
      message: 'A family psychotherapy note should list who was present; this note lists no one.',
      fix: "Add the family members present (by relationship) in an addendum; payers check that the family work served the patient's treatment.",
    };
  },
);

// ---------------------------------------------------------------------------------------------------
// Who may bill what
// ---------------------------------------------------------------------------------------------------

const MEDICAL_PROVIDERS = 'a physician, nurse practitioner or physician assistant';

const medicalEvaluationByMedicalProvider = defineRule(
  'MEDICAL_EVALUATION_BY_MEDICAL_PROVIDER',
  'ERROR',
  '90792 (diagnostic evaluation with medical services) is billed only by a physician, NP or PA.',
  (service, lines) =>
    has(lines, DIAGNOSTIC_EVALUATION_MEDICAL) && !service.renderingProvider.medicalProvider
      ? {
          message: `${DIAGNOSTIC_EVALUATION_MEDICAL} (diagnostic evaluation with medical services) can only be billed by ${MEDICAL_PROVIDERS}; this note's clinician is not one.`,
          fix: `Bill ${DIAGNOSTIC_EVALUATION} (diagnostic evaluation without medical services) instead.`,
        }
      : null,
);

const emByMedicalProvider = defineRule(
  'EM_BY_MEDICAL_PROVIDER',
  'ERROR',
  'E/M visit codes (99202-99215) are billed only by a physician, NP or PA.',
  (service, lines) => {
    const em = lines.find((line) => emLevelOf(line.cpt));
    if (!em || service.renderingProvider.medicalProvider) return null;
    const minutes = service.psychotherapyMinutes;
    const psychotherapyAlone = minutes == null ? null : longestCodeSupported(INDIVIDUAL_PSYCHOTHERAPY, minutes);
    return {
      message: `E/M visit codes (${em.cpt}) can only be billed by ${MEDICAL_PROVIDERS}; this note's clinician is not one.`,
      fix: psychotherapyAlone
        ? `Bill the psychotherapy alone as ${psychotherapyAlone.cpt}.`
        : 'Change the service to one this clinician can bill.',
    };
  },
);

// ---------------------------------------------------------------------------------------------------
// Code combinations (domain.md §3.5 "Lines" 2-3)
// ---------------------------------------------------------------------------------------------------

const INDIVIDUAL_CODES = INDIVIDUAL_PSYCHOTHERAPY.map((c) => c.cpt);
const ADD_ON_CODES = PSYCHOTHERAPY_WITH_EM.map((c) => c.cpt);
const EM_CODES = [...EM_NEW_PATIENT, ...EM_ESTABLISHED_PATIENT].map((c) => c.cpt);

const onePsychotherapyCodePerSession = defineRule(
  'ONE_PSYCHOTHERAPY_CODE_PER_SESSION',
  'ERROR',
  'One individual psychotherapy code per session, once: times are never added up across codes.',
  (_service, lines) => {
    const psychotherapy = lines.filter(
      (line) => INDIVIDUAL_CODES.includes(line.cpt) || ADD_ON_CODES.includes(line.cpt),
    );
    const units = psychotherapy.reduce((sum, line) => sum + line.units, 0);
    if (units <= 1) return null;
    const billed = psychotherapy.map((line) => (line.units > 1 ? `${line.cpt} × ${line.units}` : line.cpt));
    return {
      message: `Only one psychotherapy code can be billed for a session, once; this claim has ${listOf(billed)}.`,
      fix: 'Bill the single code that matches the total face-to-face time (a 75-minute session is still 90837).',
    };
  },
);

/** The standalone psychotherapy code for each E/M add-on, for when there was no E/M service. */
const STANDALONE_FOR_ADD_ON = new Map(ADD_ON_CODES.map((cpt, i) => [cpt, INDIVIDUAL_CODES[i]!]));

const addOnWithPrimary = defineRule(
  'ADD_ON_WITH_PRIMARY',
  'ERROR',
  'An add-on code goes only with its primary: 90785 with an evaluation or psychotherapy, 90833/90836/90838 with an E/M visit, 90840 with 90839.',
  (_service, lines) => {
    const problems: Problem[] = [];
    const hasEm = lines.some((line) => emLevelOf(line.cpt));
    if (has(lines, INTERACTIVE_COMPLEXITY) && !lines.some((line) => INTERACTIVE_COMPLEXITY_PRIMARIES.has(line.cpt))) {
      problems.push({
        message: `${INTERACTIVE_COMPLEXITY} (interactive complexity) is an add-on and needs a diagnostic evaluation, individual or group psychotherapy on the same claim; this claim has none.`,
        fix: `Remove ${INTERACTIVE_COMPLEXITY}.`,
      });
    }
    for (const line of lines) {
      const standalone = STANDALONE_FOR_ADD_ON.get(line.cpt);
      if (standalone && !hasEm) {
        problems.push({
          message: `${line.cpt} is a psychotherapy add-on to an E/M visit, but this claim has no E/M visit code.`,
          fix: `Add the E/M visit, or bill the psychotherapy as ${standalone} if there was no E/M service.`,
        });
      }
    }
    if (has(lines, CRISIS_ADD_ON) && !has(lines, CRISIS_FIRST_HOUR.cpt)) {
      problems.push({
        message: `${CRISIS_ADD_ON} adds time to crisis psychotherapy and needs ${CRISIS_FIRST_HOUR.cpt} on the same claim.`,
        fix: `Add ${CRISIS_FIRST_HOUR.cpt}, or remove ${CRISIS_ADD_ON}.`,
      });
    }
    return combine(problems);
  },
);

interface ExclusivePair {
  first: readonly string[];
  second: readonly string[];
  fix: string;
}

/** Pairs never billed together on one date by one provider (CPT; domain.md §3.1, §3.5). */
const MUTUALLY_EXCLUSIVE: readonly ExclusivePair[] = [
  {
    first: [DIAGNOSTIC_EVALUATION, DIAGNOSTIC_EVALUATION_MEDICAL],
    second: [...INDIVIDUAL_CODES, ...ADD_ON_CODES],
    fix: 'A diagnostic evaluation includes the psychotherapy done that day: bill the evaluation only.',
  },
  {
    first: [DIAGNOSTIC_EVALUATION],
    second: [DIAGNOSTIC_EVALUATION_MEDICAL],
    fix: 'Bill the one evaluation the note documents.',
  },
  {
    // Crisis psychotherapy replaces any other psychotherapy on the date, and 90785 is never added to it.
    first: [CRISIS_FIRST_HOUR.cpt, CRISIS_ADD_ON],
    second: [
      DIAGNOSTIC_EVALUATION,
      DIAGNOSTIC_EVALUATION_MEDICAL,
      ...INDIVIDUAL_CODES,
      ...ADD_ON_CODES,
      INTERACTIVE_COMPLEXITY,
      FAMILY_WITH_PATIENT.cpt,
      FAMILY_WITHOUT_PATIENT.cpt,
      GROUP_PSYCHOTHERAPY,
    ],
    fix: 'Bill the crisis codes alone for this date.',
  },
  {
    first: EM_CODES,
    second: INDIVIDUAL_CODES,
    fix: 'With an E/M visit, bill psychotherapy with its add-on code (90833, 90836 or 90838).',
  },
  {
    first: [DIAGNOSTIC_EVALUATION_MEDICAL],
    second: EM_CODES,
    fix: `${DIAGNOSTIC_EVALUATION_MEDICAL} includes the medical services: bill it without an E/M visit.`,
  },
  {
    first: [INTERACTIVE_COMPLEXITY],
    second: [FAMILY_WITH_PATIENT.cpt, FAMILY_WITHOUT_PATIENT.cpt],
    fix: `Remove ${INTERACTIVE_COMPLEXITY}: it cannot be added to family psychotherapy.`,
  },
];

const noMutuallyExclusiveCodes = defineRule(
  'NO_MUTUALLY_EXCLUSIVE_CODES',
  'ERROR',
  'Codes that exclude each other (e.g. 90791 with 90834, E/M with 90837, 90839 with other psychotherapy) are not billed together.',
  (_service, lines) => {
    const problems: Problem[] = [];
    for (const pair of MUTUALLY_EXCLUSIVE) {
      const first = lines.find((line) => pair.first.includes(line.cpt));
      const second = lines.find((line) => pair.second.includes(line.cpt));
      if (first && second) {
        problems.push({
          message: `${first.cpt} and ${second.cpt} cannot be billed together for the same date.`,
          fix: pair.fix,
        });
      }
    }
    return combine(problems);
  },
);

const interactiveComplexityReasonDocumented = defineRule(
  'INTERACTIVE_COMPLEXITY_REASON_DOCUMENTED',
  'ERROR',
  '90785 (interactive complexity) needs one of its four reasons documented.',
  (service, lines) =>
    has(lines, INTERACTIVE_COMPLEXITY) && service.interactiveComplexity == null
      ? {
          message: `${INTERACTIVE_COMPLEXITY} (interactive complexity) needs a documented reason; this note records none.`,
          fix: `Document the reason (maladaptive communication, caregiver interference, a sentinel event, or play equipment or an interpreter) in an addendum, or remove ${INTERACTIVE_COMPLEXITY}.`,
        }
      : null,
);

const interactiveComplexityWithAllowedService = defineRule(
  'INTERACTIVE_COMPLEXITY_WITH_ALLOWED_SERVICE',
  'WARNING',
  'Interactive complexity is billed only with an evaluation, individual or group psychotherapy; with anything else it is left off.',
  (service, lines) => {
    if (service.interactiveComplexity == null || lines.length === 0) return null;
    if (lines.some((line) => INTERACTIVE_COMPLEXITY_PRIMARIES.has(line.cpt))) return null;
    return {
      message: `Interactive complexity is documented, but ${INTERACTIVE_COMPLEXITY} cannot be billed with ${listOf(lines.map((l) => l.cpt))}, so it is left off the claim.`,
      fix: 'Nothing needs to change; the rest of the visit is billed.',
    };
  },
);

// ---------------------------------------------------------------------------------------------------
// Telehealth (domain.md §3.2)
// ---------------------------------------------------------------------------------------------------

const audioOnlyCoveredByPayer = defineRule(
  'AUDIO_ONLY_COVERED_BY_PAYER',
  'ERROR',
  'Audio-only visits are billed only to payers that cover them.',
  (service, _lines, { payer }) =>
    service.modality === 'AUDIO_ONLY' && !payer.telehealth.audioOnlyAllowed
      ? {
          message: 'This payer does not pay for audio-only visits, and this note documents an audio-only session.',
          fix: "If video was used, correct the modality in an addendum; otherwise handle the visit under the practice's policy for services the plan does not cover.",
        }
      : null,
);

function describeCoding(placeOfService: string, modifiers: readonly string[]): string {
  const modifier = modifiers.length === 0 ? 'no telehealth modifier' : `modifier ${listOf(modifiers)}`;
  return `place of service ${placeOfService} and ${modifier}`;
}

const placeOfServiceMatchesModality = defineRule(
  'PLACE_OF_SERVICE_MATCHES_MODALITY',
  'ERROR',
  "Place of service and telehealth modifiers match the visit's modality and the payer's telehealth rules.",
  (service, lines, { payer }) => {
    const expected = placeAndModifiersFor(service, payer);
    const telehealthModifiers = new Set([
      ...TELEHEALTH_MODIFIERS,
      ...payer.telehealth.videoModifiers,
      ...payer.telehealth.audioOnlyModifiers,
    ]);
    const wrong = lines.filter((line) => {
      const lineTelehealth = line.modifiers.filter((m) => telehealthModifiers.has(m));
      return (
        line.placeOfService !== expected.placeOfService ||
        expected.modifiers.some((m) => !line.modifiers.includes(m)) ||
        lineTelehealth.some((m) => !expected.modifiers.includes(m))
      );
    });
    if (wrong.length === 0) return null;
    const where =
      service.modality === 'IN_PERSON'
        ? ''
        : service.patientAtHome
          ? " at the patient's home"
          : " away from the patient's home";
    const actual = wrong.map((line) => {
      const lineTelehealth = line.modifiers.filter((m) => telehealthModifiers.has(m));
      return `${line.cpt} has ${describeCoding(line.placeOfService, lineTelehealth)}`;
    });
    return {
      message: `${capitalize(MODALITY_LABEL[service.modality])}${where} is billed with ${describeCoding(expected.placeOfService, expected.modifiers)}; ${actual.join(', ')}.`,
      fix: `Use ${describeCoding(expected.placeOfService, expected.modifiers)} on every line.`,
    };
  },
);

// ---------------------------------------------------------------------------------------------------
// Diagnoses (domain.md §3.5 "Diagnoses", §4)
// ---------------------------------------------------------------------------------------------------

/** "Unspecified" codes many payers deny (domain.md §3.5); a warning, since some are the honest answer. */
export const UNSPECIFIED_DIAGNOSIS_CODES: ReadonlySet<string> = new Set(['F32.9', 'F32.A', 'F41.9', 'F43.9', 'F99']);

const billableDiagnosisPresent = defineRule(
  'BILLABLE_DIAGNOSIS_PRESENT',
  'ERROR',
  'The claim carries at least one billable diagnosis.',
  (service, _lines, { diagnosisCodes }) => {
    if (diagnosisCodes.length > 0) return null;
    return {
      message: 'There is no billable diagnosis on the claim.',
      fix:
        service.diagnoses.length > 0
          ? 'Replace the listed codes with specific, billable codes on the problem list.'
          : 'Add the diagnosis this session addressed to the problem list.',
    };
  },
);

const noHeaderDiagnosisCodes = defineRule(
  'NO_HEADER_DIAGNOSIS_CODES',
  'ERROR',
  'Every diagnosis is a billable ICD-10-CM code for the date of service, not a category heading.',
  (service) => {
    // A category heading (F32, F43.1…) is invalid on a claim; coding must reach full specificity (§4).
    const headers = [...new Set(service.diagnoses.filter((d) => !d.billable).map((d) => d.code))];
    if (headers.length === 0) return null;
    const one = headers.length === 1;
    return {
      message: `${listOf(headers)} ${one ? 'is not a billable code' : 'are not billable codes'} on ${service.dateOfService}: ${one ? 'it is a category heading' : 'they are category headings'} (or not valid that year).`,
      fix: `Pick a more specific code under ${listOf(headers)} on the problem list.`,
    };
  },
);

const specificDiagnosisCodes = defineRule(
  'SPECIFIC_DIAGNOSIS_CODES',
  'WARNING',
  'Diagnosis codes are specific rather than "unspecified" (F32.9, F32.A, F41.9, F43.9, F99), which many payers deny.',
  (_service, _lines, { diagnosisCodes }) => {
    const unspecified = diagnosisCodes.filter((code) => UNSPECIFIED_DIAGNOSIS_CODES.has(code));
    if (unspecified.length === 0) return null;
    return {
      message: `${listOf(unspecified)} ${unspecified.length === 1 ? 'is an "unspecified" code' : 'are "unspecified" codes'}; many payers deny claims that rely on them.`,
      fix: 'Use a more specific code if the assessment supports one.',
    };
  },
);

const noZCodePrimaryForPsychotherapy = defineRule(
  'NO_Z_CODE_PRIMARY_FOR_PSYCHOTHERAPY',
  'WARNING',
  'The primary diagnosis for psychotherapy is a disorder, not a Z-code (circumstances), which many payers deny.',
  (_service, lines, { diagnosisCodes }) => {
    const primary = diagnosisCodes[0];
    if (!primary?.startsWith('Z') || !lines.some((line) => PSYCHOTHERAPY_CODES.has(line.cpt))) return null;
    return {
      message: `${primary} (a Z-code for circumstances, not a disorder) is the primary diagnosis for psychotherapy; many payers deny these.`,
      fix: 'If a mental-health diagnosis was addressed, mark it primary and keep the Z-code as a secondary diagnosis.',
    };
  },
);

const primaryDiagnosisMarked = defineRule(
  'PRIMARY_DIAGNOSIS_MARKED',
  'WARNING',
  'Exactly one diagnosis is marked primary, so the claim lists the right one first.',
  (service, _lines, { diagnosisCodes }) => {
    const first = diagnosisCodes[0];
    if (!first) return null;
    const marked = service.diagnoses.filter((d) => d.primary).map((d) => d.code);
    if (marked.length === 1) return null;
    return marked.length === 0
      ? {
          message: `No diagnosis is marked primary, so ${first} (first on the problem list) goes first on the claim.`,
          fix: 'Mark the diagnosis this session mainly addressed as primary.',
        }
      : {
          message: `${listOf(marked)} are all marked primary; ${first} goes first on the claim.`,
          fix: 'Mark only one diagnosis as primary.',
        };
  },
);

const diagnosesFitOnClaim = defineRule(
  'DIAGNOSES_FIT_ON_CLAIM',
  'WARNING',
  `A claim holds at most ${MAX_CLAIM_DIAGNOSES} diagnoses; any beyond that are left off.`,
  (service, _lines, { diagnosisCodes }) => {
    const billable = [...new Set(service.diagnoses.filter((d) => d.billable).map((d) => d.code))];
    const leftOff = billable.filter((code) => !diagnosisCodes.includes(code));
    if (leftOff.length === 0) return null;
    return {
      message: `A claim holds at most ${MAX_CLAIM_DIAGNOSES} diagnoses; this note lists ${billable.length}, so ${listOf(leftOff)} ${leftOff.length === 1 ? 'is' : 'are'} left off.`,
      fix: 'Resolve diagnoses that no longer apply, or check that the ones sent are the ones this session addressed.',
    };
  },
);

const diagnosisPointersValid = defineRule(
  'DIAGNOSIS_POINTERS_VALID',
  'ERROR',
  `Every line points to 1-${MAX_POINTERS_PER_LINE} of the claim's diagnoses.`,
  (_service, lines, { diagnosisCodes }) => {
    // With no diagnosis at all, BILLABLE_DIAGNOSIS_PRESENT says what to do.
    if (diagnosisCodes.length === 0) return null;
    const problems: Problem[] = [];
    const fix = `Point each line at 1 to ${MAX_POINTERS_PER_LINE} of the claim's diagnoses, primary first.`;
    for (const line of lines) {
      const pointers = line.diagnosisPointers;
      const outside = pointers.filter((p) => !Number.isInteger(p) || p < 1 || p > diagnosisCodes.length);
      if (pointers.length === 0) {
        problems.push({ message: `${line.cpt} points to no diagnosis.`, fix });
      } else if (pointers.length > MAX_POINTERS_PER_LINE) {
        problems.push({
          message: `${line.cpt} points to ${pointers.length} diagnoses; a line takes at most ${MAX_POINTERS_PER_LINE}.`,
          fix,
        });
      } else if (outside.length > 0) {
        problems.push({
          message: `${line.cpt} points to diagnosis ${listOf(outside.map(String))}, but the claim lists ${diagnosisCodes.length}.`,
          fix,
        });
      } else if (new Set(pointers).size !== pointers.length) {
        problems.push({ message: `${line.cpt} points to the same diagnosis twice.`, fix });
      }
    }
    return combine(problems);
  },
);

/**
 * Every documentation check, in the order a person would fix things: signature and time first, then
 * who may bill what, code combinations, telehealth, diagnoses. Exported so a UI can list the rules.
 */
export const DOCUMENTATION_CHECKS: readonly DocumentationRule[] = [
  cosignedBySupervisor,
  minutesDocumented,
  psychotherapyMinimumTime,
  familyMinimumTime,
  crisisMinimumTime,
  emLevelDocumented,
  timeSupportsCode,
  crisisRiskAndSafetyPlanDocumented,
  familyParticipantsDocumented,
  medicalEvaluationByMedicalProvider,
  emByMedicalProvider,
  onePsychotherapyCodePerSession,
  addOnWithPrimary,
  noMutuallyExclusiveCodes,
  interactiveComplexityReasonDocumented,
  interactiveComplexityWithAllowedService,
  audioOnlyCoveredByPayer,
  placeOfServiceMatchesModality,
  billableDiagnosisPresent,
  noHeaderDiagnosisCodes,
  specificDiagnosisCodes,
  noZCodePrimaryForPsychotherapy,
  primaryDiagnosisMarked,
  diagnosesFitOnClaim,
  diagnosisPointersValid,
];

/**
 * Runs every documentation check against a note and the lines proposed for it (selected by
 * `codeService` or edited by a biller), returning the findings in rule order.
 */
export function runDocumentationChecks(
  service: DocumentedService,
  lines: readonly ChargeLine[],
  context: CheckContext,
): DocumentationFinding[] {
  return DOCUMENTATION_CHECKS.map((rule) => rule.check(service, lines, context)).filter(
    (finding): finding is DocumentationFinding => finding !== null,
  );
}

/** True when a finding holds the charge. */
export function holdsCharge(finding: DocumentationFinding): boolean {
  return finding.severity === 'ERROR';
}
