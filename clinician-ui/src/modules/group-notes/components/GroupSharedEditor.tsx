import { ChoiceChips, SectionCard } from '@handoff/ui-kit';
import { Group, Radio, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { Modality } from '../../../gql/graphql';
import { timeOfDay, withTimeOfDay } from '../../notes/components/noteDraft';
import { MODALITY_LABELS } from '../../notes/components/noteLabels';
import { chipOptions } from '../../notes/components/noteSectionProps';
import type { NoteVocabulary } from '../../notes/hooks/useNoteVocabulary';
import type { GroupSharedDraft } from '../hooks/useGroupNoteAutosave';

export interface GroupSharedEditorProps {
  draft: GroupSharedDraft;
  onChange: (patch: Partial<GroupSharedDraft>) => void;
  vocabulary: NoteVocabulary;
  dateOfService: string;
}

const MODALITIES: readonly Modality[] = ['IN_PERSON', 'VIDEO', 'AUDIO_ONLY'];

/**
 * What the whole group shares: when and how the session ran, its topic, what the clinician did
 * and the narrative. It is copied into every member's note, so it never names a member.
 */
export function GroupSharedEditor({ draft, onChange, vocabulary, dateOfService }: GroupSharedEditorProps) {
  const minutes =
    draft.sessionStart && draft.sessionEnd
      ? Math.round((new Date(draft.sessionEnd).getTime() - new Date(draft.sessionStart).getTime()) / 60_000)
      : null;

  return (
    <SectionCard title="Shared part of the session">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="time"
            label="Session start"
            value={timeOfDay(draft.sessionStart)}
            onChange={(event) =>
              onChange({ sessionStart: withTimeOfDay(event.currentTarget.value, draft.sessionStart, dateOfService) })
            }
          />
          <TextInput
            type="time"
            label="Session end"
            value={timeOfDay(draft.sessionEnd)}
            onChange={(event) =>
              onChange({
                sessionEnd: withTimeOfDay(
                  event.currentTarget.value,
                  draft.sessionEnd ?? draft.sessionStart,
                  dateOfService,
                ),
              })
            }
            description={minutes !== null && minutes > 0 ? `${minutes} minutes` : undefined}
            error={minutes !== null && minutes <= 0 ? 'The session must end after it starts' : undefined}
          />
        </SimpleGrid>
        <Radio.Group
          label="Modality"
          value={draft.modality ?? ''}
          onChange={(value) => onChange({ modality: value as Modality })}
        >
          <Group gap="lg" mt={4}>
            {MODALITIES.map((m) => (
              <Radio key={m} value={m} label={MODALITY_LABELS[m]} />
            ))}
          </Group>
        </Radio.Group>
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
