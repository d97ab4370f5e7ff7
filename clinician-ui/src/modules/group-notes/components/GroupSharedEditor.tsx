import { ChoiceChips, SectionCard } from '@handoff/ui-kit';
import { SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { ModalityRadio, SessionTimeInputs } from '../../notes/components/SessionTimingFields';
import { chipOptions } from '../../notes/components/noteSectionProps';
import type { NoteVocabulary } from '../../notes/hooks/useNoteVocabulary';
import type { GroupSharedDraft } from '../hooks/useGroupNoteAutosave';

export interface GroupSharedEditorProps {
  draft: GroupSharedDraft;
  onChange: (patch: Partial<GroupSharedDraft>) => void;
  vocabulary: NoteVocabulary;
  dateOfService: string;
  /** The session's zone: its times are on the facility's clock. */
  timeZone: string;
}

/**
 * What the whole group shares: when and how the session ran, its topic, what the clinician did
 * and the narrative. It is copied into every member's note, so it never names a member.
 */
export function GroupSharedEditor({ draft, onChange, vocabulary, dateOfService, timeZone }: GroupSharedEditorProps) {
  return (
    <SectionCard title="Shared part of the session">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <SessionTimeInputs times={draft} dateOfService={dateOfService} timeZone={timeZone} onChange={onChange} />
        </SimpleGrid>
        <ModalityRadio value={draft.modality} onChange={(modality) => onChange({ modality })} />
        <TextInput
          label="Group topic"
          placeholder="e.g. Distress tolerance: TIPP skills"
          value={draft.topic ?? ''}
          onChange={(event) => onChange({ topic: event.currentTarget.value })}
        />
        <ChoiceChips
          label="Interventions"
          options={chipOptions(vocabulary.options('interventions'))}
          value={draft.interventions ?? []}
          onChange={(interventions) => onChange({ interventions })}
        />
        <Textarea
          label="Intervention details"
          autosize
          minRows={1}
          value={draft.interventionNotes ?? ''}
          onChange={(event) => onChange({ interventionNotes: event.currentTarget.value })}
        />
        <Textarea
          label="Shared narrative"
          description="The session as a whole. It goes into every member's note: never name a member here."
          autosize
          minRows={3}
          value={draft.narrative ?? ''}
          onChange={(event) => onChange({ narrative: event.currentTarget.value })}
        />
      </Stack>
    </SectionCard>
  );
}
