import { Button, Fieldset, Group, Stack, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { ObjectiveEditor } from './ObjectiveEditor';
import { newObjective, type EditableGoal } from './planDraft';
import { capitalized, removeAt, replaceAt, type RowEditorProps, type SelectOption } from './planEditorProps';

export interface GoalEditorProps extends RowEditorProps<EditableGoal> {
  clinicians: readonly SelectOption[];
  defaultClinicianId: string;
}

/** A long-term goal, ideally in the patient's own words, and its objectives. */
export function GoalEditor(props: GoalEditorProps) {
  const { value, onChange, at } = props;
  return (
    <Fieldset legend={capitalized(at)} variant="filled" p="sm">
      <Stack gap="xs">
        <Textarea
          label="Goal"
          description="Ideally in the patient's own words."
          required
          autosize
          minRows={1}
          value={value.text}
          onChange={(event) => onChange({ ...value, text: event.currentTarget.value })}
        />
        {value.objectives.map((objective, o) => (
          <ObjectiveEditor
            key={objective.key}
            at={`${at}, objective ${o + 1}`}
            value={objective}
            clinicians={props.clinicians}
            defaultClinicianId={props.defaultClinicianId}
            onChange={(next) => onChange({ ...value, objectives: replaceAt(value.objectives, o, next) })}
            onRemove={() => onChange({ ...value, objectives: removeAt(value.objectives, o) })}
          />
        ))}
        <Group justify="space-between">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            aria-label={`Add objective to ${at}`}
            onClick={() => onChange({ ...value, objectives: [...value.objectives, newObjective()] })}
          >
            Add objective
          </Button>
          <Button size="xs" variant="subtle" color="red" aria-label={`Remove ${at}`} onClick={props.onRemove}>
            Remove goal
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
