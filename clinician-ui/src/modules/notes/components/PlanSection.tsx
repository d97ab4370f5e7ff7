import { SectionCard } from '@handoff/ui-kit';
import { Stack, TextInput, Textarea } from '@mantine/core';
import type { NoteSectionProps } from './noteSectionProps';

/** The clinician's assessment, the plan until next time and when that is. */
export function PlanSection({ draft, onChange }: Omit<NoteSectionProps, 'vocabulary'>) {
  return (
    <SectionCard title="Assessment and plan">
      <Stack gap="sm">
        <Textarea
          label="Assessment"
          autosize
          minRows={2}
          value={draft.assessment ?? ''}
          onChange={(event) => onChange({ assessment: event.currentTarget.value })}
        />
        <Textarea
          label="Plan"
          autosize
          minRows={2}
          value={draft.plan ?? ''}
          onChange={(event) => onChange({ plan: event.currentTarget.value })}
        />
        <TextInput
          label="Next appointment"
          placeholder="e.g. One week, same time"
          value={draft.nextAppointment ?? ''}
          onChange={(event) => onChange({ nextAppointment: event.currentTarget.value })}
        />
      </Stack>
    </SectionCard>
  );
}
