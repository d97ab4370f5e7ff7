import type {
  InterventionModality,
  MeasureOperator,
  TreatmentPlanContentInput,
  TreatmentPlanVersion_FieldsFragment,
} from '../../../gql/graphql';

/**
 * The plan as the editor holds it: the API's shape, plus a client-only `key` per row for React, and
 * the choices a new row starts without (a modality) allowed to be empty until saved.
 */
export interface EditableIntervention {
  key: string;
  modality: InterventionModality | null;
  frequency: string;
  responsibleClinicianId: string;
  notes: string;
}
export interface EditableObjective {
  key: string;
  id: string | null;
  text: string;
  targetDate: string;
  baseline: string;
  instrument: string;
  operator: MeasureOperator | null;
  value: number | string;
  targetText: string;
  interventions: EditableIntervention[];
}
export interface EditableGoal {
  key: string;
  id: string | null;
  text: string;
  objectives: EditableObjective[];
}
export interface EditableProblem {
  key: string;
  id: string | null;
  text: string;
  diagnosisId: string | null;
  goals: EditableGoal[];
}
export interface EditablePlan {
  problems: EditableProblem[];
  dischargeCriteria: string;
  patientParticipation: string;
  reviewDueOn: string;
}

let nextKey = 0;
const newKey = () => `new-${++nextKey}`;

export const newIntervention = (responsibleClinicianId: string): EditableIntervention => ({
  key: newKey(),
  modality: null,
  frequency: '',
  responsibleClinicianId,
  notes: '',
});
export const newObjective = (): EditableObjective => ({
  key: newKey(),
  id: null,
  text: '',
  targetDate: '',
  baseline: '',
  instrument: '',
  operator: null,
  value: '',
  targetText: '',
  interventions: [],
});
export const newGoal = (): EditableGoal => ({ key: newKey(), id: null, text: '', objectives: [] });
export const newProblem = (): EditableProblem => ({ key: newKey(), id: null, text: '', diagnosisId: null, goals: [] });
export const EMPTY_PLAN: EditablePlan = {
  problems: [],
  dischargeCriteria: '',
  patientParticipation: '',
  reviewDueOn: '',
};

/** A saved version, ready to edit (ids kept: progress notes point at objectives by id). */
export function editablePlan(version: TreatmentPlanVersion_FieldsFragment): EditablePlan {
  return {
    dischargeCriteria: version.dischargeCriteria ?? '',
    patientParticipation: version.patientParticipation ?? '',
    reviewDueOn: version.reviewDueOn ?? '',
    problems: (version.problems ?? []).map((p) => ({
      key: p.id ?? newKey(),
      id: p.id,
      text: p.text,
      diagnosisId: p.diagnosisId,
      goals: p.goals.map((g) => ({
        key: g.id ?? newKey(),
        id: g.id,
        text: g.text,
        objectives: g.objectives.map((o) => ({
          key: o.id ?? newKey(),
          id: o.id,
          text: o.text,
          targetDate: o.targetDate ?? '',
          baseline: o.baseline ?? '',
          instrument: o.targetMeasure?.instrument ?? '',
          operator: o.targetMeasure?.operator ?? null,
          value: o.targetMeasure?.value ?? '',
          targetText: o.targetMeasure?.text ?? '',
          interventions: o.interventions.map((i) => ({
            key: newKey(),
            modality: i.modality,
            frequency: i.frequency,
            responsibleClinicianId: i.responsibleClinicianId,
            notes: i.notes ?? '',
          })),
        })),
      })),
    })),
  };
}

const orNull = (text: string) => text.trim() || null;

/** Rows the API cannot take as they are (no modality or clinician chosen yet), by position. */
export function unchosen(plan: EditablePlan): string[] {
  const out: string[] = [];
  plan.problems.forEach((p, pi) =>
    p.goals.forEach((g, gi) =>
      g.objectives.forEach((o, oi) =>
        o.interventions.forEach((i, ii) => {
          const at = `Problem ${pi + 1}, goal ${gi + 1}, objective ${oi + 1}, intervention ${ii + 1}`;
          if (!i.modality) out.push(`${at}: choose a modality`);
          if (!i.responsibleClinicianId) out.push(`${at}: choose the responsible clinician`);
        }),
      ),
    ),
  );
  return out;
}

/** The editor's plan as the API's input (call `unchosen` first: unchosen modalities are dropped here). */
export function planContentInput(plan: EditablePlan): TreatmentPlanContentInput {
  return {
    dischargeCriteria: orNull(plan.dischargeCriteria),
    patientParticipation: orNull(plan.patientParticipation),
    problems: plan.problems.map((p) => ({
      id: p.id,
      text: p.text,
      diagnosisId: p.diagnosisId,
      goals: p.goals.map((g) => ({
        id: g.id,
        text: g.text,
        objectives: g.objectives.map((o) => {
          const scored = !!o.instrument || !!o.operator || o.value !== '';
          return {
            id: o.id,
            text: o.text,
            targetDate: o.targetDate || null,
            baseline: orNull(o.baseline),
            targetMeasure:
              scored || o.targetText.trim()
                ? {
                    instrument: orNull(o.instrument),
                    operator: o.operator,
                    value: o.value === '' ? null : Number(o.value),
                    text: orNull(o.targetText),
                  }
                : null,
            interventions: o.interventions.flatMap((i) =>
              i.modality
                ? [
                    {
                      modality: i.modality,
                      frequency: i.frequency,
                      responsibleClinicianId: i.responsibleClinicianId,
                      notes: orNull(i.notes),
                    },
                  ]
                : [],
            ),
          };
        }),
      })),
    })),
  };
}
