import { Field, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { labelOf } from './note-vocabulary';
import { IdeationLevel, Modality, type NoteContent } from './note-content';
import { sessionMinutes } from './note-completeness';
import { NoteFormat } from './progress-note.entity';

@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType({ description: 'One heading of a note as presented in a format, with its lines.' })
export class NoteSection {
  @Field() heading!: string;
  @Field(() => [String]) lines!: string[];
}

type Part = (content: NoteContent) => string[];

const text = (value: string | null | undefined, prefix = '') => (value?.trim() ? [`${prefix}${value.trim()}`] : []);
const codes = (list: Parameters<typeof labelOf>[0], values: readonly string[] | null | undefined, prefix: string) =>
  values && values.length > 0 ? [`${prefix}${values.map((code) => labelOf(list, code)).join(', ')}`] : [];

const MODALITY: Record<Modality, string> = {
  [Modality.IN_PERSON]: 'in person',
  [Modality.VIDEO]: 'video',
  [Modality.AUDIO_ONLY]: 'audio only',
};
const IDEATION: Record<IdeationLevel, string> = {
  [IdeationLevel.DENIED]: 'denied',
  [IdeationLevel.PASSIVE]: 'passive',
  [IdeationLevel.ACTIVE]: 'active',
};

/** The parts of the structured core; each format arranges them under its own headings. */
const PARTS = {
  session: (c) => {
    const minutes = sessionMinutes(c);
    return [
      ...(minutes !== null ? [`Session: ${minutes} minutes${c.modality ? `, ${MODALITY[c.modality]}` : ''}`] : []),
      ...codes('participants', c.participants, 'Present: '),
      ...text(c.participantNotes),
    ];
  },
  group: (c) => [...text(c.groupTopic, 'Group topic: '), ...text(c.groupNarrative)],
  concerns: (c) => [...text(c.presentingConcerns), ...codes('symptoms', c.symptoms, 'Symptoms: ')],
  // Intake (domain.md §6.2): empty on other notes, so every format can carry it.
  history: (c) => [
    ...text(c.referralReason, 'Reason for referral: '),
    ...text(c.historyOfPresentIllness, 'History of present illness: '),
    ...text(c.psychiatricHistory, 'Psychiatric history: '),
    ...text(c.substanceUseHistory, 'Substance use history: '),
    ...text(c.medicalHistory, 'Medical history: '),
    ...text(c.familySocialHistory, 'Family and social history: '),
    ...text(c.traumaHistory, 'Trauma history: '),
  ],
  formulation: (c) => text(c.diagnosticFormulation, 'Diagnostic impression: '),
  recommendations: (c) => text(c.recommendations, 'Recommendations: '),
  mentalStatus: (c) => [...codes('mentalStatus', c.mentalStatus, 'Mental status: '), ...text(c.mentalStatusNotes)],
  risk: (c) => {
    const r = c.risk;
    if (!r) return [];
    return [
      `Risk: suicidal ideation ${r.suicidalIdeation ? IDEATION[r.suicidalIdeation] : 'not assessed'}` +
        (r.suicidePlan ? ', with a plan' : '') +
        (r.suicideIntent ? ', with intent' : '') +
        `; homicidal ideation ${r.homicidalIdeation ? IDEATION[r.homicidalIdeation] : 'not assessed'}` +
        (r.accessToMeans ? '; has access to lethal means' : '') +
        (r.riskLevel ? `; overall risk ${r.riskLevel.toLowerCase()}` : ''),
      ...codes('protectiveFactors', r.protectiveFactors, 'Protective factors: '),
      ...text(r.notes),
    ];
  },
  interventions: (c) => [...codes('interventions', c.interventions, 'Interventions: '), ...text(c.interventionNotes)],
  response: (c) => [...codes('responses', c.responses, 'Response: '), ...text(c.responseNotes)],
  goals: (c) =>
    (c.goalsAddressed ?? []).map(
      (g) =>
        `Goal: ${g.goal} (${labelOf('progress', g.progress).toLowerCase()})${g.notes?.trim() ? ` ${g.notes.trim()}` : ''}`,
    ),
  assessment: (c) => text(c.assessment),
  plan: (c) => [...text(c.plan), ...text(c.nextAppointment, 'Next appointment: ')],
} satisfies Record<string, Part>;

type PartName = keyof typeof PARTS;

/**
 * Which parts go under which heading (domain.md §6.1). Every part appears exactly once in every
 * format, so nothing documented is lost by switching.
 */
const LAYOUTS: Record<NoteFormat, Array<[heading: string, parts: PartName[]]>> = {
  [NoteFormat.SOAP]: [
    ['Subjective', ['concerns', 'history']],
    ['Objective', ['session', 'group', 'mentalStatus', 'risk', 'interventions', 'response']],
    ['Assessment', ['assessment', 'formulation', 'goals']],
    ['Plan', ['recommendations', 'plan']],
  ],
  [NoteFormat.DAP]: [
    ['Data', ['session', 'group', 'concerns', 'history', 'mentalStatus', 'risk', 'interventions', 'response']],
    ['Assessment', ['assessment', 'formulation', 'goals']],
    ['Plan', ['recommendations', 'plan']],
  ],
  [NoteFormat.BIRP]: [
    ['Behavior', ['session', 'group', 'concerns', 'history', 'mentalStatus', 'risk']],
    ['Intervention', ['interventions', 'goals']],
    ['Response', ['response', 'assessment', 'formulation']],
    ['Plan', ['recommendations', 'plan']],
  ],
  [NoteFormat.GIRP]: [
    ['Goals', ['goals', 'session', 'group', 'concerns', 'history']],
    ['Intervention', ['interventions']],
    ['Response', ['response', 'mentalStatus', 'risk', 'assessment', 'formulation']],
    ['Plan', ['recommendations', 'plan']],
  ],
};

export const FORMAT_PARTS = LAYOUTS;

/** The note's structured core as the headings and lines of one format. */
export function renderNote(content: NoteContent, format: NoteFormat): NoteSection[] {
  return LAYOUTS[format].map(([heading, parts]) => ({
    heading,
    lines: parts.flatMap((part) => PARTS[part](content)),
  }));
}
