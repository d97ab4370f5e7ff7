import { humanizeEnum } from '@handoff/ui-kit';
import type { InterventionModality, MeasureOperator } from '../../../gql/graphql';

const MODALITY_NAMES: Partial<Record<InterventionModality, string>> = {
  CBT: 'CBT',
  DBT: 'DBT',
  DBT_SKILLS_GROUP: 'DBT skills group',
  ACT: 'ACT',
  MI: 'Motivational interviewing',
  EMDR: 'EMDR',
  CPT_TRAUMA: 'Cognitive processing therapy (trauma)',
  EXPOSURE_RESPONSE_PREVENTION: 'Exposure and response prevention',
};

export function modalityLabel(modality: InterventionModality): string {
  return MODALITY_NAMES[modality] ?? humanizeEnum(modality);
}

export const MODALITIES: readonly InterventionModality[] = [
  'CBT',
  'DBT',
  'DBT_SKILLS_GROUP',
  'ACT',
  'MI',
  'EMDR',
  'CPT_TRAUMA',
  'PROLONGED_EXPOSURE',
  'EXPOSURE_RESPONSE_PREVENTION',
  'PSYCHODYNAMIC',
  'SOLUTION_FOCUSED',
  'FAMILY_THERAPY',
  'COUPLES_THERAPY',
  'GROUP_THERAPY',
  'PSYCHOEDUCATION',
  'MEDICATION_MANAGEMENT',
  'CASE_MANAGEMENT',
  'SAFETY_PLANNING',
  'OTHER',
];

export const OPERATOR_SYMBOLS: Record<MeasureOperator, string> = {
  BELOW: '<',
  AT_OR_BELOW: '≤',
  AT_OR_ABOVE: '≥',
  ABOVE: '>',
};

export const OPERATOR_LABELS: Record<MeasureOperator, string> = {
  BELOW: 'below',
  AT_OR_BELOW: 'at or below',
  AT_OR_ABOVE: 'at or above',
  ABOVE: 'above',
};

/** The instruments the API scores (measures module); a target may name one of them. */
export const INSTRUMENTS = [
  { value: 'PHQ9', label: 'PHQ-9' },
  { value: 'PHQA', label: 'PHQ-A' },
  { value: 'GAD7', label: 'GAD-7' },
  { value: 'PCL5', label: 'PCL-5' },
  { value: 'AUDITC', label: 'AUDIT-C' },
];

export function instrumentLabel(code: string): string {
  return INSTRUMENTS.find((i) => i.value === code)?.label ?? code;
}

/** "PHQ-9 below 10", or the target in words. */
export function targetMeasureText(
  measure: {
    instrument: string | null;
    operator: MeasureOperator | null;
    value: number | null;
    text: string | null;
  } | null,
): string | null {
  if (!measure) return null;
  const scored =
    measure.instrument && measure.operator && measure.value !== null
      ? `${instrumentLabel(measure.instrument)} ${OPERATOR_LABELS[measure.operator]} ${measure.value}`
      : null;
  return [scored, measure.text].filter(Boolean).join(' — ') || null;
}

/** Review due: overdue, within 7 days, or later (calendar dates, local today). */
export function reviewDueState(
  reviewDueOn: string | null | undefined,
  today: string,
): 'overdue' | 'soon' | 'later' | null {
  if (!reviewDueOn) return null;
  if (reviewDueOn < today) return 'overdue';
  const soon = new Date(`${today}T00:00:00`);
  soon.setDate(soon.getDate() + 7);
  const limit = `${soon.getFullYear()}-${String(soon.getMonth() + 1).padStart(2, '0')}-${String(soon.getDate()).padStart(2, '0')}`;
  return reviewDueOn <= limit ? 'soon' : 'later';
}

export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
