import { randomUUID } from 'node:crypto';
import { isInstrumentCode } from '../measures';
import type { PlanIntervention, PlanObjective, TargetMeasure, TreatmentPlanContent } from './plan-content';

const MAX_TEXT = 4000;

/** Free text trimmed; empty becomes null (what is stored is what a reviewer later reads). */
function clean(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

export interface NormalisedPlan {
  content: TreatmentPlanContent;
  /** What is wrong, as positions and rules only (never the patient's words: messages carry no PHI). */
  problems: string[];
  clinicianIds: string[];
  diagnosisIds: string[];
}

function measureOf(measure: TargetMeasure | null | undefined, at: string, problems: string[]): TargetMeasure | null {
  if (!measure) return null;
  const scored = {
    instrument: clean(measure.instrument)?.toUpperCase() ?? null,
    operator: measure.operator ?? null,
    value: measure.value ?? null,
  };
  const text = clean(measure.text);
  const given = Object.values(scored).filter((v) => v !== null).length;
  if (given > 0 && given < 3) problems.push(`${at}: a scored target needs the instrument, the operator and the value`);
  if (scored.instrument && !isInstrumentCode(scored.instrument)) {
    problems.push(`${at}: unknown instrument ${scored.instrument.slice(0, 12)}`);
  }
  if (given === 0 && !text) return null;
  return { ...scored, text };
}

/**
 * Trims the plan, gives every problem, goal and objective a stable id (kept when the client sends
 * one, so revisions and progress notes keep pointing at the same objective), and lists what is
 * malformed. Drafts may be incomplete; what activation needs is `missingForActivation`.
 */
export function normalisePlanContent(input: TreatmentPlanContent): NormalisedPlan {
  const problems: string[] = [];
  const ids = new Set<string>();
  const clinicianIds = new Set<string>();
  const diagnosisIds = new Set<string>();
  const idFor = (given: string | null | undefined, at: string) => {
    const id = clean(given) ?? randomUUID();
    if (ids.has(id)) problems.push(`${at}: the id is used twice in this plan`);
    ids.add(id);
    return id;
  };
  const text = (value: string, at: string) => {
    const cleaned = clean(value);
    if (!cleaned) problems.push(`${at}: the text is empty`);
    else if (cleaned.length > MAX_TEXT) problems.push(`${at}: the text is longer than ${MAX_TEXT} characters`);
    return cleaned ?? '';
  };
  const content: TreatmentPlanContent = {
    dischargeCriteria: clean(input.dischargeCriteria),
    patientParticipation: clean(input.patientParticipation),
    problems: input.problems.map((problem, p) => {
      const pAt = `Problem ${p + 1}`;
      const diagnosisId = clean(problem.diagnosisId);
      if (diagnosisId) diagnosisIds.add(diagnosisId);
      return {
        id: idFor(problem.id, pAt),
        text: text(problem.text, pAt),
        diagnosisId,
        goals: problem.goals.map((goal, g) => {
          const gAt = `${pAt}, goal ${g + 1}`;
          return {
            id: idFor(goal.id, gAt),
            text: text(goal.text, gAt),
            objectives: goal.objectives.map((objective, o): PlanObjective => {
              const oAt = `${gAt}, objective ${o + 1}`;
              return {
                id: idFor(objective.id, oAt),
                text: text(objective.text, oAt),
                targetDate: objective.targetDate ?? null,
                baseline: clean(objective.baseline),
                targetMeasure: measureOf(objective.targetMeasure, oAt, problems),
                interventions: objective.interventions.map((intervention, i): PlanIntervention => {
                  const iAt = `${oAt}, intervention ${i + 1}`;
                  const clinicianId = intervention.responsibleClinicianId.trim();
                  clinicianIds.add(clinicianId);
                  return {
                    modality: intervention.modality,
                    frequency: text(intervention.frequency, `${iAt} frequency`),
                    responsibleClinicianId: clinicianId,
                    notes: clean(intervention.notes),
                  };
                }),
              };
            }),
          };
        }),
      };
    }),
  };
  return { content, problems, clinicianIds: [...clinicianIds], diagnosisIds: [...diagnosisIds] };
}

/**
 * What an in-effect plan must hold (domain.md §6.3): at least one problem, each with a goal, each
 * goal with a measurable objective (a target and a target date), each objective with an intervention.
 */
export function missingForActivation(content: TreatmentPlanContent): string[] {
  if (content.problems.length === 0) return ['At least one problem'];
  const missing: string[] = [];
  content.problems.forEach((problem, p) => {
    if (problem.goals.length === 0) missing.push(`Problem ${p + 1}: a goal`);
    problem.goals.forEach((goal, g) => {
      const gAt = `Problem ${p + 1}, goal ${g + 1}`;
      if (goal.objectives.length === 0) missing.push(`${gAt}: an objective`);
      goal.objectives.forEach((objective, o) => {
        const oAt = `${gAt}, objective ${o + 1}`;
        if (!objective.targetMeasure) missing.push(`${oAt}: a measurable target`);
        if (!objective.targetDate) missing.push(`${oAt}: a target date`);
        if (objective.interventions.length === 0) missing.push(`${oAt}: an intervention`);
      });
    });
  });
  return missing;
}
