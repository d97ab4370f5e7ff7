import { Autocomplete, Badge, Fieldset, Grid, NativeSelect, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { ADULT_AGE, COMMON_LANGUAGES, REFERRAL_SOURCES, ageFromBirthDate, type IntakeFormInput } from './intakeSchema';

export interface WhoStepProps {
  /** The live duplicate-check status, shown under the name and birth date. */
  duplicateStatus: ReactNode;
}

/** Step 1: legal identity, how the patient wants to be addressed, language and referral. */
export function WhoStep({ duplicateStatus }: WhoStepProps) {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<IntakeFormInput>();
  const dateOfBirth = useWatch({ control, name: 'dateOfBirth' });
  const age = ageFromBirthDate(dateOfBirth);

  return (
    <>
      <Fieldset legend="Legal identity" variant="unstyled">
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="Legal first name"
              required
              autoComplete="off"
              {...register('legalFirstName')}
              error={errors.legalFirstName?.message}
              data-autofocus
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="Legal last name"
              required
              autoComplete="off"
              {...register('legalLastName')}
              error={errors.legalLastName?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="Date of birth"
              type="date"
              required
              {...register('dateOfBirth')}
              error={errors.dateOfBirth?.message}
              description={
                age === null ? (
                  'Used with the name to find existing records'
                ) : (
                  <>
                    Age {age}
                    {age < ADULT_AGE ? (
                      <Badge component="span" color="orange" variant="light" size="xs" ml={6}>
                        Minor: needs a parent or guardian
                      </Badge>
                    ) : null}
                  </>
                )
              }
            />
          </Grid.Col>
          <Grid.Col span={12}>{duplicateStatus}</Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <NativeSelect
              label="Sex assigned at birth"
              description="As on insurance and claims"
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
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="Gender identity"
              description="In the patient’s words"
              {...register('genderIdentity')}
              error={errors.genderIdentity?.message}
            />
          </Grid.Col>
        </Grid>
      </Fieldset>

      <Fieldset legend="How to address them" variant="unstyled" mt="md">
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="Preferred name"
              description="What the patient likes to be called"
              {...register('preferredName')}
              error={errors.preferredName?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="Pronouns"
              description="e.g. she/her, he/him, they/them"
              {...register('pronouns')}
              error={errors.pronouns?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Controller
              control={control}
              name="preferredLanguage"
              render={({ field, fieldState }) => (
                <Autocomplete
                  label="Preferred language"
                  description="Pick or type any language"
                  data={COMMON_LANGUAGES}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={fieldState.error?.message}
                />
              )}
            />
          </Grid.Col>
        </Grid>
      </Fieldset>

      <Fieldset legend="Referral" variant="unstyled" mt="md">
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <NativeSelect
              label="Referral source"
              data={[
                { value: '', label: 'Not asked / unknown' },
                ...REFERRAL_SOURCES.map((s) => ({ value: s, label: s })),
              ]}
              {...register('referralSource')}
              error={errors.referralSource?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              label="Referral details"
              description="Who referred them, e.g. Dr. Lee, Austin Family Medicine"
              {...register('referralDetail')}
              error={errors.referralDetail?.message}
            />
          </Grid.Col>
        </Grid>
      </Fieldset>
      <Text size="xs" c="dimmed" mt="sm">
        Legal name, date of birth and sex assigned at birth are required; everything else can be added later.
      </Text>
    </>
  );
}
