import { useMutation } from '@apollo/client/react';
import { notifications } from '@handoff/ui-kit';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Drawer, Grid, Group, Select, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { FacilityDrawer_FacilityFragment } from '../../../gql/graphql';
import {
  NEW_FACILITY,
  facilitySchema,
  placeOfServiceOptions,
  timeZoneOptions,
  type FacilityFormValues,
} from './facilitySchema';
import { sameNames, showServerErrors } from './serverErrors';

export const FacilityDrawer_facility = graphql(`
  fragment FacilityDrawer_facility on Facility {
    id
    name
    addressLine1
    city
    state
    postalCode
    phone
    timeZone
    placeOfServiceCode
  }
`);

const SettingsCreateFacilityMutation = graphql(`
  mutation SettingsCreateFacility($input: FacilityInput!) {
    createFacility(input: $input) {
      id
      ...FacilityDrawer_facility
    }
  }
`);

const SettingsUpdateFacilityMutation = graphql(`
  mutation SettingsUpdateFacility($id: ID!, $input: FacilityInput!) {
    updateFacility(id: $id, input: $input) {
      id
      ...FacilityDrawer_facility
    }
  }
`);

export type FacilityEditing =
  { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; facility: FragmentType<typeof FacilityDrawer_facility> };

export interface FacilityDrawerProps {
  editing: FacilityEditing;
  onClose: () => void;
  /** Created or changed: the list is fetched again (a new facility is not in it yet). */
  onSaved: () => void;
}

/** Adds or edits a facility: its address and phone, clock and place-of-service code. */
export function FacilityDrawer({ editing, onClose, onSaved }: FacilityDrawerProps) {
  const facility = editing.mode === 'edit' ? getFragmentData(FacilityDrawer_facility, editing.facility) : null;
  return (
    <Drawer
      opened={editing.mode !== 'closed'}
      onClose={onClose}
      position="right"
      size={460}
      title={facility ? `Edit ${facility.name}` : 'New facility'}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {editing.mode !== 'closed' ? (
        <FacilityForm key={facility?.id ?? 'new'} facility={facility} onDone={onClose} onSaved={onSaved} />
      ) : null}
    </Drawer>
  );
}

interface FacilityFormProps {
  facility: FacilityDrawer_FacilityFragment | null;
  onDone: () => void;
  onSaved: () => void;
}

const API_FIELDS = sameNames<FacilityFormValues>(
  'name',
  'addressLine1',
  'city',
  'state',
  'postalCode',
  'phone',
  'timeZone',
  'placeOfServiceCode',
);

function FacilityForm({ facility, onDone, onSaved }: FacilityFormProps) {
  const [create, creating] = useMutation(SettingsCreateFacilityMutation);
  const [update, updating] = useMutation(SettingsUpdateFacilityMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<FacilityFormValues>({
    resolver: zodResolver(facilitySchema),
    defaultValues: facility
      ? {
          name: facility.name,
          addressLine1: facility.addressLine1,
          city: facility.city,
          state: facility.state,
          postalCode: facility.postalCode,
          phone: facility.phone,
          timeZone: facility.timeZone,
          placeOfServiceCode: facility.placeOfServiceCode,
        }
      : NEW_FACILITY,
    mode: 'onTouched',
  });

  const submit = handleSubmit(async (input) => {
    setProblem(null);
    const { data, error } = facility
      ? await update({ variables: { id: facility.id, input } })
      : await create({ variables: { input } });
    const saved = data && ('updateFacility' in data ? data.updateFacility : data.createFacility);
    if (saved) {
      notifications.show({ color: 'teal', message: facility ? `${input.name} saved.` : `${input.name} added.` });
      onSaved();
      onDone();
      return;
    }
    setProblem(showServerErrors(error, setError, API_FIELDS));
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={facility ? 'Edit facility' : 'New facility'}>
      <Stack gap="sm">
        <TextInput label="Name" required {...register('name')} error={errors.name?.message} data-autofocus />
        <TextInput
          label="Street address"
          required
          autoComplete="address-line1"
          {...register('addressLine1')}
          error={errors.addressLine1?.message}
        />
        <Grid gap="sm">
          <Grid.Col span={6}>
            <TextInput
              label="City"
              required
              autoComplete="address-level2"
              {...register('city')}
              error={errors.city?.message}
            />
          </Grid.Col>
          <Grid.Col span={2}>
            <TextInput
              label="State"
              required
              maxLength={2}
              autoComplete="address-level1"
              {...register('state')}
              error={errors.state?.message}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput
              label="ZIP"
              required
              autoComplete="postal-code"
              {...register('postalCode')}
              error={errors.postalCode?.message}
            />
          </Grid.Col>
        </Grid>
        <TextInput label="Phone" type="tel" required {...register('phone')} error={errors.phone?.message} />
        <Controller
          control={control}
          name="timeZone"
          render={({ field, fieldState }) => (
            <Select
              label="Time zone"
              description="Its appointments, hours and time off are shown on this clock"
              required
              searchable
              data={timeZoneOptions(field.value)}
              value={field.value}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              allowDeselect={false}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="placeOfServiceCode"
          render={({ field, fieldState }) => (
            <Select
              label="Place of service"
              description="The code its claims carry (CMS 1500 box 24B)"
              required
              data={placeOfServiceOptions(field.value)}
              value={field.value}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              allowDeselect={false}
              error={fieldState.error?.message}
            />
          )}
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
            {facility ? 'Save' : 'Add facility'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
