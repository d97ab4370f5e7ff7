import { useMutation } from '@apollo/client/react';
import {
  AddressFields,
  EmergencyContactFields,
  PhoneEmailFields,
  SectionCard,
  addressInput,
  addressValues,
  emergencyContactInput,
  emergencyContactValues,
  hasErrorCode,
  invalidFields,
  notifications,
  userMessage,
} from '@handoff/ui-kit';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Fieldset, Grid, Group, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { ContactDetailsForm_PatientFragment, UpdateMyContactDetailsInput } from '../../../gql/graphql';
import {
  contactDetailsSchema,
  type ContactDetailsFormInput,
  type ContactDetailsFormValues,
} from './contactDetailsSchema';

export const ContactDetailsForm_patient = graphql(`
  fragment ContactDetailsForm_patient on Patient {
    id
    version
    preferredName
    pronouns
    mobilePhone
    homePhone
    email
    address {
      line1
      line2
      city
      state
      postalCode
    }
    emergencyContact {
      name
      relationship
      phone
    }
  }
`);

const UpdateMyContactDetailsMutation = graphql(`
  mutation UpdateMyContactDetails($input: UpdateMyContactDetailsInput!) {
    updateMyContactDetails(input: $input) {
      id
      ...ContactDetailsForm_patient
    }
  }
`);

export const CONFLICT_MESSAGE = 'This profile changed elsewhere; reload';

function toFormValues(p: ContactDetailsForm_PatientFragment): ContactDetailsFormInput {
  return {
    preferredName: p.preferredName ?? '',
    pronouns: p.pronouns ?? '',
    mobilePhone: p.mobilePhone ?? '',
    homePhone: p.homePhone ?? '',
    email: p.email ?? '',
    ...addressValues(p.address),
    ...emergencyContactValues(p.emergencyContact),
  };
}

/** The whole form is sent: a cleared field clears the stored value. */
function toInput(v: ContactDetailsFormValues, version: number): UpdateMyContactDetailsInput {
  const orNull = (value: string) => (value === '' ? null : value);
  return {
    version,
    preferredName: orNull(v.preferredName),
    pronouns: orNull(v.pronouns),
    mobilePhone: orNull(v.mobilePhone),
    homePhone: orNull(v.homePhone),
    email: orNull(v.email),
    address: addressInput(v),
    emergencyContact: emergencyContactInput(v),
  };
}

const API_FIELD_TO_FORM: Record<string, keyof ContactDetailsFormInput> = {
  preferredName: 'preferredName',
  pronouns: 'pronouns',
  mobilePhone: 'mobilePhone',
  homePhone: 'homePhone',
  email: 'email',
  address: 'line1',
  emergencyContact: 'emergencyName',
};

export interface ContactDetailsFormProps {
  patient: FragmentType<typeof ContactDetailsForm_patient>;
  /** Re-read the profile from the server (after a conflict). */
  onReload: () => void;
}

/**
 * The part of their record a patient keeps up to date themselves. Optimistic locking: the
 * version read with the profile goes back with the update, so an edit made meanwhile by the
 * front desk is never silently overwritten (CONFLICT instead).
 */
export function ContactDetailsForm({ patient, onReload }: ContactDetailsFormProps) {
  const profile = getFragmentData(ContactDetailsForm_patient, patient);
  const [update, { loading }] = useMutation(UpdateMyContactDetailsMutation);
  // The version that a save was refused at: the warning shows until a newer version is loaded.
  const [conflictAt, setConflictAt] = useState<number | null>(null);
  const conflict = conflictAt === profile.version;
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isDirty },
  } = useForm<ContactDetailsFormInput, unknown, ContactDetailsFormValues>({
    resolver: zodResolver(contactDetailsSchema),
    defaultValues: toFormValues(profile),
    mode: 'onTouched',
  });

  // A new version (saved here, or reloaded after a conflict) becomes the form's baseline.
  useEffect(() => {
    reset(toFormValues(profile));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the stored record changes
  }, [profile.version, reset]);

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    setConflictAt(null);
    const { data, error } = await update({ variables: { input: toInput(values, profile.version) } });
    if (data?.updateMyContactDetails) {
      notifications.show({ color: 'teal', title: 'Saved', message: 'Your contact details are up to date.' });
      return;
    }
    if (hasErrorCode(error, 'CONFLICT')) {
      setConflictAt(profile.version);
      return;
    }
    for (const [field, message] of Object.entries(invalidFields(error))) {
      const name = API_FIELD_TO_FORM[field];
      if (name) setError(name, { message });
    }
    setServerError(userMessage(error));
  });

  return (
    <SectionCard title="Contact details">
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Contact details">
        <Stack gap="md">
          {conflict ? (
            <Alert
              color="orange"
              variant="light"
              icon={<IconAlertTriangle size={16} />}
              role="alert"
              title={CONFLICT_MESSAGE}
            >
              <Group justify="space-between" gap="sm">
                <span>
                  Someone updated your profile after you opened it. Reload to see the latest, then make your change
                  again.
                </span>
                <Button size="xs" variant="default" leftSection={<IconRefresh size={14} />} onClick={onReload}>
                  Reload
                </Button>
              </Group>
            </Alert>
          ) : null}
          {serverError ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert">
              {serverError}
            </Alert>
          ) : null}

          <Fieldset legend="How we address you" variant="unstyled">
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label="Preferred name"
                  {...register('preferredName')}
                  error={errors.preferredName?.message}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label="Pronouns"
                  placeholder="e.g. she/her, they/them"
                  {...register('pronouns')}
                  error={errors.pronouns?.message}
                />
              </Grid.Col>
            </Grid>
          </Fieldset>

          <PhoneEmailFields register={register} errors={errors} autofill="on" />
          <AddressFields register={register} errors={errors} autofill="on" legend="Home address" />
          <EmergencyContactFields register={register} errors={errors} autofill="on" />

          <Group justify="flex-end" gap="xs">
            <Button variant="default" disabled={!isDirty || loading} onClick={() => reset(toFormValues(profile))}>
              Discard changes
            </Button>
            <Button type="submit" loading={loading} disabled={!isDirty}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
