import { Badge } from '@mantine/core';

export type NoteBadgeStatus = 'NOT_STARTED' | 'DRAFT' | 'AWAITING_COSIGNATURE' | 'SIGNED';

const META: Readonly<Record<NoteBadgeStatus, { label: string; color: string }>> = {
  NOT_STARTED: { label: 'No note', color: 'gray' },
  DRAFT: { label: 'Draft', color: 'yellow' },
  AWAITING_COSIGNATURE: { label: 'Awaiting co-signature', color: 'grape' },
  SIGNED: { label: 'Signed', color: 'teal' },
};

/** A note's state in words (never colour alone), the same on My day, the chart and the editor. */
export function NoteStatusBadge({ status }: { status: NoteBadgeStatus }) {
  const meta = META[status];
  return (
    <Badge color={meta.color} variant="light">
      {meta.label}
    </Badge>
  );
}

/** A ProgressNote's status and co-signature as one badge status. */
export function noteBadgeStatus(note: { status: 'DRAFT' | 'SIGNED'; awaitingCosignature: boolean }): NoteBadgeStatus {
  if (note.status === 'DRAFT') return 'DRAFT';
  return note.awaitingCosignature ? 'AWAITING_COSIGNATURE' : 'SIGNED';
}
