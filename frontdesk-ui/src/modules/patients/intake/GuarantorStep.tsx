import { Alert, Fieldset, Grid, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { GUARANTOR_RELATIONSHIPS, MINOR_GUARANTOR_RELATIONSHIPS, isMinor, type IntakeFormInput } from './intakeSchema';

/**
 * Step 4: who is responsible for the bill. An adult usually pays for themself; a minor always has a
 * parent or guardian, who is also the one the portal and the consents go to.
 */
export function GuarantorStep() {
  const {
    register,
    control,
    setValue,
    formState: { errors },
  } = useFormContext<IntakeFormInput>();
  const [dateOfBirth, who] = useWatch({ control, name: ['dateOfBirth', 'guarantorIsSelf'] });
  const minor = isMinor(dateOfBirth);

  // A minor cannot be their own guarantor: switch to the parent/guardian form rather than show an error.
  useEffect(() => {
    if (minor && who === 'SELF') setValue('guarantorIsSelf', 'OTHER');
  }, [minor, who, setValue]);

  const relationships = minor ? MINOR_GUARANTOR_RELATIONSHIPS : GUARANTOR_RELATIONSHIPS;

  return (
    <Stack gap="md">
      {minor ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} title="Patient is under 18">
          A parent or legal guardian is the guarantor. They are also the patient’s portal proxy: the portal invitation
          goes to their email, and they sign the consents.
        </Alert>
      ) : null}
      <Radio.Group
        label="Who is responsible for the bill?"
        value={who}
        onChange={(value) => setValue('guarantorIsSelf', value as 'SELF' | 'OTHER', { shouldValidate: true })}
        error={errors.guarantorIsSelf?.message}
      >
        <Stack gap={6} mt={6}>
          <Radio value="SELF" label="The patient (self)" disabled={minor} />
          <Radio
            value="OTHER"
            label={minor ? 'A parent or legal guardian' : 'Someone else (parent, guardian, spouse…)'}
          />
        </Stack>
      </Radio.Group>

      {who === 'OTHER' ? (
        <Fieldset legend={minor ? 'Parent or guardian' : 'Guarantor'} variant="unstyled">
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Guarantor full name"
                required
                autoComplete="off"
                {...register('guarantorName')}
                error={errors.guarantorName?.message}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NativeSelect
                label="Relationship to patient"
                required
                data={[{ value: '', label: 'Choose…' }, ...relationships.map((r) => ({ value: r, label: r }))]}
                {...register('guarantorRelationship')}
                error={errors.guarantorRelationship?.message}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Guarantor phone"
                type="tel"
                autoComplete="off"
                {...register('guarantorPhone')}
                error={errors.guarantorPhone?.message}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Guarantor email"
                type="email"
                autoComplete="off"
                description={minor ? 'Portal invitations for the patient go here' : 'Statements can be sent here'}
                {...register('guarantorEmail')}
                error={errors.guarantorEmail?.message}
              />
            </Grid.Col>
          </Grid>
        </Fieldset>
      ) : (
        <Text size="sm" c="dimmed">
          Statements go to the patient. Choose “someone else” if a parent, spouse or other person pays.
        </Text>
      )}
    </Stack>
  );
}
