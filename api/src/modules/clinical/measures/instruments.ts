/**
 * Built-in outcome measures for measurement-based care. Only instruments that are free to embed
 * ship here (domain.md §0.3): the PHQ family and GAD-7 (released by Pfizer without copyright
 * restriction), the PCL-5 (public domain, VA National Center for PTSD) and the AUDIT-C (WHO).
 * The C-SSRS is deliberately absent: electronic use needs a Clario licence.
 *
 * Item wording is our own short, plain paraphrase of each symptom; scoring and cutoffs follow the
 * published instruments. Change the wording, options or scoring only together with `version`.
 */

export const INSTRUMENT_CODES = ['PHQ9', 'PHQA', 'GAD7', 'PCL5', 'AUDITC'] as const;
export type InstrumentCode = (typeof INSTRUMENT_CODES)[number];

/**
 * One scale shared by every instrument, so a chart or chip can colour any band without knowing
 * the instrument. PHQ/GAD severity maps onto it directly; the screens (PCL-5, AUDIT-C) use LOW
 * for "below the cutoff" and MODERATE or HIGH above it.
 */
export type SeverityLevel = 'MINIMAL' | 'LOW' | 'MODERATE' | 'HIGH' | 'VERY_HIGH';

export interface SeverityBand {
  readonly min: number;
  readonly max: number;
  readonly label: string;
  readonly level: SeverityLevel;
}

export interface AnswerOption {
  readonly value: number;
  readonly label: string;
}

/** DSM-5 PTSD symptom clusters: B intrusion, C avoidance, D cognition/mood, E arousal. */
export type Pcl5Cluster = 'B' | 'C' | 'D' | 'E';

export interface ScoredItem {
  /** Stable key of the answer. PHQ-9 and PHQ-A share keys by symptom, whatever the position. */
  readonly id: string;
  /** Position on the form, used in messages ("PHQ-9 item 4 is missing"). */
  readonly number: number;
  readonly text: string;
  readonly options: readonly AnswerOption[];
  /** When set, any answer above 0 raises the safety flag, whatever the total. */
  readonly safetyFlagReason?: string;
  /** PCL-5 only: the DSM-5 cluster the item belongs to. */
  readonly cluster?: Pcl5Cluster;
  /** The form's own skip logic: after this answer to `itemId`, the item may be left blank and scores 0. */
  readonly skippedWhen?: { readonly itemId: string; readonly value: number };
}

/** A question printed with the instrument that does not count towards the total. Always optional. */
export type ExtraQuestion =
  | {
      readonly kind: 'YES_NO';
      readonly id: string;
      readonly number: number;
      readonly text: string;
      /** When set, a Yes raises the safety flag. */
      readonly safetyFlagReason?: string;
    }
  | {
      readonly kind: 'CHOICE';
      readonly id: string;
      readonly number: number;
      readonly text: string;
      readonly options: readonly AnswerOption[];
    };

export interface InstrumentDefinition {
  readonly code: InstrumentCode;
  readonly title: string;
  readonly shortTitle: string;
  /** Our version of the form (wording, options, scoring); stored with every administration. */
  readonly version: string;
  readonly recallPeriod: string;
  /** The stem shown above the items. */
  readonly prompt: string;
  /** Intended ages, when the instrument is age-specific. */
  readonly ages?: { readonly min: number; readonly max: number };
  readonly loincPanel: string | null;
  /** LOINC code for the total score (Observation.code when results are exported). */
  readonly loincTotalScore: string | null;
  readonly maxTotal: number;
  readonly items: readonly ScoredItem[];
  readonly extraQuestions: readonly ExtraQuestion[];
  /**
   * Bands with the default context. PCL-5 and AUDIT-C bands move with the cutoff
   * (configured PCL-5 cutoff, patient's sex), so score with `bandsFor`, not with this list.
   */
  readonly bands: readonly SeverityBand[];
}

const options = (...labels: string[]): AnswerOption[] => labels.map((label, value) => ({ value, label }));

/** PHQ-9, PHQ-A and GAD-7 share this 0-3 frequency scale over two weeks. */
const FREQUENCY_0_3 = options('Not at all', 'Several days', 'More than half the days', 'Nearly every day');
const PCL5_0_4 = options('Not at all', 'A little bit', 'Moderately', 'Quite a bit', 'Extremely');
const DIFFICULTY = options('Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult');

const SAME_DAY_REVIEW = 'Needs same-day clinician review: assess suicide risk and make a safety plan.';

function defineInstrument(definition: Omit<InstrumentDefinition, 'maxTotal'>): InstrumentDefinition {
  const maxTotal = definition.items.reduce(
    (sum, item) => sum + Math.max(...item.options.map((option) => option.value)),
    0,
  );
  return { ...definition, maxTotal };
}

/** Kroenke 2001 severity bands, used unchanged for the PHQ-A. */
const PHQ_BANDS: readonly SeverityBand[] = [
  { min: 0, max: 4, label: 'Minimal', level: 'MINIMAL' },
  { min: 5, max: 9, label: 'Mild', level: 'LOW' },
  { min: 10, max: 14, label: 'Moderate', level: 'MODERATE' },
  { min: 15, max: 19, label: 'Moderately severe', level: 'HIGH' },
  { min: 20, max: 27, label: 'Severe', level: 'VERY_HIGH' },
];

const PHQ9 = defineInstrument({
  code: 'PHQ9',
  title: 'Patient Health Questionnaire-9',
  shortTitle: 'PHQ-9',
  version: '1',
  recallPeriod: 'the past 2 weeks',
  prompt: 'Over the past 2 weeks, how often have you been bothered by:',
  loincPanel: '44249-1',
  loincTotalScore: '44261-6',
  items: [
    { id: 'anhedonia', number: 1, text: 'Loss of interest or pleasure', options: FREQUENCY_0_3 },
    { id: 'depressedMood', number: 2, text: 'Low mood or hopelessness', options: FREQUENCY_0_3 },
    { id: 'sleep', number: 3, text: 'Sleeping too little or too much', options: FREQUENCY_0_3 },
    { id: 'fatigue', number: 4, text: 'Tiredness or low energy', options: FREQUENCY_0_3 },
    { id: 'appetite', number: 5, text: 'Appetite change', options: FREQUENCY_0_3 },
    { id: 'worthlessness', number: 6, text: 'Feeling worthless or like a failure', options: FREQUENCY_0_3 },
    { id: 'concentration', number: 7, text: 'Trouble concentrating', options: FREQUENCY_0_3 },
    { id: 'psychomotor', number: 8, text: 'Slowed down, or restless', options: FREQUENCY_0_3 },
    {
      id: 'selfHarmThoughts',
      number: 9,
      text: 'Thoughts of death or self-harm',
      options: FREQUENCY_0_3,
      // Any answer above 0 needs same-day review whatever the total (domain.md §5).
      safetyFlagReason: `PHQ-9 item 9 (thoughts of death or self-harm) was answered above "not at all". ${SAME_DAY_REVIEW}`,
    },
  ],
  extraQuestions: [
    {
      kind: 'CHOICE',
      id: 'difficulty',
      number: 10,
      text: 'How difficult have these problems made it to work, take care of things at home, or get along with others?',
      options: DIFFICULTY,
    },
  ],
  bands: PHQ_BANDS,
});

/**
 * PHQ-A (PHQ-9 modified for teens, Johnson 2002). Same nine symptoms, reworded and reordered:
 * mood is item 1 and interest item 2, appetite item 4 and tiredness item 5. Answers are keyed by
 * symptom, so a PHQ-A and a PHQ-9 answer about the same symptom share a key.
 */
const PHQA = defineInstrument({
  code: 'PHQA',
  title: 'Patient Health Questionnaire for Adolescents',
  shortTitle: 'PHQ-A',
  version: '1',
  recallPeriod: 'the past 2 weeks',
  prompt: 'Over the past 2 weeks, how often have you been bothered by:',
  ages: { min: 11, max: 17 },
  loincPanel: null,
  loincTotalScore: '89204-2',
  items: [
    { id: 'depressedMood', number: 1, text: 'Feeling down, irritable or hopeless', options: FREQUENCY_0_3 },
    { id: 'anhedonia', number: 2, text: 'Loss of interest or pleasure', options: FREQUENCY_0_3 },
    { id: 'sleep', number: 3, text: 'Sleeping too little or too much', options: FREQUENCY_0_3 },
    { id: 'appetite', number: 4, text: 'Poor appetite or overeating', options: FREQUENCY_0_3 },
    { id: 'fatigue', number: 5, text: 'Tiredness or low energy', options: FREQUENCY_0_3 },
    {
      id: 'worthlessness',
      number: 6,
      text: 'Feeling bad about yourself, or like a failure',
      options: FREQUENCY_0_3,
    },
    { id: 'concentration', number: 7, text: 'Trouble concentrating on things like schoolwork', options: FREQUENCY_0_3 },
    { id: 'psychomotor', number: 8, text: 'Slowed down, or restless', options: FREQUENCY_0_3 },
    {
      id: 'selfHarmThoughts',
      number: 9,
      text: 'Thoughts of death or self-harm',
      options: FREQUENCY_0_3,
      safetyFlagReason: `PHQ-A item 9 (thoughts of death or self-harm) was answered above "not at all". ${SAME_DAY_REVIEW}`,
    },
  ],
  extraQuestions: [
    {
      kind: 'YES_NO',
      id: 'pastYearDepression',
      number: 10,
      text: 'In the past year, have you felt depressed or sad most days, even if you felt okay sometimes?',
    },
    {
      kind: 'CHOICE',
      id: 'difficulty',
      number: 11,
      text: 'How difficult have these problems made it to do schoolwork, take care of things at home, or get along with others?',
      options: DIFFICULTY,
    },
    {
      kind: 'YES_NO',
      id: 'pastMonthSuicidalThoughts',
      number: 12,
      text: 'In the past month, have you had serious thoughts about ending your life?',
      safetyFlagReason: `PHQ-A: serious thoughts of ending life in the past month. ${SAME_DAY_REVIEW}`,
    },
    {
      kind: 'YES_NO',
      id: 'lifetimeSuicideAttempt',
      number: 13,
      text: 'Have you ever, in your whole life, tried to end your life or made a suicide attempt?',
      safetyFlagReason: `PHQ-A: a suicide attempt at some time in life. ${SAME_DAY_REVIEW}`,
    },
  ],
  bands: PHQ_BANDS,
});

const GAD7 = defineInstrument({
  code: 'GAD7',
  title: 'Generalized Anxiety Disorder-7',
  shortTitle: 'GAD-7',
  version: '1',
  recallPeriod: 'the past 2 weeks',
  prompt: 'Over the past 2 weeks, how often have you been bothered by:',
  loincPanel: '69737-5',
  loincTotalScore: '70274-6',
  items: [
    { id: 'nervous', number: 1, text: 'Nervous or on edge', options: FREQUENCY_0_3 },
    { id: 'uncontrolledWorry', number: 2, text: "Can't stop worrying", options: FREQUENCY_0_3 },
    { id: 'excessiveWorry', number: 3, text: 'Worrying about many things', options: FREQUENCY_0_3 },
    { id: 'troubleRelaxing', number: 4, text: 'Trouble relaxing', options: FREQUENCY_0_3 },
    { id: 'restlessness', number: 5, text: 'Restlessness', options: FREQUENCY_0_3 },
    { id: 'irritability', number: 6, text: 'Irritability', options: FREQUENCY_0_3 },
    { id: 'dread', number: 7, text: 'Fear that something awful will happen', options: FREQUENCY_0_3 },
  ],
  // The published GAD-7 form carries the same unscored difficulty question as the PHQ-9.
  extraQuestions: [
    {
      kind: 'CHOICE',
      id: 'difficulty',
      number: 8,
      text: 'How difficult have these problems made it to work, take care of things at home, or get along with others?',
      options: DIFFICULTY,
    },
  ],
  bands: [
    { min: 0, max: 4, label: 'Minimal', level: 'MINIMAL' },
    { min: 5, max: 9, label: 'Mild', level: 'LOW' },
    { min: 10, max: 14, label: 'Moderate', level: 'MODERATE' },
    { min: 15, max: 21, label: 'Severe', level: 'VERY_HIGH' },
  ],
});

/** Provisional PTSD cutoff when the practice has not chosen one (published range 31-33). */
export const DEFAULT_PCL5_CUTOFF = 33;

/** PCL-5 bands for a given provisional cutoff (the PCL-5 has no published severity bands). */
export function pcl5Bands(cutoff: number): SeverityBand[] {
  return [
    { min: 0, max: cutoff - 1, label: 'Below the provisional PTSD cutoff', level: 'LOW' },
    { min: cutoff, max: 80, label: 'Provisional PTSD', level: 'HIGH' },
  ];
}

const pclItem = (id: string, number: number, cluster: Pcl5Cluster, text: string): ScoredItem => ({
  id,
  number,
  cluster,
  text,
  options: PCL5_0_4,
});

const PCL5 = defineInstrument({
  code: 'PCL5',
  title: 'PTSD Checklist for DSM-5',
  shortTitle: 'PCL-5',
  version: '1',
  recallPeriod: 'the past month',
  prompt: 'Thinking of your most stressful experience, in the past month how much were you bothered by:',
  loincPanel: null,
  loincTotalScore: null,
  items: [
    pclItem('intrusiveMemories', 1, 'B', 'Upsetting memories of it that keep coming back'),
    pclItem('nightmares', 2, 'B', 'Upsetting dreams about it'),
    pclItem('flashbacks', 3, 'B', 'Suddenly feeling or acting as if it were happening again'),
    pclItem('cueDistress', 4, 'B', 'Feeling very upset when something reminded you of it'),
    pclItem('cueReactivity', 5, 'B', 'Strong body reactions to reminders (racing heart, sweating, trouble breathing)'),
    pclItem('avoidInternal', 6, 'C', 'Avoiding memories, thoughts or feelings about it'),
    pclItem('avoidExternal', 7, 'C', 'Avoiding people, places, conversations or things that remind you of it'),
    pclItem('amnesia', 8, 'D', 'Trouble remembering important parts of it'),
    pclItem('negativeBeliefs', 9, 'D', 'Strong negative beliefs about yourself, other people or the world'),
    pclItem('blame', 10, 'D', 'Blaming yourself or someone else for it or what happened after'),
    pclItem('negativeEmotions', 11, 'D', 'Strong negative feelings such as fear, horror, anger, guilt or shame'),
    pclItem('lostInterest', 12, 'D', 'Loss of interest in activities you used to enjoy'),
    pclItem('detachment', 13, 'D', 'Feeling distant or cut off from other people'),
    pclItem('noPositiveEmotions', 14, 'D', 'Trouble having positive feelings, such as happiness or love'),
    pclItem('angerOutbursts', 15, 'E', 'Irritable behaviour, angry outbursts or acting aggressively'),
    pclItem('riskTaking', 16, 'E', 'Taking too many risks or doing things that could cause you harm'),
    pclItem('hypervigilance', 17, 'E', 'Being "super alert", watchful or on guard'),
    pclItem('startle', 18, 'E', 'Feeling jumpy or easily startled'),
    pclItem('poorConcentration', 19, 'E', 'Trouble concentrating'),
    pclItem('sleepTrouble', 20, 'E', 'Trouble falling or staying asleep'),
  ],
  extraQuestions: [],
  bands: pcl5Bands(DEFAULT_PCL5_CUTOFF),
});

/** AUDIT-C scores 8-12 are high-risk drinking whatever the sex (domain.md §5: "≥7-8 high"). */
export const AUDITC_HIGH_RISK = 8;

/** AUDIT-C bands for a given positive-screen cutoff (4 for men, 3 for women). */
export function auditcBands(cutoff: number): SeverityBand[] {
  return [
    { min: 0, max: cutoff - 1, label: 'Negative screen', level: 'LOW' },
    { min: cutoff, max: AUDITC_HIGH_RISK - 1, label: 'Positive screen', level: 'MODERATE' },
    { min: AUDITC_HIGH_RISK, max: 12, label: 'Positive screen, high risk', level: 'HIGH' },
  ];
}

/** Skip logic printed on the AUDIT: someone who never drinks skips the next two questions. */
const NEVER_DRINKS = { itemId: 'drinkingFrequency', value: 0 } as const;

const AUDITC = defineInstrument({
  code: 'AUDITC',
  title: 'Alcohol Use Disorders Identification Test - Consumption',
  shortTitle: 'AUDIT-C',
  version: '1',
  recallPeriod: 'the past year',
  prompt: 'Thinking about your drinking in the past year:',
  loincPanel: '72109-2',
  loincTotalScore: '75626-2',
  items: [
    {
      id: 'drinkingFrequency',
      number: 1,
      text: 'How often do you have a drink containing alcohol?',
      options: options('Never', 'Monthly or less', '2-4 times a month', '2-3 times a week', '4 or more times a week'),
    },
    {
      id: 'typicalQuantity',
      number: 2,
      text: 'How many standard drinks do you have on a typical day when you drink?',
      options: options('1 or 2', '3 or 4', '5 or 6', '7 to 9', '10 or more'),
      skippedWhen: NEVER_DRINKS,
    },
    {
      id: 'heavyDrinkingFrequency',
      number: 3,
      text: 'How often do you have 6 or more drinks on one occasion?',
      options: options('Never', 'Less than monthly', 'Monthly', 'Weekly', 'Daily or almost daily'),
      skippedWhen: NEVER_DRINKS,
    },
  ],
  extraQuestions: [],
  // The lower (women's) cutoff: the one used when sex is not recorded.
  bands: auditcBands(3),
});

export const INSTRUMENTS: Readonly<Record<InstrumentCode, InstrumentDefinition>> = { PHQ9, PHQA, GAD7, PCL5, AUDITC };

/** True for the instrument codes we ship; use before trusting a code that came from a client. */
export function isInstrumentCode(code: unknown): code is InstrumentCode {
  return typeof code === 'string' && (INSTRUMENT_CODES as readonly string[]).includes(code);
}
