import { useMutation } from '@apollo/client/react';
import { DataTable, EmptyState, formatDate, notifications, userMessage } from '@handoff/ui-kit';
import { Badge, Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconClipboardList, IconDeviceTablet } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ClinicianPatientMeasuresQuery } from '../../../gql/graphql';
import { INSTRUMENT_LABELS, administerPath, scheduleText } from '../instruments';
import { MEASURE_QUERIES, StopMeasureAssignmentMutation } from '../operations/measures.operations';

type Patient = NonNullable<ClinicianPatientMeasuresQuery['patient']>;
type Assignment = NonNullable<Patient['measureAssignments']>[number];
type Due = NonNullable<Patient['measuresDue']>[number];

export interface MeasureAssignmentsTableProps {
  patientId: string;
  assignments: readonly Assignment[];
  due: readonly Due[];
  loading: boolean;
}

/** Active assignments: schedule, whether due today, and the two things to do with one. */
export function MeasureAssignmentsTable({ patientId, assignments, due, loading }: MeasureAssignmentsTableProps) {
  const [stop, { loading: stopping }] = useMutation(StopMeasureAssignmentMutation, { refetchQueries: MEASURE_QUERIES });
  const active = assignments.filter((a) => a.active);
  const dueByAssignment = new Map(due.map((d) => [d.assignmentId, d]));

  // No confirmation step: stopping only ends a schedule (the history stays) and assigning again undoes it.
  const onStop = async (assignment: Assignment) => {
    const name = assignment.instrument ? INSTRUMENT_LABELS[assignment.instrument] : 'Measure';
    const result = await stop({ variables: { id: assignment.id } });
    if (result.data?.stopMeasureAssignment) {
      notifications.show({ color: 'teal', message: `${name} assignment stopped.` });
    } else {
      notifications.show({ color: 'red', title: 'The assignment was not stopped', message: userMessage(result.error) });
    }
  };

  return (
    <DataTable
      label="Measure assignments"
      rows={active}
      rowKey={(row) => row.id}
      loading={loading}
      minWidth={640}
      empty={
        <EmptyState
          icon={<IconClipboardList size={20} />}
          title="No measures assigned"
          description="Assign PHQ-9 or GAD-7 before every appointment to follow progress."
        />
      }
      columns={[
        {
          key: 'instrument',
          header: 'Instrument',
          nowrap: true,
          render: (row) => (
            <Text size="sm" fw={600}>
              {row.instrument ? INSTRUMENT_LABELS[row.instrument] : '—'}
            </Text>
          ),
        },
        { key: 'schedule', header: 'Schedule', render: (row) => scheduleText(row.schedule, row.intervalWeeks) },
        {
          key: 'since',
          header: 'Since',
          nowrap: true,
          render: (row) => (row.startsOn ? formatDate(row.startsOn) : '—'),
        },
        {
          key: 'due',
          header: 'Today',
          nowrap: true,
          render: (row) => {
            const d = dueByAssignment.get(row.id);
            return d ? (
              <Badge color="blue" variant="light">
                Due
              </Badge>
            ) : (
              <Text size="xs" c="dimmed">
                Not due
              </Text>
            );
          },
        },
        {
          key: 'actions',
          header: <VisuallyHidden>Actions</VisuallyHidden>,
          align: 'right',
          nowrap: true,
          render: (row) => {
            if (!row.instrument) return null;
            const name = INSTRUMENT_LABELS[row.instrument];
            return (
              <Group gap="xs" justify="flex-end" wrap="nowrap">
                <Button
                  component={Link}
                  to={administerPath(patientId, row.instrument, row.id)}
                  size="xs"
                  variant="light"
                  leftSection={<IconDeviceTablet size={14} aria-hidden />}
                  aria-label={`Administer ${name} in clinic`}
                >
                  Administer in clinic
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  loading={stopping}
                  onClick={() => void onStop(row)}
                  aria-label={`Stop ${name} assignment`}
                >
                  Stop
                </Button>
              </Group>
            );
          },
        },
      ]}
    />
  );
}
