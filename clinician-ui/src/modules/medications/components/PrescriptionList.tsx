import { DataTable, EmptyState, formatDateTime } from '@handoff/ui-kit';
import { Anchor, Badge, Group, Text } from '@mantine/core';
import { IconPrescription } from '@tabler/icons-react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { QUANTITY_UNIT_LABELS } from './prescriptionLabels';

export const PrescriptionList_patient = graphql(`
  fragment PrescriptionList_patient on Patient {
    prescriptions {
      id
      status
      drugName
      strength
      form
      controlledSchedule
      quantity
      unit
      refills
      daysSupply
      signedAt
      pdfUrl
      pharmacy {
        name
      }
      transmission {
        status
        message
      }
    }
  }
`);

export interface PrescriptionListProps {
  patient: FragmentType<typeof PrescriptionList_patient>;
}

/** Signed prescriptions, newest first. Unsigned drafts (an interaction check not taken further) are not listed. */
export function PrescriptionList({ patient }: PrescriptionListProps) {
  const { prescriptions } = getFragmentData(PrescriptionList_patient, patient);
  const signed = prescriptions?.filter((rx) => rx.status === 'SIGNED') ?? [];
  return (
    <DataTable
      label="Signed prescriptions"
      rows={signed}
      rowKey={(rx) => rx.id}
      minWidth={820}
      empty={<EmptyState compact icon={<IconPrescription size={16} />} title="No prescriptions signed here yet" />}
      columns={[
        {
          key: 'signed',
          header: 'Signed',
          nowrap: true,
          render: (rx) => <Text size="sm">{rx.signedAt ? formatDateTime(rx.signedAt) : '—'}</Text>,
        },
        {
          key: 'drug',
          header: 'Prescription',
          render: (rx) => (
            <Group gap={6}>
              <Text size="sm" fw={600}>
                {rx.drugName} {rx.strength} {rx.form ?? ''}
              </Text>
              {rx.controlledSchedule ? (
                <Badge size="xs" color="grape" variant="light">
                  C-{rx.controlledSchedule}
                </Badge>
              ) : null}
            </Group>
          ),
        },
        {
          key: 'qty',
          header: 'Quantity',
          nowrap: true,
          render: (rx) => (
            <Text size="sm">
              {rx.quantity} {rx.unit ? QUANTITY_UNIT_LABELS[rx.unit] : ''} · {rx.daysSupply} d · {rx.refills} refill
              {rx.refills === 1 ? '' : 's'}
            </Text>
          ),
        },
        { key: 'pharmacy', header: 'Pharmacy', render: (rx) => <Text size="sm">{rx.pharmacy?.name ?? '—'}</Text> },
        {
          key: 'transmission',
          header: 'Transmission',
          render: (rx) => (
            <Text size="xs" c="dimmed">
              {rx.transmission?.message ?? 'Not transmitted'}
            </Text>
          ),
        },
        {
          key: 'pdf',
          header: 'PDF',
          render: (rx) =>
            rx.pdfUrl ? (
              <Anchor
                href={rx.pdfUrl}
                target="_blank"
                rel="noopener"
                size="sm"
                aria-label={`Print prescription for ${rx.drugName ?? 'this drug'} (PDF)`}
              >
                Print (PDF)
              </Anchor>
            ) : null,
        },
      ]}
    />
  );
}
