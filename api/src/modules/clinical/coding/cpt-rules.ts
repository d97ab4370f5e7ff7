/**
 * Code selection: turns the service a signed progress note documents into charge lines (CPT code,
 * units, place of service, modifiers, diagnosis pointers) and runs the documentation checks on them.
 *
 * Pure: no database, no clock. Fees are looked up by a later step.
 */
import {
  type ChargeLine,
  CRISIS_ADD_ON,
  CRISIS_FIRST_HOUR,
  crisisAddOnUnits,
  DIAGNOSTIC_EVALUATION,
  DIAGNOSTIC_EVALUATION_MEDICAL,
  type DocumentedService,
  emCodeSupported,
  FAMILY_WITH_PATIENT,
  FAMILY_WITHOUT_PATIENT,
  GROUP_PSYCHOTHERAPY,
  INDIVIDUAL_PSYCHOTHERAPY,
  INTERACTIVE_COMPLEXITY,
  INTERACTIVE_COMPLEXITY_PRIMARIES,
  longestCodeSupported,
  MAX_CLAIM_DIAGNOSES,
  MAX_POINTERS_PER_LINE,
  type PayerCodingRules,
  placeAndModifiersFor,
  PSYCHOTHERAPY_WITH_EM,
  type TimedCode,
} from './documented-service';
import { type DocumentationFinding, holdsCharge, runDocumentationChecks } from './documentation-checks';

export interface CodingResult {
  lines: ChargeLine[];
  /** ICD-10-CM codes in claim order: primary first, billable only, at most 12. */
  diagnosisCodes: string[];
  findings: DocumentationFinding[];
  /** False when any finding is an ERROR, or when nothing could be coded at all. */
  billable: boolean;
}

/** A code and its units, before place of service, modifiers and pointers are attached. */
export interface SelectedCode {
  cpt: string;
  units: number;
}

function once(cpt: string): SelectedCode {
  return { cpt, units: 1 };
}

/** The code a timed service supports, or nothing when the minutes are missing or too few. */
function byTime(minutes: number | null, ladder: readonly TimedCode[]): SelectedCode[] {
  const code = minutes == null ? null : longestCodeSupported(ladder, minutes);
  return code ? [once(code.cpt)] : [];
}

function crisisCodes(minutes: number | null): SelectedCode[] {
  if (minutes == null) return [];
  // Under 30 minutes crisis work is billed as ordinary psychotherapy (CPT); CRISIS_MINIMUM_TIME says so.
  if (minutes < CRISIS_FIRST_HOUR.minMinutes) return byTime(minutes, INDIVIDUAL_PSYCHOTHERAPY);
  const addOnUnits = crisisAddOnUnits(minutes);
  return [once(CRISIS_FIRST_HOUR.cpt), ...(addOnUnits > 0 ? [{ cpt: CRISIS_ADD_ON, units: addOnUnits }] : [])];
}

/**
 * E/M plus the psychotherapy add-on the minutes support. The add-on is only ever billed with an E/M
 * line, so when the E/M level cannot be determined neither is coded (EM_LEVEL_DOCUMENTED explains).
 */
function emCodes(service: DocumentedService, withPsychotherapy: boolean): SelectedCode[] {
  const em = emCodeSupported(service);
  if (!em) return [];
  return [once(em.cpt), ...(withPsychotherapy ? byTime(service.psychotherapyMinutes, PSYCHOTHERAPY_WITH_EM) : [])];
}

function primaryCodes(service: DocumentedService): SelectedCode[] {
  const minutes = service.psychotherapyMinutes;
  switch (service.kind) {
    case 'PSYCHOTHERAPY':
      return byTime(minutes, INDIVIDUAL_PSYCHOTHERAPY);
    case 'INTAKE':
      return [once(DIAGNOSTIC_EVALUATION)];
    case 'INTAKE_MEDICAL':
      // Coded as documented even for a non-medical clinician: MEDICAL_EVALUATION_BY_MEDICAL_PROVIDER
      // holds it and tells the biller to use 90791, rather than the code silently changing.
      return [once(DIAGNOSTIC_EVALUATION_MEDICAL)];
    case 'FAMILY_WITH_PATIENT':
      return byTime(minutes, [FAMILY_WITH_PATIENT]);
    case 'FAMILY_WITHOUT_PATIENT':
      return byTime(minutes, [FAMILY_WITHOUT_PATIENT]);
    case 'GROUP':
      // Untimed, one line per member on each member's own claim.
      return [once(GROUP_PSYCHOTHERAPY)];
    case 'CRISIS':
      return crisisCodes(minutes);
    case 'EM_WITH_PSYCHOTHERAPY':
      return emCodes(service, true);
    case 'EM_ONLY':
      return emCodes(service, false);
  }
}

/**
 * The codes a documented service supports: the primary code(s) by kind and time, plus +90785 when a
 * reason is documented and a code it may accompany is billed (never crisis, family or E/M alone).
 */
export function selectCodes(service: DocumentedService): SelectedCode[] {
  const codes = primaryCodes(service);
  const complexityAllowed = codes.some((code) => INTERACTIVE_COMPLEXITY_PRIMARIES.has(code.cpt));
  return service.interactiveComplexity != null && complexityAllowed ? [...codes, once(INTERACTIVE_COMPLEXITY)] : codes;
}

/**
 * The claim's diagnosis list: billable codes only, the primary first and the rest in problem-list
 * order, without repeats, at most 12 (the 837P HI segment's limit). When none is marked primary
 * the first billable code leads (PRIMARY_DIAGNOSIS_MARKED warns).
 */
export function claimDiagnosisCodes(service: DocumentedService): string[] {
  const billable = service.diagnoses.filter((d) => d.billable);
  const primary = billable.find((d) => d.primary) ?? billable[0];
  const ordered = primary ? [primary, ...billable.filter((d) => d !== primary)] : [];
  return [...new Set(ordered.map((d) => d.code))].slice(0, MAX_CLAIM_DIAGNOSES);
}

/**
 * Codes a signed note's documented service: selects the charge lines (one psychotherapy code per
 * session, E/M level by decision making or time, telehealth place of service and modifiers from the
 * payer's rules, pointers to the first four diagnoses, primary first), then runs every documentation
 * check. The charge is billable only when no check found an ERROR.
 */
export function codeService(service: DocumentedService, payer: PayerCodingRules): CodingResult {
  const diagnosisCodes = claimDiagnosisCodes(service);
  const { placeOfService, modifiers } = placeAndModifiersFor(service, payer);
  const pointers = diagnosisCodes.slice(0, MAX_POINTERS_PER_LINE).map((_code, i) => i + 1);
  const lines: ChargeLine[] = selectCodes(service).map((code) => ({
    cpt: code.cpt,
    modifiers: [...modifiers],
    units: code.units,
    placeOfService,
    diagnosisPointers: [...pointers],
  }));
  const findings = runDocumentationChecks(service, lines, { payer, diagnosisCodes });
  // No lines always comes with an ERROR explaining why; the guard keeps an empty charge from
  // ever being released if a rule is missing.
  const billable = lines.length > 0 && !findings.some(holdsCharge);
  return { lines, diagnosisCodes, findings, billable };
}
