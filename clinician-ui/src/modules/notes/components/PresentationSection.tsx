import { ChoiceChips, SectionCard } from '@handoff/ui-kit';
import { Stack, Textarea } from '@mantine/core';
import { chipOptions, type NoteSectionProps } from './noteSectionProps';

/** Why the patient came today, in their words and as coded symptoms. */
export function PresentationSection({ draft, onChange, vocabulary }: NoteSectionProps) {
  return (
    <SectionCard title="Presenting concerns">
      <Stack gap="sm">
        <Textarea
          label="Presenting concerns"
          description="What the patient reports since the last session, in their words where it matters."
          autosize
          minRows={3}
          value={draft.presentingConcerns ?? ''}
          onChange={(event) => onChange({ presentingConcerns: event.currentTarget.value })}
        />
        <ChoiceChips
          label="Symptoms"
          options={chipOptions(vocabulary.options('symptoms'))}
          value={draft.symptoms ?? []}
          onChange={(symptoms) => onChange({ symptoms })}
        />
      </Stack>
    </SectionCard>
  );
}
