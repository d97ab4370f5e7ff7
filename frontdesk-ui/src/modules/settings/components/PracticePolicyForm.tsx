import { useMutation } from '@apollo/client/react';
import { formatCents, notifications } from '@handoff/ui-kit';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Fieldset, Group, NumberInput, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import {
  practiceSettingsSchema,
  type PracticeSettingsFormInput,
  type PracticeSettingsFormValues,
} from './practiceSettingsSchema';
import { sameNames, showServerErrors } from './serverErrors';

export const PracticePolicyForm_settings = graphql(`
  fragment PracticePolicyForm_settings on PracticeSettings {
    lateCancelWindowHours
    lateCancelFeeCents
    noShowFeeCents
    reminderHoursBefore
  }
`);

const SettingsUpdatePracticeSettingsMutation = graphql(`
  mutation SettingsUpdatePracticeSettings($input: PracticeSettingsInput!) {
    updatePracticeSettings(input: $input) {
      ...PracticePolicyForm_settings
    }
  }
`);

export interface PracticePolicyFormProps {
  settings: FragmentType<typeof PracticePolicyForm_settings>;
  /** Saved: the page's query is refreshed (PracticeSettings has no id for Apollo to merge by). */
  onSaved: () => void;
}

const API_FIELDS = sameNames<PracticeSettingsFormInput>(
  'lateCancelWindowHours',
  'lateCancelFeeCents',
  'noShowFeeCents',
  'reminderHoursBefore',
);

type PolicyControl = Control<PracticeSettingsFormInput, unknown, PracticeSettingsFormValues>;

/** The fees the desk charges for late cancellations and no-shows, and when reminders go out. */
export function PracticePolicyForm(props: PracticePolicyFormProps) {
  const settings = getFragmentData(PracticePolicyForm_settings, props.settings);
  const [save, { loading }] = useMutation(SettingsUpdatePracticeSettingsMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    control,
    handleSubmit,
    setError,
    reset,
    getValues,
    formState: { isDirty },
  } = useForm<PracticeSettingsFormInput, unknown, PracticeSettingsFormValues>({
    resolver: zodResolver(practiceSettingsSchema),
    // Dollars on screen, cents in the API.
    defaultValues: {
      lateCancelWindowHours: settings.lateCancelWindowHours,
      lateCancelFeeCents: settings.lateCancelFeeCents / 100,
      noShowFeeCents: settings.noShowFeeCents / 100,
      reminderHoursBefore: settings.reminderHoursBefore,
    },
    mode: 'onTouched',
  });

  const submit = handleSubmit(async (input) => {
    setProblem(null);
    const { data, error } = await save({ variables: { input } });
    if (data?.updatePracticeSettings) {
      notifications.show({ color: 'teal', message: 'Fees and reminders saved.' });
      // What was typed is now what is stored: "Undo changes" goes back to it from here on.
      reset(getValues());
      props.onSaved();
      return;
    }
    setProblem(showServerErrors(error, setError, API_FIELDS));
  });

  return (
    <Paper withBorder p="md" maw={720}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Fees and reminders">
        <Stack gap="md">
          <Fieldset legend="Late cancellations and no-shows" variant="unstyled">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <HoursField
                control={control}
                name="lateCancelWindowHours"
                label="Late-cancellation window"
                description="Cancelling closer than this is late"
                min={0}
              />
              <DollarsField control={control} name="lateCancelFeeCents" label="Late-cancellation fee" />
              <DollarsField control={control} name="noShowFeeCents" label="No-show fee" />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend="Appointment reminders" variant="unstyled">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <HoursField
                control={control}
                name="reminderHoursBefore"
                label="Reminder lead time"
                description="Hours before the appointment"
                min={1}
              />
            </SimpleGrid>
          </Fieldset>
          <PolicySummary control={control} />
          {problem ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert">
              {problem}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" size="xs" onClick={() => reset()} disabled={!isDirty}>
              Undo changes
            </Button>
            <Button type="submit" size="xs" loading={loading}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

interface PolicyFieldProps {
  control: PolicyControl;
  label: string;
  description?: string;
}

function HoursField({
  control,
  name,
  label,
  description,
  min,
}: PolicyFieldProps & { name: 'lateCancelWindowHours' | 'reminderHoursBefore'; min: number }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          label={label}
          description={description}
          required
          min={min}
          max={168}
          allowDecimal={false}
          allowNegative={false}
          suffix=" hours"
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}

function DollarsField({ control, name, label }: PolicyFieldProps & { name: 'lateCancelFeeCents' | 'noShowFeeCents' }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          label={label}
          description="$0 charges nothing"
          required
          min={0}
          max={1000}
          prefix="$"
          decimalScale={2}
          fixedDecimalScale
          allowNegative={false}
          thousandSeparator=","
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}

/** The policy in one sentence, as the desk would read it to a patient, updated as the manager types. */
function PolicySummary({ control }: { control: PolicyControl }) {
  const [windowHours, lateFee, noShowFee, reminderHours] = useWatch({
    control,
    name: ['lateCancelWindowHours', 'lateCancelFeeCents', 'noShowFeeCents', 'reminderHoursBefore'],
  });
  const dollars = (value: number | string) =>
    value === '' || Number.isNaN(Number(value)) ? '—' : formatCents(Math.round(Number(value) * 100));
  return (
    <Text size="sm" c="dimmed">
      Cancelling less than {windowHours || 0} hours before a visit costs {dollars(lateFee)}; missing it costs{' '}
      {dollars(noShowFee)}. Reminders go out {reminderHours || '—'} hours before.
    </Text>
  );
}
