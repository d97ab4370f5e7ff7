import { SectionCard } from '@handoff/ui-kit';
import { Stack, TextInput, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import type { NoteSectionProps } from './noteSectionProps';

export interface PlanSectionProps extends Omit<NoteSectionProps, 'vocabulary'> {
  /** Under the next appointment: booking it from here (FollowUpScheduler). */
  followUp?: ReactNode;
}

/** The clinician's assessment, the plan until next time and when that is. */
export function PlanSection({ draft, onChange, followUp }: PlanSectionProps) {
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
        {followUp}
      </Stack>
    </SectionCard>
  );
}
