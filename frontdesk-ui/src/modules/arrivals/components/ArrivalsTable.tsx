import { useMutation } from '@apollo/client/react';
import { Money, notifications, userMessage } from '@handoff/ui-kit';
import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ArrivalsQuery, MissingItem } from '../../../gql/graphql';
import { STATUS_META } from '../../calendar/components/appointmentStatus';
import { formatTimeRange } from '../../calendar/components/facilityTime';
import { CollectPaymentDialog } from './CollectPaymentDialog';

const ArrivalsSetStatusMutation = graphql(`
  mutation ArrivalsSetStatus($id: ID!, $version: Int!, $status: AppointmentStatus!) {
    setAppointmentStatus(id: $id, version: $version, status: $status) {
      id
      version
      status
    }
  }
`);

export type ArrivalRow = NonNullable<ArrivalsQuery['arrivals']>[number];

const MISSING_LABELS: Readonly<Record<MissingItem, string>> = {
  INSURANCE_EXPIRED: 'Insurance expired',
  UNSIGNED_CONSENTS: 'Unsigned consents',
  NO_CARD_IMAGES: 'No card images',
};

export interface ArrivalsTableProps {
  rows: readonly ArrivalRow[];
  timeZone: string;
  /** Money changed on the server: the copay due and balance must be read again. */
  onPaid: () => void;
}

function patientName(row: ArrivalRow): string {
  return row.appointment?.attendees?.find((a) => a.patientId === row.patientId)?.displayName ?? 'Patient';
}

/** One line per expected patient (a group visit gives one line per attendee), in start order. */
export function ArrivalsTable({ rows, timeZone, onPaid }: ArrivalsTableProps) {
  const [setStatus] = useMutation(ArrivalsSetStatusMutation);
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [collecting, setCollecting] = useState<ArrivalRow | null>(null);

  async function changeStatus(row: ArrivalRow, status: 'ARRIVED' | 'SCHEDULED') {
    const appointment = row.appointment;
    if (!appointment) return;
    setPendingId(appointment.id);
    try {
      const result = await setStatus({ variables: { id: appointment.id, version: appointment.version, status } });
      if (result.error) notifications.show({ color: 'red', message: userMessage(result.error) });
    } catch (error) {
      notifications.show({ color: 'red', message: userMessage(error as Error) });
    } finally {
      setPendingId(null);
    }
  }

  return (
    <>
      <Table striped highlightOnHover verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Time</Table.Th>
            <Table.Th>Patient</Table.Th>
            <Table.Th>Provider</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Room</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Copay due</Table.Th>
            <Table.Th ta="right">Balance</Table.Th>
            <Table.Th>Missing</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const appointment = row.appointment;
            const status = appointment?.status ?? null;
            const meta = status ? STATUS_META[status] : null;
            const busy = !!appointment && pendingId === appointment.id;
            const name = patientName(row);
            return (
              <Table.Tr key={`${appointment?.id ?? ''}:${row.patientId}`} data-testid="arrival-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {appointment?.startsAt && appointment.endsAt
                    ? formatTimeRange(appointment.startsAt, appointment.endsAt, timeZone)
                    : null}
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/patients/${row.patientId}`} size="sm">
                    {name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{appointment?.providerName}</Table.Td>
                <Table.Td>{appointment?.appointmentTypeName}</Table.Td>
                <Table.Td>{appointment?.roomName ?? <Text c="dimmed" size="sm">—</Text>}</Table.Td>
                <Table.Td>
                  {meta ? (
                    <Badge color={meta.color} variant="light" size="sm" leftSection={<meta.icon size={12} />}>
                      {meta.label}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td ta="right" data-testid="copay-due">
                  <Money cents={row.copayDueCents} />
                </Table.Td>
                <Table.Td ta="right">
                  <Money cents={row.balanceCents} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {(row.missingItems ?? []).map((item) => (
                      <Badge
                        key={item}
                        color="orange"
                        variant="light"
                        size="xs"
                        leftSection={<IconAlertTriangle size={10} />}
                      >
                        {MISSING_LABELS[item]}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap" justify="flex-end">
                    {status === 'ARRIVED' ? (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        loading={busy}
                        onClick={() => void changeStatus(row, 'SCHEDULED')}
                        aria-label={`Undo check-in of ${name}`}
                      >
                        Undo
                      </Button>
                    ) : status === 'SCHEDULED' || status === 'CONFIRMED' ? (
                      <Button
                        size="compact-sm"
                        loading={busy}
                        onClick={() => void changeStatus(row, 'ARRIVED')}
                        aria-label={`Check in ${name}`}
                      >
                        Check in
                      </Button>
                    ) : null}
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setCollecting(row)}
                      aria-label={`Collect from ${name}`}
                    >
                      Collect
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {collecting ? (
        <CollectPaymentDialog
          patientId={collecting.patientId}
          patientName={patientName(collecting)}
          appointmentId={collecting.appointment?.id ?? null}
          copayDueCents={collecting.copayDueCents ?? 0}
          onClose={() => setCollecting(null)}
          onPaid={onPaid}
        />
      ) : null}
    </>
  );
}
