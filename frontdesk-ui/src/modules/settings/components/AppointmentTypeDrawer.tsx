import { useMutation } from '@apollo/client/react';
import { notifications } from '@handoff/ui-kit';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, ColorInput, Drawer, Group, NumberInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, type Control } from 'react-hook-form';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { AppointmentTypeDrawer_TypeFragment } from '../../../gql/graphql';
import {
  NEW_APPOINTMENT_TYPE,
  TYPE_SWATCHES,
  appointmentTypeSchema,
  type AppointmentTypeFormInput,
  type AppointmentTypeFormValues,
} from './appointmentTypeSchema';
import { sameNames, showServerErrors } from './serverErrors';

export const AppointmentTypeDrawer_type = graphql(`
  fragment AppointmentTypeDrawer_type on AppointmentType {
    id
    name
    color
    defaultMinutes
    defaultCptCode
    telehealth
    group
    active
  }
`);

const SettingsCreateAppointmentTypeMutation = graphql(`
  mutation SettingsCreateAppointmentType($input: AppointmentTypeInput!) {
    createAppointmentType(input: $input) {
      id
      ...AppointmentTypesTable_type
      ...AppointmentTypeDrawer_type
    }
  }
`);

const SettingsUpdateAppointmentTypeMutation = graphql(`
  mutation SettingsUpdateAppointmentType($id: ID!, $input: AppointmentTypeInput!) {
    updateAppointmentType(id: $id, input: $input) {
      id
      ...AppointmentTypesTable_type
      ...AppointmentTypeDrawer_type
    }
  }
`);

/** What the drawer is doing: nothing, adding a type, or editing one. */
export type AppointmentTypeEditing =
  { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; type: FragmentType<typeof AppointmentTypeDrawer_type> };

export interface AppointmentTypeDrawerProps {
  editing: AppointmentTypeEditing;
  onClose: () => void;
  /** A new type was created: the list must be fetched again to show it. */
  onCreated: () => void;
  /** Every type's name, to refuse a second "Individual therapy" in the booking list. */
  names: readonly { id: string; name: string }[];
}

/** Adds or edits an appointment type in a side drawer over the table. */
export function AppointmentTypeDrawer({ editing, onClose, onCreated, names }: AppointmentTypeDrawerProps) {
  const type = editing.mode === 'edit' ? getFragmentData(AppointmentTypeDrawer_type, editing.type) : null;
  return (
    <Drawer
      opened={editing.mode !== 'closed'}
      onClose={onClose}
      position="right"
      size={400}
      title={type ? `Edit ${type.name}` : 'New appointment type'}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {/* Keyed by type: switching rows starts a fresh form, never another type's leftovers. */}
      {editing.mode !== 'closed' ? (
        <AppointmentTypeForm key={type?.id ?? 'new'} type={type} onDone={onClose} onCreated={onCreated} names={names} />
      ) : null}
    </Drawer>
  );
}

interface AppointmentTypeFormProps {
  type: AppointmentTypeDrawer_TypeFragment | null;
  onDone: () => void;
  onCreated: () => void;
  names: readonly { id: string; name: string }[];
}

const API_FIELDS = sameNames<AppointmentTypeFormInput>(
  'name',
  'color',
  'defaultMinutes',
  'defaultCptCode',
  'telehealth',
  'group',
  'active',
);

function AppointmentTypeForm({ type, onDone, onCreated, names }: AppointmentTypeFormProps) {
  const [create, creating] = useMutation(SettingsCreateAppointmentTypeMutation);
  const [update, updating] = useMutation(SettingsUpdateAppointmentTypeMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<AppointmentTypeFormInput, unknown, AppointmentTypeFormValues>({
    resolver: zodResolver(appointmentTypeSchema),
    defaultValues: type ? { ...type, defaultCptCode: type.defaultCptCode ?? '' } : NEW_APPOINTMENT_TYPE,
    mode: 'onTouched',
  });

  const submit = handleSubmit(async (input) => {
    setProblem(null);
    // The API allows it, but two types of one name cannot be told apart when booking.
    const taken = names.some((n) => n.id !== type?.id && n.name.trim().toLowerCase() === input.name.toLowerCase());
    if (taken) {
      setError('name', { message: 'Another appointment type has this name' });
      return;
    }
    const { data, error } = type
      ? await update({ variables: { id: type.id, input } })
      : await create({ variables: { input } });
    const saved = data && ('updateAppointmentType' in data ? data.updateAppointmentType : data.createAppointmentType);
    if (saved) {
      notifications.show({ color: 'teal', message: type ? `${input.name} saved.` : `${input.name} added.` });
      if (!type) onCreated();
      onDone();
      return;
    }
    setProblem(showServerErrors(error, setError, API_FIELDS));
  });

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={type ? 'Edit appointment type' : 'New appointment type'}
    >
      <Stack gap="sm">
        <TextInput label="Name" required {...register('name')} error={errors.name?.message} data-autofocus />
        <Controller
          control={control}
          name="color"
          render={({ field, fieldState }) => (
            <ColorInput
              label="Calendar colour"
              required
              withAsterisk={false}
              format="hex"
              swatches={TYPE_SWATCHES}
              swatchesPerRow={7}
              withEyeDropper={false}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
        <Group grow align="flex-start">
          <Controller
            control={control}
            name="defaultMinutes"
            render={({ field, fieldState }) => (
              <NumberInput
                label="Default minutes"
                required
                min={5}
                max={480}
                step={5}
                allowDecimal={false}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
              />
            )}
          />
          <TextInput
            label="Default CPT"
            placeholder="90834"
            maxLength={5}
            autoComplete="off"
            {...register('defaultCptCode')}
            error={errors.defaultCptCode?.message}
          />
        </Group>
        <Text size="xs" c="dimmed" mt={-6}>
          CPT: 90791 intake · 90834 therapy 45 min · 90837 therapy 60 min · 90853 group
        </Text>
        <SwitchField control={control} name="telehealth" label="Telehealth (video visit, no room)" />
        <SwitchField control={control} name="group" label="Group (several patients attend)" />
        <SwitchField
          control={control}
          name="active"
          label="Active"
          description="Inactive types stay on past appointments but cannot be booked"
        />
        {problem ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert">
            {problem}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {type ? 'Save' : 'Add type'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface SwitchFieldProps {
  control: Control<AppointmentTypeFormInput, unknown, AppointmentTypeFormValues>;
  name: 'telehealth' | 'group' | 'active';
  label: string;
  description?: string;
}

/** Mantine's Switch keeps its own checked state, so it is bound through a Controller, not register. */
function SwitchField({ control, name, label, description }: SwitchFieldProps) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Switch
          label={label}
          description={description}
          checked={field.value}
          onChange={(event) => field.onChange(event.currentTarget.checked)}
          onBlur={field.onBlur}
          name={field.name}
          ref={field.ref}
        />
      )}
    />
  );
}
