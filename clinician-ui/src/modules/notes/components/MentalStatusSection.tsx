import { ChoiceChips, SectionCard } from '@handoff/ui-kit';
import { Stack, Textarea } from '@mantine/core';
import { useMemo } from 'react';
import type { VocabularyOption } from '../hooks/useNoteVocabulary';
import type { NoteSectionProps } from './noteSectionProps';

interface Domain {
  name: string;
  options: { value: string; label: string }[];
}

/**
 * Mental status codes are "domain:finding" ("mood:anxious") with labels "Mood: anxious": one row of
 * chips per domain, named by the domain, each chip by its finding, so the exam reads top to bottom.
 */
function byDomain(options: readonly VocabularyOption[]): Domain[] {
  const domains = new Map<string, Domain>();
  for (const option of options) {
    const [name = option.label, finding = option.label] = option.label.split(/:\s*/, 2);
    const domain = domains.get(name) ?? { name, options: [] };
    domain.options.push({ value: option.code, label: finding });
    domains.set(name, domain);
  }
  return [...domains.values()];
}

/** The mental status exam as quick picks, plus free text for what they do not cover. */
export function MentalStatusSection({ draft, onChange, vocabulary }: NoteSectionProps) {
  const all = vocabulary.options('mentalStatus');
  const domains = useMemo(() => byDomain(all), [all]);
  const selected = draft.mentalStatus ?? [];

  return (
    <SectionCard title="Mental status">
      <Stack gap="xs">
        {domains.map((domain) => {
          const codes = new Set(domain.options.map((o) => o.value));
          return (
            <ChoiceChips
              key={domain.name}
              label={domain.name}
              labelWidth={130}
              options={domain.options}
              value={selected.filter((code) => codes.has(code))}
              onChange={(picked) =>
                onChange({ mentalStatus: [...selected.filter((code) => !codes.has(code)), ...picked] })
              }
            />
          );
        })}
        <Textarea
          label="Mental status notes"
          autosize
          minRows={1}
          value={draft.mentalStatusNotes ?? ''}
          onChange={(event) => onChange({ mentalStatusNotes: event.currentTarget.value })}
        />
      </Stack>
    </SectionCard>
  );
}
