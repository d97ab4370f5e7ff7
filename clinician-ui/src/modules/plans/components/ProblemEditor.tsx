import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { GoalEditor } from './GoalEditor';
import { newGoal, type EditableProblem } from './planDraft';
import { capitalized, removeAt, replaceAt, type RowEditorProps, type SelectOption } from './planEditorProps';

export interface ProblemEditorProps extends RowEditorProps<EditableProblem> {
  clinicians: readonly SelectOption[];
  diagnoses: readonly SelectOption[];
  defaultClinicianId: string;
}

/** A problem, optionally tied to a diagnosis on the problem list, and its goals. */
export function ProblemEditor(props: ProblemEditorProps) {
  const { value, onChange, at } = props;
  return (
    <Fieldset legend={capitalized(at)} p="sm">
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Textarea
            label="Problem"
            required
            autosize
            minRows={1}
            placeholder="Depressed mood most days"
            value={value.text}
            onChange={(event) => onChange({ ...value, text: event.currentTarget.value })}
          />
          <Select
            label="Diagnosis addressed"
            clearable
            searchable
            data={props.diagnoses as SelectOption[]}
            value={value.diagnosisId}
            onChange={(diagnosisId) => onChange({ ...value, diagnosisId })}
          />
        </SimpleGrid>
        {value.goals.map((goal, g) => (
          <GoalEditor
            key={goal.key}
            at={`${at}, goal ${g + 1}`}
            value={goal}
            clinicians={props.clinicians}
            defaultClinicianId={props.defaultClinicianId}
            onChange={(next) => onChange({ ...value, goals: replaceAt(value.goals, g, next) })}
            onRemove={() => onChange({ ...value, goals: removeAt(value.goals, g) })}
          />
        ))}
        <Group justify="space-between">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            aria-label={`Add goal to ${at}`}
            onClick={() => onChange({ ...value, goals: [...value.goals, newGoal()] })}
          >
            Add goal
          </Button>
          <Button size="xs" variant="subtle" color="red" aria-label={`Remove ${at}`} onClick={props.onRemove}>
            Remove problem
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
