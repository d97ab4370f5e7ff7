import { zodResolver } from '@hookform/resolvers/zod';
import { Autocomplete, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { EditStateAlert } from './EditStateAlert';
import { OutdatedRecordAlert } from './OutdatedRecordAlert';
import {
  GUARANTOR_LABELS,
  RELATIONSHIP_SUGGESTIONS,
  guarantorInput,
  guarantorSchema,
  type GuarantorValues,
} from './guarantorSchema';
import { useVersionedPatientForm } from './useVersionedPatientForm';
import type { VersionedValues } from './versionedEdit';

export interface GuarantorFormProps {
  patientId: string;
  /** A minor's guarantor is the parent or guardian who also acts for them in the portal. */
  minor: boolean;
  /** The record's version now, to warn when someone else saves meanwhile. */
  liveVersion: number;
  start: VersionedValues<GuarantorValues>;
  reloadLatest: () => Promise<VersionedValues<GuarantorValues> | null>;
  onCancel: () => void;
  onSaved: () => void;
}

export function GuarantorForm({
  patientId,
  minor,
  liveVersion,
  start,
  reloadLatest,
  onCancel,
  onSaved,
}: GuarantorFormProps) {
  const form = useForm<GuarantorValues>({
    resolver: zodResolver(guarantorSchema),
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
    toInput: guarantorInput,
    reloadLatest,
    liveVersion,
    fieldAliases: { guarantor: 'name' },
    savedMessage: minor ? 'Parent/guardian saved.' : 'Guarantor saved.',
    onSaved,
  });
  const submit = handleSubmit(() => editor.save(form.getValues()));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Edit guarantor">
      <Stack gap="sm">
        {editor.outdated && editor.state.kind === 'editing' ? (
          <OutdatedRecordAlert reloading={editor.reloading} onReload={() => void editor.reload()} />
        ) : null}
        <Text size="xs" c="dimmed">
          {minor
            ? 'The parent or guardian responsible for the bill. They also receive the portal invitation and act for the patient there.'
            : 'Who receives the bill. Leave every field empty when the patient pays for themself.'}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
          <TextInput label={GUARANTOR_LABELS.name} {...register('name')} error={errors.name?.message} />
          <Controller
            control={control}
            name="relationship"
            render={({ field }) => (
              <Autocomplete
                label={GUARANTOR_LABELS.relationship}
                data={RELATIONSHIP_SUGGESTIONS}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errors.relationship?.message}
              />
            )}
          />
          <TextInput
            label={GUARANTOR_LABELS.phone}
            type="tel"
            autoComplete="off"
            {...register('phone')}
            error={errors.phone?.message}
          />
          <TextInput
            label={GUARANTOR_LABELS.email}
            type="email"
            autoComplete="off"
            description={minor ? 'The portal invitation goes here' : undefined}
            {...register('email')}
            error={errors.email?.message}
          />
        </SimpleGrid>
        <EditStateAlert
          state={editor.state}
          labels={GUARANTOR_LABELS}
          reloading={editor.reloading}
          onReload={() => void editor.reload()}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={editor.saving} disabled={editor.state.kind === 'stale'}>
            Save guarantor
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
