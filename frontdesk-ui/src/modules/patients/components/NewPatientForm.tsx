import { useMutation } from '@apollo/client/react';
import { invalidFields, notifications, patientDisplayName, userMessage } from '@handoff/ui-kit';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Fieldset, Grid, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphql } from '../../../gql';
import type { CreatePatientInput } from '../../../gql/graphql';
import {
  EMPTY_NEW_PATIENT,
  newPatientSchema,
  type NewPatientFormInput,
  type NewPatientFormValues,
} from './newPatientSchema';

const CreatePatientMutation = graphql(`
  mutation CreatePatient($input: CreatePatientInput!) {
    createPatient(input: $input) {
      id
      mrn
      legalFirstName
      legalLastName
    }
  }
`);

export interface NewPatientFormProps {
  onCancel: () => void;
  onCreated: (patientId: string) => void;
}

function toInput(values: NewPatientFormValues): CreatePatientInput {
  const orNull = (value: string) => (value === '' ? null : value);
  return {
    legalFirstName: values.legalFirstName,
    legalLastName: values.legalLastName,
    preferredName: orNull(values.preferredName),
    pronouns: orNull(values.pronouns),
    dateOfBirth: values.dateOfBirth,
    sexAssignedAtBirth: values.sexAssignedAtBirth,
    mobilePhone: orNull(values.mobilePhone),
    email: orNull(values.email),
    address: values.line1
      ? {
          line1: values.line1,
          line2: orNull(values.line2),
          city: values.city,
          state: values.state,
          postalCode: values.postalCode,
        }
      : null,
  };
}

const ADDRESS_FIELDS: Record<string, keyof NewPatientFormInput> = { address: 'line1' };

/** Registers a patient: legal name, preferred name and pronouns, date of birth, sex, contact, address. */
export function NewPatientForm({ onCancel, onCreated }: NewPatientFormProps) {
  const [createPatient, { loading }] = useMutation(CreatePatientMutation, { refetchQueries: ['FrontDeskPatients'] });
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<NewPatientFormInput, unknown, NewPatientFormValues>({
    resolver: zodResolver(newPatientSchema),
    defaultValues: EMPTY_NEW_PATIENT,
    mode: 'onTouched',
  });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    const { data, error } = await createPatient({ variables: { input: toInput(values) } });
    const created = data?.createPatient;
    if (created) {
      notifications.show({
        color: 'teal',
        title: 'Patient registered',
        message: `${patientDisplayName(created)} · MRN ${created.mrn}`,
      });
      onCreated(created.id);
      return;
    }
    const fields = invalidFields(error);
    for (const [field, message] of Object.entries(fields)) {
      const name = ADDRESS_FIELDS[field] ?? (field in EMPTY_NEW_PATIENT ? (field as keyof NewPatientFormInput) : null);
      if (name) setError(name, { message });
    }
    setServerError(userMessage(error));
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="New patient">
      <Stack gap="md">
        {serverError ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert">
            {serverError}
          </Alert>
        ) : null}
        <Text size="xs" c="dimmed">
          Legal name, date of birth and sex assigned at birth are required; everything else can be added later.
        </Text>
        <Fieldset legend="Identity" variant="unstyled">
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Legal first name"
                required
                {...register('legalFirstName')}
                error={errors.legalFirstName?.message}
                data-autofocus
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Legal last name"
                required
                {...register('legalLastName')}
                error={errors.legalLastName?.message}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Preferred name"
                description="What the patient likes to be called"
                {...register('preferredName')}
                error={errors.preferredName?.message}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Pronouns"
                description="e.g. she/her, he/him, they/them"
                {...register('pronouns')}
                error={errors.pronouns?.message}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Date of birth"
                type="date"
                required
                {...register('dateOfBirth')}
                error={errors.dateOfBirth?.message}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NativeSelect
                label="Sex assigned at birth"
                required
                data={[
                  { value: '', label: 'Choose…' },
                  { value: 'FEMALE', label: 'Female' },
                  { value: 'MALE', label: 'Male' },
                  { value: 'INTERSEX', label: 'Intersex' },
                  { value: 'UNKNOWN', label: 'Unknown / not disclosed' },
                ]}
                {...register('sexAssignedAtBirth')}
                error={errors.sexAssignedAtBirth?.message}
              />
            </Grid.Col>
          </Grid>
        </Fieldset>

        <Fieldset legend="Contact" variant="unstyled">
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Mobile phone"
                type="tel"
                autoComplete="off"
                {...register('mobilePhone')}
                error={errors.mobilePhone?.message}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Email"
                type="email"
                autoComplete="off"
                {...register('email')}
                error={errors.email?.message}
              />
            </Grid.Col>
          </Grid>
        </Fieldset>

        <Fieldset legend="Address" variant="unstyled">
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput label="Street address" {...register('line1')} error={errors.line1?.message} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label="Apt, suite, unit" {...register('line2')} error={errors.line2?.message} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label="City" {...register('city')} error={errors.city?.message} />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 2 }}>
              <TextInput label="State" maxLength={2} {...register('state')} error={errors.state?.message} />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <TextInput
                label="ZIP code"
                inputMode="numeric"
                {...register('postalCode')}
                error={errors.postalCode?.message}
              />
            </Grid.Col>
          </Grid>
        </Fieldset>

        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Create patient
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
