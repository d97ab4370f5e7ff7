import { Checkbox, Fieldset, Grid, Group, Text, TextInput } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import type { IntakeFormInput } from './intakeSchema';

/** Step 3: phones, email, address, emergency contact, and which reminders the patient agrees to. */
export function ContactStep() {
  const {
    register,
    formState: { errors },
  } = useFormContext<IntakeFormInput>();

  return (
    <>
      <Fieldset legend="Phone and email" variant="unstyled">
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="Mobile phone"
              type="tel"
              autoComplete="off"
              {...register('mobilePhone')}
              error={errors.mobilePhone?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="Home phone"
              type="tel"
              autoComplete="off"
              {...register('homePhone')}
              error={errors.homePhone?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
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

      <Fieldset legend="Address" variant="unstyled" mt="md">
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

      <Fieldset legend="Emergency contact" variant="unstyled" mt="md">
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <TextInput
              label="Emergency contact name"
              {...register('emergencyName')}
              error={errors.emergencyName?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <TextInput
              label="Relationship"
              description="e.g. Spouse, Parent, Friend"
              {...register('emergencyRelationship')}
              error={errors.emergencyRelationship?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="Emergency contact phone"
              type="tel"
              autoComplete="off"
              {...register('emergencyPhone')}
              error={errors.emergencyPhone?.message}
            />
          </Grid.Col>
        </Grid>
      </Fieldset>

      <Fieldset legend="Appointment reminders" variant="unstyled" mt="md">
        <Text size="xs" c="dimmed" mb={6}>
          Tick only the channels the patient agrees to: this is their consent to be sent reminders.
        </Text>
        <Group gap="lg">
          <Checkbox label="Email reminders" {...register('remindByEmail')} />
          <Checkbox label="Text message (SMS) reminders" {...register('remindBySms')} />
        </Group>
      </Fieldset>
    </>
  );
}
