import { formatDate } from '@handoff/ui-kit';
import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { MyDayVisitsTable_VisitFragment } from '../../../gql/graphql';
import { NoteStatusBadge } from '../../notes/components/NoteStatusBadge';
import { StartNoteButton } from '../../notes/components/StartNoteButton';

type VisitPatient = MyDayVisitsTable_VisitFragment['patients'][number];

export interface VisitPatientLineProps {
  appointmentId: string;
  patient: VisitPatient;
  /** Group and family visits: the note's button names the patient. */
  several: boolean;
  /** Cancelled and no-show visits have no session to document. */
  documentable: boolean;
  /** A group session: members' notes are started from the visit's group note, not one by one. */
  inGroup?: boolean;
}

/** One patient of a visit: name (to the chart), open items, the note's state and the next step. */
export function VisitPatientLine({
  appointmentId,
  patient,
  several,
  documentable,
  inGroup = false,
}: VisitPatientLineProps) {
  const name = patient.displayName ?? 'Patient';
  const forWhom = several ? ` for ${name}` : '';
  const alerts = patient.openSafetyAlerts ?? 0;

  return (
    <Group gap="xs" justify="space-between" wrap="nowrap" align="center">
      <Group gap={6} wrap="wrap" style={{ minWidth: 0 }}>
        <Anchor component={Link} to={`/patients/${patient.patientId}`} fw={600} size="sm">
          {name}
        </Anchor>
        {patient.attendance && patient.attendance !== 'EXPECTED' && patient.attendance !== 'ATTENDED' ? (
          <Badge size="xs" color="gray" variant="outline">
            {patient.attendance === 'NO_SHOW' ? 'No-show' : 'Cancelled'}
          </Badge>
        ) : null}
        {alerts > 0 ? (
          <Badge size="xs" color="red" variant="filled" leftSection={<IconAlertTriangle size={10} aria-hidden />}>
            {alerts} safety {alerts === 1 ? 'alert' : 'alerts'}
          </Badge>
        ) : null}
        {(patient.measuresDue ?? []).map((measure) => (
          <Badge key={measure} size="xs" color="blue" variant="light">
            {measure} due
          </Badge>
        ))}
        {patient.planReviewDueOn ? (
          <Badge size="xs" color="orange" variant="light">
            Plan review due {formatDate(patient.planReviewDueOn)}
          </Badge>
        ) : null}
      </Group>
      <Group gap="xs" wrap="nowrap">
        {patient.noteStatus !== 'NOT_STARTED' ? <NoteStatusBadge status={patient.noteStatus} /> : null}
        {patient.noteId ? (
          <Button
            component={Link}
            to={`/notes/${patient.noteId}`}
            size="xs"
            variant={patient.noteStatus === 'DRAFT' ? 'filled' : 'light'}
            aria-label={`${patient.noteStatus === 'DRAFT' ? 'Continue note' : 'View note'}${forWhom}`}
          >
            {patient.noteStatus === 'DRAFT' ? 'Continue note' : 'View note'}
          </Button>
        ) : inGroup ? null : documentable ? (
          <StartNoteButton
            appointmentId={appointmentId}
            patientId={patient.patientId}
            variant="light"
            label="Start note"
            aria-label={`Start note${forWhom}`}
          />
        ) : (
          <Text size="xs" c="dimmed">
            No session
          </Text>
        )}
      </Group>
    </Group>
  );
}
