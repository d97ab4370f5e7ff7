import { ChoiceChips, SectionCard } from '@handoff/ui-kit';
import { Stack, Textarea } from '@mantine/core';
import { chipOptions, type NoteSectionProps } from './noteSectionProps';

/** What the clinician did and how the patient took it: the medical-necessity core payers read. */
export function InterventionsSection({ draft, onChange, vocabulary }: NoteSectionProps) {
  return (
    <SectionCard title="Interventions and response">
      <Stack gap="sm">
        <ChoiceChips
          label="Interventions"
          options={chipOptions(vocabulary.options('interventions'))}
          value={draft.interventions ?? []}
          onChange={(interventions) => onChange({ interventions })}
        />
        <Textarea
          label="Intervention details"
          autosize
          minRows={2}
          value={draft.interventionNotes ?? ''}
          onChange={(event) => onChange({ interventionNotes: event.currentTarget.value })}
        />
        <ChoiceChips
          label="Patient response"
          options={chipOptions(vocabulary.options('responses'))}
          value={draft.responses ?? []}
          onChange={(responses) => onChange({ responses })}
        />
        <Textarea
          label="Response details"
          autosize
          minRows={1}
          value={draft.responseNotes ?? ''}
          onChange={(event) => onChange({ responseNotes: event.currentTarget.value })}
        />
      </Stack>
    </SectionCard>
  );
}
