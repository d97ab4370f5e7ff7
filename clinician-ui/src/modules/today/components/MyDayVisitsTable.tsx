import { DataTable, EmptyState, formatTime } from '@handoff/ui-kit';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconCalendarOff, IconVideo } from '@tabler/icons-react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { MyDayVisitsTable_VisitFragment } from '../../../gql/graphql';
import { StartGroupNoteButton } from '../../group-notes/components/StartGroupNoteButton';
import { APPOINTMENT_STATUS } from './appointmentStatus';
import { VisitPatientLine } from './VisitPatientLine';

export const MyDayVisitsTable_visit = graphql(`
  fragment MyDayVisitsTable_visit on MyDayVisit {
    appointmentId
    startsAt
    endsAt
    status
    appointmentTypeName
    defaultCpt
    telehealth
    telehealthUrl
    roomName
    patients {
      patientId
      displayName
      attendance
      noteId
      noteStatus
      measuresDue
      openSafetyAlerts
      planReviewDueOn
    }
  }
`);

export interface MyDayVisitsTableProps {
  visits: readonly FragmentType<typeof MyDayVisitsTable_visit>[];
  /** The practice's zone: times read as the facility's clock does, wherever the browser is. */
  timeZone: string | null;
  loading: boolean;
}

const CANCELLED = new Set(['CANCELLED', 'LATE_CANCELLED']);

/** Group psychotherapy's CPT code: a visit of such a type is documented as one group note. */
const GROUP_CPT = '90853';
/** Family therapy also has several patients, but each is documented in their own note. */
const FAMILY_CPTS = new Set(['90846', '90847']);

function isGroupVisit(visit: MyDayVisitsTable_VisitFragment): boolean {
  if (visit.defaultCpt === GROUP_CPT) return true;
  return visit.patients.length > 1 && !(visit.defaultCpt && FAMILY_CPTS.has(visit.defaultCpt));
}

/** The day's visits in time order: when, what, and per patient what is open and what to do next. */
export function MyDayVisitsTable({ visits, timeZone, loading }: MyDayVisitsTableProps) {
  const rows: MyDayVisitsTable_VisitFragment[] = visits.map((v) => getFragmentData(MyDayVisitsTable_visit, v));

  return (
    <DataTable
      label="My visits"
      rows={rows}
      rowKey={(row) => row.appointmentId}
      loading={loading}
      minWidth={720}
      empty={<EmptyState icon={<IconCalendarOff size={20} />} title="No visits on this day" />}
      columns={[
        {
          key: 'time',
          header: 'Time',
          nowrap: true,
          width: 110,
          render: (row) => (
            <div>
              <Text size="sm" fw={600}>
                {timeZone && row.startsAt ? formatTime(row.startsAt, timeZone) : ''}
              </Text>
              <Text size="xs" c="dimmed">
                to {timeZone && row.endsAt ? formatTime(row.endsAt, timeZone) : ''}
              </Text>
            </div>
          ),
        },
        {
          key: 'visit',
          header: 'Visit',
          width: 220,
          render: (row) => {
            const status = row.status ? APPOINTMENT_STATUS[row.status] : null;
            return (
              <Stack gap={2}>
                <Text size="sm">{row.appointmentTypeName}</Text>
                <Group gap={4}>
                  {status ? (
                    <Badge size="xs" color={status.color} variant="light">
                      {status.label}
                    </Badge>
                  ) : null}
                  {row.telehealth ? (
                    <Badge size="xs" color="cyan" variant="light" leftSection={<IconVideo size={10} aria-hidden />}>
                      Telehealth
                    </Badge>
                  ) : null}
                  {row.roomName ? (
                    <Text span size="xs" c="dimmed">
                      {row.roomName}
                    </Text>
                  ) : null}
                </Group>
                {row.telehealth && row.telehealthUrl ? (
                  <Anchor href={row.telehealthUrl} target="_blank" rel="noreferrer" size="xs">
                    Join video
                  </Anchor>
                ) : null}
              </Stack>
            );
          },
        },
        {
          key: 'patients',
          header: 'Patient · open items · note',
          render: (row) => {
            const documentable = !row.status || !CANCELLED.has(row.status);
            const group = isGroupVisit(row);
            return (
              <Stack gap={6}>
                {group && documentable ? (
                  <Group justify="flex-end">
                    <StartGroupNoteButton
                      appointmentId={row.appointmentId}
                      started={row.patients.some((p) => !!p.noteId)}
                    />
                  </Group>
                ) : null}
                {row.patients.map((patient) => (
                  <VisitPatientLine
                    key={patient.patientId}
                    appointmentId={row.appointmentId}
                    patient={patient}
                    several={row.patients.length > 1}
                    documentable={documentable}
                    inGroup={group}
                  />
                ))}
              </Stack>
            );
          },
        },
      ]}
    />
  );
}
