import { EmptyState, SectionCard, formatDateTime } from '@handoff/ui-kit';
import { Button, Stack, Text } from '@mantine/core';
import { IconPlus, IconShieldSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { PDMP_METHOD_LABELS, RecordPdmpCheckForm } from './RecordPdmpCheckForm';

export const PdmpCheckList_patient = graphql(`
  fragment PdmpCheckList_patient on Patient {
    pdmpChecks {
      id
      checkedAt
      checkedById
      checkedByName
      method
      resultSummary
      source
    }
  }
`);

export interface PdmpCheckListProps {
  patientId: string;
  patient: FragmentType<typeof PdmpCheckList_patient>;
  /** Prescribers may record a check from here as well as while prescribing. */
  canRecord: boolean;
}

/** Who checked the patient's PDMP record, when, how, and what it showed in short; newest first. */
export function PdmpCheckList({ patientId, patient, canRecord }: PdmpCheckListProps) {
  const { pdmpChecks } = getFragmentData(PdmpCheckList_patient, patient);
  const [recording, setRecording] = useState(false);
  return (
    <SectionCard
      title="PDMP checks"
      actions={
        canRecord && !recording ? (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setRecording(true)}
          >
            Record PDMP check
          </Button>
        ) : null
      }
    >
      <Stack gap="sm">
        {recording ? <RecordPdmpCheckForm patientId={patientId} onDone={() => setRecording(false)} /> : null}
        {!pdmpChecks || pdmpChecks.length === 0 ? (
          <EmptyState compact icon={<IconShieldSearch size={16} />} title="No PDMP checks recorded" />
        ) : (
          <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="PDMP checks">
            {pdmpChecks.map((c, index) => (
              <li
                key={c.id}
                style={{
                  padding: '8px 0',
                  borderTop: index === 0 ? undefined : '1px solid var(--mantine-color-gray-2)',
                }}
              >
                <Text size="sm" fw={600}>
                  {formatDateTime(c.checkedAt)} · {c.checkedByName}
                </Text>
                <Text size="xs" c="dimmed">
                  {PDMP_METHOD_LABELS[c.method]} ({c.source})
                </Text>
                <Text size="sm">{c.resultSummary}</Text>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </SectionCard>
  );
}
