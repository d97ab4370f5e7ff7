import { Button, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { MeasureOperator } from '../../../gql/graphql';
import { InterventionEditor } from './InterventionEditor';
import { newIntervention, type EditableObjective } from './planDraft';
import { capitalized, removeAt, replaceAt, type RowEditorProps, type SelectOption } from './planEditorProps';
import { INSTRUMENTS, OPERATOR_LABELS } from './planLabels';

const OPERATOR_OPTIONS = (Object.keys(OPERATOR_LABELS) as MeasureOperator[]).map((op) => ({
  value: op,
  label: OPERATOR_LABELS[op],
}));

export interface ObjectiveEditorProps extends RowEditorProps<EditableObjective> {
  clinicians: readonly SelectOption[];
  defaultClinicianId: string;
}

/** A measurable objective: a target (a score on an instrument, or words) by a date, and its interventions. */
export function ObjectiveEditor(props: ObjectiveEditorProps) {
  const { value, onChange, at } = props;
  return (
    <Fieldset legend={capitalized(at)} variant="default" p="sm">
      <Stack gap="xs">
        <Textarea
          label="Objective"
          required
          autosize
          minRows={1}
          placeholder="Reduce depressive symptoms"
          value={value.text}
          onChange={(event) => onChange({ ...value, text: event.currentTarget.value })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput
            type="date"
            label="Target date"
            value={value.targetDate}
            onChange={(event) => onChange({ ...value, targetDate: event.currentTarget.value })}
          />
          <TextInput
            label="Baseline"
            placeholder="PHQ-9 of 18 at intake"
            value={value.baseline}
            onChange={(event) => onChange({ ...value, baseline: event.currentTarget.value })}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs">
          <Select
            label="Target instrument"
            clearable
            data={INSTRUMENTS}
            value={value.instrument || null}
            onChange={(instrument) => onChange({ ...value, instrument: instrument ?? '' })}
          />
          <Select
            label="Target comparison"
            clearable
            data={OPERATOR_OPTIONS}
            value={value.operator}
            onChange={(operator) => onChange({ ...value, operator: operator as MeasureOperator | null })}
          />
          <NumberInput
            label="Target score"
            min={0}
            value={value.value}
            onChange={(score) => onChange({ ...value, value: score })}
          />
          <TextInput
            label="Target in words"
            description="When no instrument scores it."
            value={value.targetText}
            onChange={(event) => onChange({ ...value, targetText: event.currentTarget.value })}
          />
        </SimpleGrid>
        {value.interventions.map((intervention, i) => (
          <InterventionEditor
            key={intervention.key}
            at={`${at}, intervention ${i + 1}`}
            value={intervention}
            clinicians={props.clinicians}
            onChange={(next) => onChange({ ...value, interventions: replaceAt(value.interventions, i, next) })}
            onRemove={() => onChange({ ...value, interventions: removeAt(value.interventions, i) })}
          />
        ))}
        <Group justify="space-between">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            aria-label={`Add intervention to ${at}`}
            onClick={() =>
              onChange({ ...value, interventions: [...value.interventions, newIntervention(props.defaultClinicianId)] })
            }
          >
            Add intervention
          </Button>
          <Button size="xs" variant="subtle" color="red" aria-label={`Remove ${at}`} onClick={props.onRemove}>
            Remove objective
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
