import { DomainError } from '../../../platform/errors/domain-error';
import {
  AUDITC_HIGH_RISK,
  auditcBands,
  DEFAULT_PCL5_CUTOFF,
  INSTRUMENTS,
  isInstrumentCode,
  pcl5Bands,
  type InstrumentCode,
  type InstrumentDefinition,
  type Pcl5Cluster,
  type ScoredItem,
  type SeverityBand,
} from './instruments';

/** Answers keyed by item id: numbers for scored items and choices, booleans for yes/no questions. */
export type Answers = Readonly<Record<string, number | boolean>>;

export interface ScoringContext {
  /** Sex assigned at birth; sets the AUDIT-C cutoff. Unknown → the lower (women's) cutoff. */
  sex?: 'FEMALE' | 'MALE' | null;
  /** The practice's provisional PTSD cutoff for the PCL-5 (published range 31-33). */
  pcl5Cutoff?: number;
}

export interface SafetyFlag {
  reason: string;
  /** The item or question that raised it. */
  itemId: string;
}

/** The PCL-5 DSM-5 rule: items rated 2+ ("moderately" or more) counted per cluster. */
export interface Pcl5ClusterRule {
  met: boolean;
  endorsed: Record<Pcl5Cluster, number>;
}

export interface MeasureScore {
  instrument: InstrumentCode;
  version: string;
  total: number;
  band: SeverityBand;
  /** At or above the instrument's screening cutoff (PHQ ≥10, GAD-7 ≥10, PCL-5 ≥ cutoff, AUDIT-C by sex). */
  positive?: boolean;
  /** The first safety trigger in form order; `interpretation` names every one. */
  safetyFlag: SafetyFlag | null;
  interpretation: string;
  /** PCL-5 only. */
  clusterRule?: Pcl5ClusterRule;
}

export enum MeasureInputErrorCode {
  UNKNOWN_INSTRUMENT = 'UNKNOWN_INSTRUMENT',
  ANSWERS_INVALID = 'ANSWERS_INVALID',
  ITEM_MISSING = 'ITEM_MISSING',
  ITEM_OUT_OF_RANGE = 'ITEM_OUT_OF_RANGE',
  UNKNOWN_ITEM = 'UNKNOWN_ITEM',
  CONTEXT_INVALID = 'CONTEXT_INVALID',
}

/**
 * A submitted questionnaire that cannot be scored. The message names the instrument and item
 * number only, never an answer: answers are PHI and messages reach logs and clients.
 */
export class MeasureInputError extends DomainError<MeasureInputErrorCode> {
  constructor(reason: MeasureInputErrorCode, message: string, itemId?: string) {
    super(reason, 'BAD_USER_INPUT', message, itemId);
    this.name = 'MeasureInputError';
  }
}

/** PHQ-9, PHQ-A and GAD-7: 10 or more suggests likely major depression / probable GAD. */
const SYMPTOM_SCALE_CUTOFF = 10;
const AUDITC_CUTOFF = { MALE: 4, FEMALE: 3 } as const;
/** A PCL-5 item counts towards its DSM-5 cluster when rated "moderately" (2) or more. */
const PCL5_ENDORSED = 2;
const PCL5_CLUSTER_MINIMUM: Record<Pcl5Cluster, number> = { B: 1, C: 1, D: 2, E: 2 };

/**
 * Scores a completed questionnaire on the server. Totals, bands and flags are always computed
 * here from the item answers; a total sent by a client is never trusted.
 *
 * @throws MeasureInputError when a scored item is missing, a value is out of range or of the
 *   wrong type, an id is unknown, or the context is invalid.
 */
export function scoreResponses(code: InstrumentCode, answers: Answers, context: ScoringContext = {}): MeasureScore {
  if (!isInstrumentCode(code)) {
    throw new MeasureInputError(MeasureInputErrorCode.UNKNOWN_INSTRUMENT, 'This instrument is not available.');
  }
  const definition = INSTRUMENTS[code];
  const scores = validateAnswers(definition, answers);
  const total = [...scores.values()].reduce((sum, value) => sum + value, 0);
  const bands = bandsFor(code, context);
  const band = bands.find((b) => total >= b.min && total <= b.max)!;
  const flags = safetyFlags(definition, answers, scores);
  const base = { instrument: code, version: definition.version, total, band, safetyFlag: flags[0] ?? null };

  switch (code) {
    case 'PHQ9':
    case 'PHQA':
    case 'GAD7': {
      const positive = total >= SYMPTOM_SCALE_CUTOFF;
      return { ...base, positive, interpretation: symptomScaleText(code, total, band, flags, answers) };
    }
    case 'PCL5': {
      const cutoff = pcl5Cutoff(context);
      const clusterRule = pcl5ClusterRule(definition, scores);
      const positive = total >= cutoff;
      return { ...base, positive, clusterRule, interpretation: pcl5Text(total, cutoff, clusterRule) };
    }
    case 'AUDITC': {
      const cutoff = auditcCutoff(context);
      const positive = total >= cutoff;
      return { ...base, positive, interpretation: auditcText(total, cutoff, recordedSex(context)) };
    }
  }
}

/**
 * What `scoreResponses` counted, item by item, and every safety trigger in form order (its
 * `safetyFlag` is only the first): for storing an administration beside its score.
 *
 * @throws MeasureInputError for the same answers `scoreResponses` refuses.
 */
export function scoreDetails(
  code: InstrumentCode,
  answers: Answers,
): { itemScores: { itemId: string; number: number; value: number }[]; safetyFlags: SafetyFlag[] } {
  if (!isInstrumentCode(code)) {
    throw new MeasureInputError(MeasureInputErrorCode.UNKNOWN_INSTRUMENT, 'This instrument is not available.');
  }
  const definition = INSTRUMENTS[code];
  const scores = validateAnswers(definition, answers);
  return {
    itemScores: definition.items.map((item) => ({ itemId: item.id, number: item.number, value: scores.get(item.id)! })),
    safetyFlags: safetyFlags(definition, answers, scores),
  };
}

/**
 * The severity bands for this instrument and context: PCL-5 bands follow the configured
 * cutoff and AUDIT-C bands the patient's sex. Use these for chart shading as well as scoring.
 */
export function bandsFor(code: InstrumentCode, context: ScoringContext = {}): readonly SeverityBand[] {
  switch (code) {
    case 'PCL5':
      return pcl5Bands(pcl5Cutoff(context));
    case 'AUDITC':
      return auditcBands(auditcCutoff(context));
    case 'PHQ9':
    case 'PHQA':
    case 'GAD7':
      return INSTRUMENTS[code].bands;
  }
}

/** Checks every answer and returns the score of each scored item (skipped items score 0). */
function validateAnswers(definition: InstrumentDefinition, answers: Answers): Map<string, number> {
  const name = definition.shortTitle;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    throw new MeasureInputError(
      MeasureInputErrorCode.ANSWERS_INVALID,
      `${name} answers must be an object of item answers.`,
    );
  }
  const known = new Set([...definition.items, ...definition.extraQuestions].map((q) => q.id));
  if (Object.keys(answers).some((id) => !known.has(id))) {
    // The unknown key is not echoed: it is free text from the client.
    throw new MeasureInputError(
      MeasureInputErrorCode.UNKNOWN_ITEM,
      `${name} received an answer to an item it does not have.`,
    );
  }

  const scores = new Map<string, number>();
  for (const item of definition.items) {
    const value = answerOf(answers, item.id);
    if (value === undefined) {
      if (!isSkipped(item, answers)) {
        throw new MeasureInputError(
          MeasureInputErrorCode.ITEM_MISSING,
          `${name} item ${item.number} is missing.`,
          item.id,
        );
      }
      scores.set(item.id, 0);
      continue;
    }
    if (!isOptionValue(item.options, value)) {
      throw new MeasureInputError(
        MeasureInputErrorCode.ITEM_OUT_OF_RANGE,
        `${name} item ${item.number} must be a whole number from ${rangeText(item.options)}.`,
        item.id,
      );
    }
    scores.set(item.id, value);
  }

  for (const question of definition.extraQuestions) {
    const value = answerOf(answers, question.id);
    if (value === undefined) continue;
    const valid = question.kind === 'YES_NO' ? typeof value === 'boolean' : isOptionValue(question.options, value);
    if (!valid) {
      const expected = question.kind === 'YES_NO' ? 'yes or no' : `a whole number from ${rangeText(question.options)}`;
      throw new MeasureInputError(
        MeasureInputErrorCode.ITEM_OUT_OF_RANGE,
        `${name} question ${question.number} must be ${expected}.`,
        question.id,
      );
    }
  }
  return scores;
}

/** Own properties only, and `null` counts as unanswered (JSON clients send it for blanks). */
function answerOf(answers: Answers, id: string): number | boolean | undefined {
  if (!Object.hasOwn(answers, id)) return undefined;
  return answers[id] ?? undefined;
}

function isSkipped(item: ScoredItem, answers: Answers): boolean {
  return item.skippedWhen !== undefined && answerOf(answers, item.skippedWhen.itemId) === item.skippedWhen.value;
}

function isOptionValue(options: ScoredItem['options'], value: unknown): value is number {
  return typeof value === 'number' && options.some((option) => option.value === value);
}

function rangeText(options: ScoredItem['options']): string {
  const values = options.map((option) => option.value);
  return `${Math.min(...values)} to ${Math.max(...values)}`;
}

/** Every safety trigger, in form order: a scored item above 0, or a Yes to a flagged question. */
function safetyFlags(definition: InstrumentDefinition, answers: Answers, scores: Map<string, number>): SafetyFlag[] {
  const flags: SafetyFlag[] = [];
  for (const item of definition.items) {
    if (item.safetyFlagReason && (scores.get(item.id) ?? 0) > 0) {
      flags.push({ reason: item.safetyFlagReason, itemId: item.id });
    }
  }
  for (const question of definition.extraQuestions) {
    if (question.kind === 'YES_NO' && question.safetyFlagReason && answerOf(answers, question.id) === true) {
      flags.push({ reason: question.safetyFlagReason, itemId: question.id });
    }
  }
  return flags;
}

function pcl5Cutoff(context: ScoringContext): number {
  const cutoff = context.pcl5Cutoff ?? DEFAULT_PCL5_CUTOFF;
  if (!Number.isInteger(cutoff) || cutoff < 1 || cutoff > 80) {
    throw new MeasureInputError(
      MeasureInputErrorCode.CONTEXT_INVALID,
      'The PCL-5 cutoff must be a whole number from 1 to 80.',
    );
  }
  return cutoff;
}

/** Bush 1998 / Bradley 2003: ≥4 for men, ≥3 for women; the lower cutoff when sex is unknown, to miss fewer. */
function auditcCutoff(context: ScoringContext): number {
  return recordedSex(context) === 'MALE' ? AUDITC_CUTOFF.MALE : AUDITC_CUTOFF.FEMALE;
}

/** Anything but FEMALE or MALE (unset, or a caller passing the patient's INTERSEX/UNKNOWN) counts as not recorded. */
function recordedSex(context: ScoringContext): 'FEMALE' | 'MALE' | null {
  return context.sex === 'FEMALE' || context.sex === 'MALE' ? context.sex : null;
}

function pcl5ClusterRule(definition: InstrumentDefinition, scores: Map<string, number>): Pcl5ClusterRule {
  const endorsed: Record<Pcl5Cluster, number> = { B: 0, C: 0, D: 0, E: 0 };
  for (const item of definition.items) {
    if (item.cluster && (scores.get(item.id) ?? 0) >= PCL5_ENDORSED) endorsed[item.cluster] += 1;
  }
  const met = (Object.keys(PCL5_CLUSTER_MINIMUM) as Pcl5Cluster[]).every(
    (cluster) => endorsed[cluster] >= PCL5_CLUSTER_MINIMUM[cluster],
  );
  return { met, endorsed };
}

type SymptomScale = 'PHQ9' | 'PHQA' | 'GAD7';

const SYMPTOM_NAMES: Record<SymptomScale, { symptoms: string; positive: string }> = {
  PHQ9: { symptoms: 'depressive symptoms', positive: 'likely major depression' },
  PHQA: { symptoms: 'depressive symptoms', positive: 'likely major depression (some adolescent studies use 11)' },
  GAD7: { symptoms: 'anxiety symptoms', positive: 'probable generalized anxiety disorder' },
};

function symptomScaleText(
  code: SymptomScale,
  total: number,
  band: SeverityBand,
  flags: SafetyFlag[],
  answers: Answers,
): string {
  const definition = INSTRUMENTS[code];
  const names = SYMPTOM_NAMES[code];
  const parts = [
    `${definition.shortTitle} ${total} of ${definition.maxTotal}: ${band.label.toLowerCase()} ${names.symptoms}.`,
  ];
  if (total >= SYMPTOM_SCALE_CUTOFF) {
    parts.push(`${SYMPTOM_SCALE_CUTOFF} or more suggests ${names.positive}; confirm with a clinical interview.`);
  }
  if (answerOf(answers, 'pastYearDepression') === true) {
    parts.push('Reports feeling depressed or sad most days in the past year.');
  }
  for (const flag of flags) parts.push(`Safety: ${flag.reason}`);
  const unanswered = definition.extraQuestions.filter(
    (q) => q.kind === 'YES_NO' && q.safetyFlagReason && answerOf(answers, q.id) === undefined,
  );
  if (unanswered.length > 0) {
    const numbers = unanswered.map((q) => q.number).join(' and ');
    parts.push(`Suicide question${unanswered.length > 1 ? 's' : ''} ${numbers} left blank: ask in person.`);
  }
  return parts.join(' ');
}

function pcl5Text(total: number, cutoff: number, rule: Pcl5ClusterRule): string {
  const { B, C, D, E } = rule.endorsed;
  const position = total >= cutoff ? 'at or above' : 'below';
  return [
    `PCL-5 ${total} of 80: ${position} the provisional PTSD cutoff of ${cutoff}.`,
    `DSM-5 symptom pattern ${rule.met ? 'met' : 'not met'} (items rated 2 or more: B ${B}, C ${C}, D ${D}, E ${E}; needs 1, 1, 2, 2).`,
    'A provisional result needs a clinical interview to confirm.',
  ].join(' ');
}

function auditcText(total: number, cutoff: number, sex: 'FEMALE' | 'MALE' | null): string {
  const result =
    total >= AUDITC_HIGH_RISK
      ? 'positive screen, high-risk drinking'
      : total >= cutoff
        ? 'positive screen'
        : 'negative screen';
  const basis =
    sex === null
      ? `Sex not recorded: used the lower cutoff of ${cutoff}.`
      : `Cutoff ${cutoff} for ${sex === 'MALE' ? 'men' : 'women'}.`;
  return `AUDIT-C ${total} of 12: ${result}. ${basis}`;
}
