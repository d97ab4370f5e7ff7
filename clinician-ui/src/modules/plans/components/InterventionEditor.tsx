import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { InterventionModality } from '../../../gql/graphql';
import type { EditableIntervention } from './planDraft';
import { MODALITIES, modalityLabel } from './planLabels';
import { capitalized, type RowEditorProps, type SelectOption } from './planEditorProps';

const MODALITY_OPTIONS = MODALITIES.map((m) => ({ value: m, label: modalityLabel(m) }));

export interface InterventionEditorProps extends RowEditorProps<EditableIntervention> {
  clinicians: readonly SelectOption[];
}

export function InterventionEditor({ value, onChange, onRemove, at, clinicians }: InterventionEditorProps) {
  return (
    <div role="group" aria-label={capitalized(at)}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
        <Select
          label="Modality"
          required
          searchable
          data={MODALITY_OPTIONS}
          value={value.modality}
          onChange={(modality) => onChange({ ...value, modality: modality as InterventionModality | null })}
        />
        <TextInput
          label="Frequency"
          required
          placeholder="Weekly, 53-minute sessions"
          value={value.frequency}
          onChange={(event) => onChange({ ...value, frequency: event.currentTarget.value })}
        />
        <Select
          label="Responsible clinician"
          required
          searchable
          data={clinicians as SelectOption[]}
          value={value.responsibleClinicianId || null}
          onChange={(id) => onChange({ ...value, responsibleClinicianId: id ?? '' })}
        />
      </SimpleGrid>
      <Group align="flex-end" gap="xs" mt={4}>
        <TextInput
          label="Intervention notes"
          style={{ flex: 1 }}
          value={value.notes}
          onChange={(event) => onChange({ ...value, notes: event.currentTarget.value })}
        />
        <Button size="xs" variant="subtle" color="red" aria-label={`Remove ${at}`} onClick={onRemove}>
          Remove
        </Button>
      </Group>
    </div>
  );
}
