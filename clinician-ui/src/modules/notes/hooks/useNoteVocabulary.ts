import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { NoteVocabularyQuery } from '../operations/progressNote.operations';

export interface VocabularyOption {
  code: string;
  label: string;
}

/** The quick-pick lists the API names (participants, symptoms, mentalStatus, ...). */
export type VocabularyListName =
  | 'participants'
  | 'symptoms'
  | 'mentalStatus'
  | 'protectiveFactors'
  | 'interventions'
  | 'responses'
  | 'progress'
  | 'interactiveComplexity';

export interface NoteVocabulary {
  options(list: VocabularyListName): readonly VocabularyOption[];
  label(list: VocabularyListName, code: string): string;
}

const NONE: readonly VocabularyOption[] = [];

/** The coded quick picks, from the API (the codes are what it validates; the labels what clinicians read). */
export function useNoteVocabulary() {
  const { data, loading, error, refetch } = useQuery(NoteVocabularyQuery);
  const lists = data?.noteVocabulary;
  const vocabulary = useMemo<NoteVocabulary>(() => {
    const byList = new Map((lists ?? []).map((l) => [l.list, l.options]));
    return {
      options: (list) => byList.get(list) ?? NONE,
      label: (list, code) => byList.get(list)?.find((o) => o.code === code)?.label ?? code,
    };
  }, [lists]);
  return { vocabulary, loading: loading && !lists, error, refetch };
}
