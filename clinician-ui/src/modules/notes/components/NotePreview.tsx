import { useQuery } from '@apollo/client/react';
import { QueryError } from '@handoff/ui-kit';
import { Box, Paper, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useUncontrolled } from '@mantine/hooks';
import type { NoteFormat } from '../../../gql/graphql';
import { NotePreviewQuery } from '../operations/progressNote.operations';
import { FORMAT_OPTIONS } from './noteLabels';

export interface NotePreviewProps {
  noteId: string;
  /** Controlled by the editor (a draft's format is saved); left out, the preview keeps its own. */
  format?: NoteFormat;
  onFormatChange?: (format: NoteFormat) => void;
  /** The format to start with when uncontrolled. */
  defaultFormat?: NoteFormat;
  /** "Preview" while drafting (it shows the last save), "Note" once signed. */
  title: string;
}

/**
 * The note as the API renders it under the chosen format's headings: what the chart, the
 * co-signer and an auditor read. While drafting it follows each autosave.
 */
export function NotePreview({ noteId, title, ...props }: NotePreviewProps) {
  const [format, setFormat] = useUncontrolled<NoteFormat>({
    value: props.format,
    defaultValue: props.defaultFormat,
    finalValue: 'SOAP',
    onChange: props.onFormatChange,
  });
  const { data, loading, error, refetch } = useQuery(NotePreviewQuery, {
    variables: { id: noteId, format },
    fetchPolicy: 'cache-and-network',
  });
  const sections = data?.progressNote?.rendered;

  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {title}
        </Title>
        <SegmentedControl
          aria-label="Note format"
          size="xs"
          fullWidth
          value={format}
          onChange={(value) => setFormat(value as NoteFormat)}
          data={FORMAT_OPTIONS.map((o) => ({ value: o.value, label: o.label }))}
        />
        <Text size="xs" c="dimmed" mt={-6}>
          {FORMAT_OPTIONS.find((o) => o.value === format)?.description}
        </Text>
        <QueryError error={error} onRetry={() => void refetch()} />
        {!sections && loading ? (
          <Skeleton h={160} />
        ) : !sections || sections.every((s) => s.lines.length === 0) ? (
          <Text size="sm" c="dimmed">
            Nothing documented yet.
          </Text>
        ) : (
          <Stack gap="sm" aria-busy={loading || undefined}>
            {sections.map((section) => (
              <Box key={section.heading}>
                <Text size="xs" fw={700} tt="uppercase" c="gray.7" style={{ letterSpacing: 0.4 }}>
                  {section.heading}
                </Text>
                {section.lines.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                ) : (
                  section.lines.map((line, i) => (
                    <Text key={i} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {line}
                    </Text>
                  ))
                )}
              </Box>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
