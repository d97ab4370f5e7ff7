import { useMutation } from '@apollo/client/react';
import { notifications, userMessage } from '@handoff/ui-kit';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCopy } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphql } from '../../../gql';
import { DayHoursRow } from './DayHoursRow';
import { WEEKDAYS } from './weekdays';
import {
  sameWeek,
  toWeek,
  weeklyHoursSchema,
  type HoursBlock,
  type WeeklyHoursFormInput,
  type WeeklyHoursFormValues,
} from './weeklyHoursSchema';

const SettingsSetWorkingHoursMutation = graphql(`
  mutation SettingsSetWorkingHours($providerId: ID!, $facilityId: ID!, $hours: WeeklyHoursInput!) {
    setWorkingHours(providerId: $providerId, facilityId: $facilityId, hours: $hours) {
      id
      providerId
      facilityId
      weekday
      startTime
      endTime
    }
  }
`);

export interface WeeklyHoursEditorProps {
  providerId: string;
  providerName: string;
  facilityId: string;
  facilityName: string;
  zone: string;
  saved: readonly HoursBlock[];
  /** What was typed here earlier and not saved (the manager looked at another clinician meanwhile). */
  draft: WeeklyHoursFormInput | null;
  /** Unsaved changes as they are typed, or null once they match what is stored. */
  onDraft: (draft: WeeklyHoursFormInput | null) => void;
  /** Saved: the overview and the editor show the new week. */
  onSaved: () => void;
}

/**
 * One clinician's week at one facility: zero or more blocks a day, saved all at once (the API
 * replaces the week). Mount it keyed by provider, facility and the saved hours so it starts from
 * what is stored, and keeps what was typed when a save fails.
 */
export function WeeklyHoursEditor({
  providerId,
  providerName,
  facilityId,
  facilityName,
  zone,
  saved,
  draft,
  onDraft,
  onSaved,
}: WeeklyHoursEditorProps) {
  const [setHours, { loading }] = useMutation(SettingsSetWorkingHoursMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const baseline = useMemo(() => toWeek(saved), [saved]);
  // An earlier unsaved draft comes back as it was. Read once, when the editor mounts: later
  // drafts are this form's own typing coming back through the parent.
  const [initialDraft] = useState(draft);
  const {
    control,
    register,
    handleSubmit,
    getValues,
    setValue,
    reset,
    subscribe,
    formState: { errors },
  } = useForm<WeeklyHoursFormInput, unknown, WeeklyHoursFormValues>({
    resolver: zodResolver(weeklyHoursSchema),
    defaultValues: initialDraft ?? baseline,
    mode: 'onTouched',
  });
  // Unsaved means "differs from what is stored", not "typed in since mounting" (a restored draft is unsaved too).
  const unsaved = draft !== null;

  // Keep the draft outside the form, so picking another clinician never throws away typing.
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => onDraft(sameWeek(values, baseline) ? null : values),
      }),
    [subscribe, onDraft, baseline],
  );

  const submit = handleSubmit(async (hours) => {
    setProblem(null);
    const { data, error } = await setHours({ variables: { providerId, facilityId, hours } });
    if (data?.setWorkingHours) {
      notifications.show({ color: 'teal', message: `Hours saved for ${providerName} at ${facilityName}.` });
      onDraft(null);
      onSaved();
      return;
    }
    // HOURS_INVALID names "blocks" as a whole: no single input to put it on.
    setProblem(userMessage(error));
  });

  // Most clinicians keep the same hours Monday to Friday: type them once.
  const copyMondayToWeekdays = () => {
    const monday = getValues('days.0.blocks');
    for (let day = 1; day <= 4; day += 1) {
      setValue(
        `days.${day}.blocks`,
        monday.map((block) => ({ ...block })),
        { shouldDirty: true },
      );
    }
  };

  return (
    <Paper withBorder p="sm" component="section" aria-label={`Weekly hours of ${providerName}`}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Weekly hours">
        <Group justify="space-between" mb="xs">
          <div>
            <Title order={2} fz="h5">
              {providerName} at {facilityName}
            </Title>
            <Text size="xs" c="dimmed">
              Times in {zone}. Outside these hours the calendar is shaded and booking needs a reason.
            </Text>
          </div>
          <Button size="xs" variant="default" leftSection={<IconCopy size={14} />} onClick={copyMondayToWeekdays}>
            Copy Monday to Tue–Fri
          </Button>
        </Group>
        <Table verticalSpacing={4} withRowBorders>
          <Table.Tbody>
            {WEEKDAYS.map((day, index) => (
              <DayHoursRow
                key={day.weekday}
                dayIndex={index}
                label={day.long}
                control={control}
                register={register}
                errors={errors}
              />
            ))}
          </Table.Tbody>
        </Table>
        {problem ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" mt="sm">
            {problem}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="xs" mt="sm">
          {unsaved ? (
            <Text size="xs" c="orange.8" mr="auto">
              Unsaved changes
            </Text>
          ) : null}
          <Button
            variant="default"
            size="xs"
            onClick={() => {
              reset(baseline);
              onDraft(null);
            }}
            disabled={!unsaved}
          >
            Undo changes
          </Button>
          <Button type="submit" size="xs" loading={loading}>
            Save hours
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
