import type { ErrorLike } from '@apollo/client';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { showServerErrors } from './serverErrors';

/** Room names head the calendar's room columns: the API wants 1 to 60 characters, unique per facility. */
const roomNameSchema = z.object({
  name: z.string().trim().min(1, 'Enter a room name').max(60, 'At most 60 characters'),
});

type RoomNameValues = z.infer<typeof roomNameSchema>;

export interface RoomNameFormProps {
  /** The input's accessible name, e.g. "New room at Riverbend Austin". */
  label: string;
  initialName?: string;
  submitLabel: string;
  /** Sends the name; resolves to the API's error, or null when it was saved. */
  onSave: (name: string) => Promise<ErrorLike | null>;
  onCancel?: () => void;
  /** Empty the input after a save (adding several rooms in a row). */
  clearOnSave?: boolean;
}

/** One inline input and a button: adds a room or renames one, the API's refusal under the input. */
export function RoomNameForm({
  label,
  initialName = '',
  submitLabel,
  onSave,
  onCancel,
  clearOnSave,
}: RoomNameFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RoomNameValues>({ resolver: zodResolver(roomNameSchema), defaultValues: { name: initialName } });

  const submit = handleSubmit(async ({ name }) => {
    const error = await onSave(name);
    if (!error) {
      if (clearOnSave) reset({ name: '' });
      return;
    }
    // Every problem goes under the one input ("already has a room with that name").
    const message = showServerErrors(error, setError, { name: 'name' });
    if (message) setError('name', { type: 'server', message });
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={label}>
      <Group gap={6} align="flex-start" wrap="nowrap">
        <TextInput
          size="xs"
          aria-label={label}
          placeholder="Room name"
          maxLength={60}
          style={{ flex: 1 }}
          autoFocus={!!onCancel}
          {...register('name')}
          error={errors.name?.message}
        />
        <Button type="submit" size="xs" loading={isSubmitting}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button size="xs" variant="default" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </Group>
    </form>
  );
}
