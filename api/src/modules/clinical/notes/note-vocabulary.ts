/**
 * The quick picks of a progress note: coded values, so they feed billing checks and analytics,
 * and the UI renders them as chips. Codes are stable identifiers; labels are what clinicians read.
 * A code outside its list is refused when a draft is saved.
 */
export const NOTE_VOCABULARY = {
  participants: {
    PATIENT: 'Patient',
    PARENT_GUARDIAN: 'Parent or guardian',
    PARTNER: 'Partner or spouse',
    FAMILY_MEMBER: 'Other family member',
    INTERPRETER: 'Interpreter',
    OTHER: 'Other',
  },
  symptoms: {
    DEPRESSED_MOOD: 'Depressed mood',
    ANHEDONIA: 'Loss of interest',
    ANXIETY: 'Anxiety or worry',
    PANIC: 'Panic attacks',
    IRRITABILITY: 'Irritability',
    SLEEP_DISTURBANCE: 'Sleep disturbance',
    APPETITE_CHANGE: 'Appetite change',
    FATIGUE: 'Fatigue',
    POOR_CONCENTRATION: 'Poor concentration',
    HOPELESSNESS: 'Hopelessness',
    GUILT_WORTHLESSNESS: 'Guilt or worthlessness',
    INTRUSIVE_MEMORIES: 'Intrusive memories',
    AVOIDANCE: 'Avoidance',
    HYPERVIGILANCE: 'Hypervigilance',
    OBSESSIONS_COMPULSIONS: 'Obsessions or compulsions',
    MOOD_SWINGS: 'Mood swings',
    IMPULSIVITY: 'Impulsivity',
    SUBSTANCE_USE: 'Substance use',
    RELATIONSHIP_CONFLICT: 'Relationship conflict',
    GRIEF: 'Grief',
  },
  mentalStatus: {
    'appearance:well_groomed': 'Appearance: well groomed',
    'appearance:disheveled': 'Appearance: disheveled',
    'behavior:cooperative': 'Behavior: cooperative',
    'behavior:guarded': 'Behavior: guarded',
    'behavior:agitated': 'Behavior: agitated',
    'psychomotor:normal': 'Psychomotor: normal',
    'psychomotor:retarded': 'Psychomotor: slowed',
    'psychomotor:agitated': 'Psychomotor: agitated',
    'speech:normal': 'Speech: normal rate and volume',
    'speech:pressured': 'Speech: pressured',
    'speech:slow': 'Speech: slow',
    'mood:euthymic': 'Mood: euthymic',
    'mood:depressed': 'Mood: depressed',
    'mood:anxious': 'Mood: anxious',
    'mood:irritable': 'Mood: irritable',
    'mood:elevated': 'Mood: elevated',
    'affect:congruent': 'Affect: congruent',
    'affect:constricted': 'Affect: constricted',
    'affect:flat': 'Affect: flat',
    'affect:labile': 'Affect: labile',
    'thought_process:linear': 'Thought process: linear, goal-directed',
    'thought_process:tangential': 'Thought process: tangential',
    'thought_process:disorganized': 'Thought process: disorganized',
    'thought_content:unremarkable': 'Thought content: unremarkable',
    'thought_content:preoccupied': 'Thought content: preoccupied',
    'thought_content:delusions': 'Thought content: delusions',
    'perception:no_hallucinations': 'Perception: no hallucinations',
    'perception:hallucinations': 'Perception: hallucinations',
    'cognition:oriented_x4': 'Cognition: alert, oriented x4',
    'cognition:impaired': 'Cognition: impaired',
    'insight:good': 'Insight: good',
    'insight:fair': 'Insight: fair',
    'insight:poor': 'Insight: poor',
    'judgment:good': 'Judgment: good',
    'judgment:fair': 'Judgment: fair',
    'judgment:poor': 'Judgment: poor',
  },
  protectiveFactors: {
    SOCIAL_SUPPORT: 'Social support',
    FAMILY_RESPONSIBILITIES: 'Family responsibilities',
    ENGAGED_IN_TREATMENT: 'Engaged in treatment',
    FUTURE_ORIENTATION: 'Future orientation',
    RELIGIOUS_BELIEFS: 'Religious or moral objections',
    COPING_SKILLS: 'Coping skills',
    NO_ACCESS_TO_MEANS: 'No access to lethal means',
  },
  interventions: {
    CBT: 'Cognitive behavioral therapy',
    DBT: 'DBT skills',
    MI: 'Motivational interviewing',
    EMDR: 'EMDR',
    ACT: 'Acceptance and commitment therapy',
    PSYCHODYNAMIC: 'Psychodynamic exploration',
    PSYCHOEDUCATION: 'Psychoeducation',
    MINDFULNESS: 'Mindfulness',
    RELAXATION: 'Relaxation training',
    EXPOSURE: 'Exposure',
    BEHAVIORAL_ACTIVATION: 'Behavioral activation',
    SAFETY_PLANNING: 'Safety planning',
    SUPPORTIVE: 'Supportive therapy',
    SOLUTION_FOCUSED: 'Solution-focused therapy',
    FAMILY_SYSTEMS: 'Family systems',
    MEDICATION_MANAGEMENT: 'Medication management',
  },
  responses: {
    ENGAGED: 'Engaged and receptive',
    PARTIALLY_ENGAGED: 'Partially engaged',
    RESISTANT: 'Resistant',
    PRACTICED_SKILL: 'Practiced the skill in session',
    GAINED_INSIGHT: 'Gained insight',
    DISTRESSED: 'Distressed',
  },
  progress: {
    PROGRESSING: 'Progressing',
    STABLE: 'No change',
    REGRESSING: 'Regressing',
    MET: 'Met',
  },
  interactiveComplexity: {
    MALADAPTIVE_COMMUNICATION: 'Maladaptive communication among participants complicated care',
    CAREGIVER_INTERFERENCE: 'Caregiver emotions or behavior interfered with the treatment plan',
    SENTINEL_EVENT: 'Sentinel event requiring a mandated report, discussed',
    PLAY_EQUIPMENT_OR_INTERPRETER: 'Play equipment, devices or an interpreter were needed to communicate',
  },
} as const;

export type VocabularyList = keyof typeof NOTE_VOCABULARY;

/** The codes of `list` that are not in it (empty: all valid). */
export function unknownCodes(list: VocabularyList, codes: readonly string[]): string[] {
  const known = NOTE_VOCABULARY[list] as Record<string, string>;
  return codes.filter((code) => !(code in known));
}

export function labelOf(list: VocabularyList, code: string): string {
  return (NOTE_VOCABULARY[list] as Record<string, string>)[code] ?? code;
}
