import { AddressFields, EmergencyContactFields, PhoneEmailFields } from '@handoff/ui-kit';
import { Checkbox, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import type { IntakeFormInput } from './intakeSchema';

/** Step 3: phones, email, address, emergency contact, and which reminders the patient agrees to. */
export function ContactStep() {
  const {
    register,
    formState: { errors },
  } = useFormContext<IntakeFormInput>();

  return (
    <Stack gap="md">
      <PhoneEmailFields register={register} errors={errors} autofill="off" />
      <AddressFields register={register} errors={errors} autofill="off" />
      <EmergencyContactFields
        register={register}
        errors={errors}
        autofill="off"
        relationshipHint="e.g. Spouse, Parent, Friend"
      />

      <Fieldset legend="Appointment reminders" variant="unstyled">
        <Text size="xs" c="dimmed" mb={6}>
          Tick only the channels the patient agrees to: this is their consent to be sent reminders.
        </Text>
        <Group gap="lg">
          <Checkbox label="Email reminders" {...register('remindByEmail')} />
          <Checkbox label="Text message (SMS) reminders" {...register('remindBySms')} />
        </Group>
      </Fieldset>
    </Stack>
  );
}
