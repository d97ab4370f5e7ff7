import { SectionCard } from '@handoff/ui-kit';
import { Stack, Textarea } from '@mantine/core';
import type { NoteDraft } from './noteDraft';
import type { NoteSectionProps } from './noteSectionProps';

type IntakeField =
  | 'referralReason'
  | 'historyOfPresentIllness'
  | 'psychiatricHistory'
  | 'medicalHistory'
  | 'substanceUseHistory'
  | 'traumaHistory'
  | 'familySocialHistory'
  | 'diagnosticFormulation'
  | 'recommendations';

const FIELDS: readonly { key: IntakeField & keyof NoteDraft; label: string; description: string }[] = [
  { key: 'referralReason', label: 'Reason for referral', description: 'And the referral source.' },
  {
    key: 'historyOfPresentIllness',
    label: 'History of present illness',
    description: 'Onset, duration, severity, triggers.',
  },
  {
    key: 'psychiatricHistory',
    label: 'Psychiatric history',
    description: 'Prior diagnoses, treatment, hospitalizations, medications.',
  },
  { key: 'medicalHistory', label: 'Medical history', description: 'Conditions, medications, allergies, primary care.' },
  {
    key: 'substanceUseHistory',
    label: 'Substance use history',
    description: 'Per substance: first use, pattern, last use.',
  },
  { key: 'traumaHistory', label: 'Trauma history', description: 'Trauma and abuse history.' },
  {
    key: 'familySocialHistory',
    label: 'Family and social history',
    description: 'Family psychiatric and medical history; living situation, supports.',
  },
  {
    key: 'diagnosticFormulation',
    label: 'Diagnostic formulation',
    description: 'Diagnostic impression and formulation.',
  },
  { key: 'recommendations', label: 'Recommendations', description: 'Recommendations and level of care.' },
];

/** The initial assessment's histories, for intake (diagnostic evaluation) notes. */
export function IntakeSection({ draft, onChange }: Omit<NoteSectionProps, 'vocabulary'>) {
  return (
    <SectionCard title="Intake assessment">
      <Stack gap="sm">
        {FIELDS.map((field) => (
          <Textarea
            key={field.key}
            label={field.label}
            description={field.description}
            autosize
            minRows={2}
            value={draft[field.key] ?? ''}
            onChange={(event) => onChange({ [field.key]: event.currentTarget.value })}
          />
        ))}
      </Stack>
    </SectionCard>
  );
}
