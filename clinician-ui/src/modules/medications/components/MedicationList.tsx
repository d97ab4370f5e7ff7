import { DataTable, DateText, EmptyState, SectionCard } from '@handoff/ui-kit';
import { Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconPill, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { MedicationList_PatientFragment } from '../../../gql/graphql';
import { AddMedicationForm } from './AddMedicationForm';
import { StopMedicationButton } from './StopMedicationButton';

export const MedicationList_patient = graphql(`
  fragment MedicationList_patient on Patient {
    medications {
      id
      drugName
      strength
      form
      sig
      prescriberName
      startedOn
      stoppedOn
      reason
      stopReason
      status
    }
  }
`);

type ListedMedication = NonNullable<MedicationList_PatientFragment['medications']>[number];

export interface MedicationListProps {
  patientId: string;
  patient: FragmentType<typeof MedicationList_patient>;
}

function MedicationName({ medication }: { medication: ListedMedication }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {medication.drugName}
      </Text>
      <Text size="xs" c="dimmed">
        {[medication.strength, medication.form].filter(Boolean).join(' · ') || '—'}
      </Text>
    </div>
  );
}

const text = (value: string | null | undefined) => <Text size="sm">{value ?? '—'}</Text>;

/** Active medications (API order: newest first), with stopped ones folded away below. */
export function MedicationList({ patientId, patient }: MedicationListProps) {
  const { medications } = getFragmentData(MedicationList_patient, patient);
  const [adding, setAdding] = useState(false);
  const [showStopped, setShowStopped] = useState(false);
  const active = medications?.filter((m) => m.status === 'ACTIVE') ?? [];
  const stopped = medications?.filter((m) => m.status === 'STOPPED') ?? [];

  return (
    <SectionCard
      title="Medications"
      actions={
        adding ? null : (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setAdding(true)}
          >
            Add medication
          </Button>
        )
      }
    >
      <Stack gap="sm">
        {adding ? <AddMedicationForm patientId={patientId} onDone={() => setAdding(false)} /> : null}
        <DataTable
          label="Active medications"
          rows={active}
          rowKey={(m) => m.id}
          minWidth={760}
          empty={<EmptyState compact icon={<IconPill size={16} />} title="No active medications" />}
          columns={[
            { key: 'drug', header: 'Medication', render: (m) => <MedicationName medication={m} /> },
            { key: 'sig', header: 'Sig', render: (m) => text(m.sig) },
            { key: 'prescriber', header: 'Prescriber', render: (m) => text(m.prescriberName) },
            { key: 'started', header: 'Started', nowrap: true, render: (m) => <DateText value={m.startedOn} /> },
            { key: 'reason', header: 'Reason', render: (m) => text(m.reason) },
            {
              key: 'stop',
              header: <VisuallyHidden>Action</VisuallyHidden>,
              align: 'right',
              render: (m) => <StopMedicationButton medication={m} />,
            },
          ]}
        />
        {stopped.length > 0 ? (
          <Group>
            <Button
              size="compact-sm"
              variant="subtle"
              color="gray"
              aria-expanded={showStopped}
              leftSection={
                showStopped ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />
              }
              onClick={() => setShowStopped((s) => !s)}
            >
              Stopped medications ({stopped.length})
            </Button>
          </Group>
        ) : null}
        {showStopped && stopped.length > 0 ? (
          <DataTable
            label="Stopped medications"
            rows={stopped}
            rowKey={(m) => m.id}
            minWidth={760}
            columns={[
              { key: 'drug', header: 'Medication', render: (m) => <MedicationName medication={m} /> },
              { key: 'prescriber', header: 'Prescriber', render: (m) => text(m.prescriberName) },
              { key: 'started', header: 'Started', nowrap: true, render: (m) => <DateText value={m.startedOn} /> },
              { key: 'stopped', header: 'Stopped', nowrap: true, render: (m) => <DateText value={m.stoppedOn} /> },
              { key: 'why', header: 'Why stopped', render: (m) => text(m.stopReason) },
            ]}
          />
        ) : null}
      </Stack>
    </SectionCard>
  );
}
