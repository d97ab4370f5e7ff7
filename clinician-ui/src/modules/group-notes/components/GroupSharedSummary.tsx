import { DetailList, SectionCard, formatTime } from '@handoff/ui-kit';
import { MODALITY_LABELS } from '../../notes/components/noteLabels';
import type { NoteVocabulary } from '../../notes/hooks/useNoteVocabulary';
import type { GroupSharedDraft } from '../hooks/useGroupNoteAutosave';

/** The signed shared part, read-only (it now stands in every member's signed note). */
export function GroupSharedSummary({
  shared,
  vocabulary,
  timeZone,
}: {
  shared: GroupSharedDraft;
  vocabulary: NoteVocabulary;
  /** The session's zone: times as the facility's clock read them. */
  timeZone: string;
}) {
  const none = '—';
  return (
    <SectionCard title="Shared part of the session">
      <DetailList
        items={[
          {
            label: 'Session',
            value: shared.sessionStart
              ? `${formatTime(shared.sessionStart, timeZone)} to ${
                  shared.sessionEnd ? formatTime(shared.sessionEnd, timeZone) : none
                }`
              : none,
          },
          { label: 'Modality', value: shared.modality ? MODALITY_LABELS[shared.modality] : none },
          { label: 'Group topic', value: shared.topic || none, fullWidth: true },
          {
            label: 'Interventions',
            value:
              (shared.interventions ?? []).map((code) => vocabulary.label('interventions', code)).join(', ') || none,
            fullWidth: true,
          },
          { label: 'Intervention details', value: shared.interventionNotes || none, fullWidth: true },
          { label: 'Shared narrative', value: shared.narrative || none, fullWidth: true },
        ]}
      />
    </SectionCard>
  );
}
