import type { NoteVocabulary } from '../hooks/useNoteVocabulary';
import type { NoteDraft, NoteDraftPatch } from './noteDraft';

/** What every section of the note editor receives: the draft, a way to change it, the quick picks. */
export interface NoteSectionProps {
  draft: NoteDraft;
  onChange: (patch: NoteDraftPatch) => void;
  vocabulary: NoteVocabulary;
}

/** Quick-pick options in the shape ChoiceChips takes. */
export function chipOptions(options: readonly { code: string; label: string }[]) {
  return options.map((o) => ({ value: o.code, label: o.label }));
}
