import { AddressFields, EmergencyContactFields, PhoneEmailFields } from '@handoff/ui-kit';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import {
  DEMOGRAPHICS_FIELD_ALIASES,
  DEMOGRAPHICS_LABELS,
  SEX_OPTIONS,
  demographicsInput,
  demographicsSchema,
  type DemographicsValues,
} from './demographicsSchema';
import { EditStateAlert } from './EditStateAlert';
import { OutdatedRecordAlert } from './OutdatedRecordAlert';
import { useVersionedPatientForm } from './useVersionedPatientForm';
import type { VersionedValues } from './versionedEdit';

export interface DemographicsFormProps {
  patientId: string;
  /** The record's version now, to warn when someone else saves meanwhile. */
  liveVersion: number;
  start: VersionedValues<DemographicsValues>;
  reloadLatest: () => Promise<VersionedValues<DemographicsValues> | null>;
  onCancel: () => void;
  onSaved: () => void;
}

const L = DEMOGRAPHICS_LABELS;

/** Names, identity, contact, address, emergency contact and preferences; sends only what changed. */
export function DemographicsForm({
  patientId,
  liveVersion,
  start,
  reloadLatest,
  onCancel,
  onSaved,
}: DemographicsFormProps) {
  const form = useForm<DemographicsValues>({
    resolver: zodResolver(demographicsSchema),
    defaultValues: start.values,
    mode: 'onTouched',
  });
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = form;
  const editor = useVersionedPatientForm({
    patientId,
    start,
    form,
    toInput: demographicsInput,
    reloadLatest,
    liveVersion,
    fieldAliases: DEMOGRAPHICS_FIELD_ALIASES,
    savedMessage: 'Demographics and contact details saved.',
    onSaved,
  });
  // The raw values are what gets diffed; the schema only validates (it trims and upper-cases too).
  const submit = handleSubmit(() => editor.save(form.getValues()));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Edit demographics and contact">
      <Stack gap="sm">
        {editor.outdated && editor.state.kind === 'editing' ? (
          <OutdatedRecordAlert reloading={editor.reloading} onReload={() => void editor.reload()} />
        ) : null}
        <Fieldset legend="Identity" variant="unstyled">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
            <TextInput
              label={L.legalFirstName}
              required
              {...register('legalFirstName')}
              error={errors.legalFirstName?.message}
            />
            <TextInput
              label={L.legalLastName}
              required
              {...register('legalLastName')}
              error={errors.legalLastName?.message}
            />
            <TextInput label={L.preferredName} {...register('preferredName')} error={errors.preferredName?.message} />
            <TextInput
              label={L.dateOfBirth}
              type="date"
              required
              {...register('dateOfBirth')}
              error={errors.dateOfBirth?.message}
            />
            <NativeSelect
              label={L.sexAssignedAtBirth}
              required
              data={[{ value: '', label: 'Choose…' }, ...SEX_OPTIONS]}
              {...register('sexAssignedAtBirth')}
              error={errors.sexAssignedAtBirth?.message}
            />
            <TextInput
              label={L.genderIdentity}
              {...register('genderIdentity')}
              error={errors.genderIdentity?.message}
            />
            <TextInput
              label={L.pronouns}
              placeholder="e.g. she/her"
              {...register('pronouns')}
              error={errors.pronouns?.message}
            />
            <TextInput
              label={L.preferredLanguage}
              placeholder="e.g. Spanish"
              {...register('preferredLanguage')}
              error={errors.preferredLanguage?.message}
            />
            <TextInput
              label={L.referralSource}
              placeholder="e.g. Self, physician, school"
              {...register('referralSource')}
              error={errors.referralSource?.message}
            />
            <NativeSelect
              label={L.status}
              data={[
                { value: 'ACTIVE', label: 'Active' },
                { value: 'INACTIVE', label: 'Inactive' },
              ]}
              {...register('status')}
            />
          </SimpleGrid>
        </Fieldset>

        <PhoneEmailFields register={register} errors={errors} autofill="off" legend="Contact" />
        <AddressFields register={register} errors={errors} autofill="off" />
        <EmergencyContactFields register={register} errors={errors} autofill="off" />

        <Fieldset legend="Reminders and scheduling" variant="unstyled">
          <Stack gap="xs">
            <Controller
              control={control}
              name="reminderChannels"
              render={({ field }) => (
                <Checkbox.Group
                  label="Appointment reminders the patient agreed to"
                  value={[...field.value]}
                  onChange={field.onChange}
                >
                  <Group gap="lg" mt={4}>
                    <Checkbox value="EMAIL" label="Email" />
                    <Checkbox value="SMS" label="Text message" />
                  </Group>
                </Checkbox.Group>
              )}
            />
            <Textarea
              label={L.schedulingPreferences}
              placeholder="e.g. after 4pm, Tuesdays or Thursdays"
              autosize
              minRows={1}
              {...register('schedulingPreferences')}
              error={errors.schedulingPreferences?.message}
            />
          </Stack>
        </Fieldset>

        <EditStateAlert
          state={editor.state}
          labels={L}
          reloading={editor.reloading}
          onReload={() => void editor.reload()}
        />

        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={editor.saving} disabled={editor.state.kind === 'stale'}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
