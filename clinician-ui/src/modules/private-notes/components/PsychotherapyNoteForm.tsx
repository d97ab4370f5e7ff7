import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';

export interface PsychotherapyNoteFormProps {
  initialText?: string;
  submitLabel: string;
  saving: boolean;
  onSubmit: (text: string) => void;
  onCancel: () => void;
}

/** The note's text; the same form writes a new note and rewrites one. */
export function PsychotherapyNoteForm({
  initialText = '',
  submitLabel,
  saving,
  onSubmit,
  onCancel,
}: PsychotherapyNoteFormProps) {
  const [text, setText] = useState(initialText);
  return (
    <form
      aria-label={submitLabel}
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onSubmit(text);
      }}
    >
      <Stack gap="xs">
        <Textarea
          label="Private note"
          description="Your analysis of the session. Time, modality and billing details belong in the progress note."
          required
          autosize
          minRows={4}
          maxLength={20000}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving} disabled={!text.trim()}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
