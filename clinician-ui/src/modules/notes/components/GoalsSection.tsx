import { SectionCard } from '@handoff/ui-kit';
import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { GoalProgressInput } from '../../../gql/graphql';
import { chipOptions, type NoteSectionProps } from './noteSectionProps';

/** Progress on the treatment-plan goals this session addressed (one row per goal). */
export function GoalsSection({ draft, onChange, vocabulary }: NoteSectionProps) {
  const goals = draft.goalsAddressed ?? [];
  const progress = chipOptions(vocabulary.options('progress'));
  const setGoals = (next: GoalProgressInput[]) => onChange({ goalsAddressed: next });
  const setGoal = (index: number, patch: Partial<GoalProgressInput>) =>
    setGoals(goals.map((goal, i) => (i === index ? { ...goal, ...patch } : goal)));

  return (
    <SectionCard
      title="Goal progress"
      actions={
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => setGoals([...goals, { goal: '', progress: '', notes: null }])}
        >
          Add goal
        </Button>
      }
    >
      {goals.length === 0 ? (
        <Text size="sm" c="dimmed">
          No treatment-plan goal recorded for this session.
        </Text>
      ) : (
        <Stack gap="xs">
          {goals.map((goal, index) => (
            <Paper key={index} withBorder p="xs" role="group" aria-label={`Goal ${index + 1}`}>
              <Group gap="xs" align="flex-end" wrap="nowrap">
                <TextInput
                  label={`Goal ${index + 1}`}
                  placeholder="As written in the treatment plan"
                  value={goal.goal}
                  onChange={(event) => setGoal(index, { goal: event.currentTarget.value })}
                  style={{ flex: 2 }}
                />
                <Select
                  label={`Goal ${index + 1} progress`}
                  data={progress}
                  value={goal.progress || null}
                  onChange={(value) => setGoal(index, { progress: value ?? '' })}
                  style={{ flex: 1 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={`Remove goal ${index + 1}`}
                  onClick={() => setGoals(goals.filter((_, i) => i !== index))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
              <TextInput
                mt={6}
                label={`Goal ${index + 1} notes`}
                value={goal.notes ?? ''}
                onChange={(event) => setGoal(index, { notes: event.currentTarget.value })}
              />
            </Paper>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
