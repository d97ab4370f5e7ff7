import { PageHeader, QueryError } from '@handoff/ui-kit';
import { Stack } from '@mantine/core';
import { CosignQueueTable } from '../components/CosignQueueTable';
import { useAttention, useStaffNames } from '../hooks/useAttention';

/** The supervisor's queue: supervisees' signed notes that bill only once co-signed. */
export function CosignQueuePage() {
  const { attention, counts, patientName, loading, error, refetch } = useAttention();
  const staffName = useStaffNames();

  return (
    <>
      <PageHeader
        title="Co-sign queue"
        description={
          attention
            ? `${counts.cosign} ${counts.cosign === 1 ? 'note' : 'notes'} waiting. Their charges are held until you co-sign.`
            : "Supervisees' notes waiting for your co-signature"
        }
      />
      <Stack gap="sm">
        <QueryError error={error} onRetry={() => void refetch()} />
        <CosignQueueTable
          notes={attention?.awaitingMyCosignature ?? []}
          patientName={patientName}
          staffName={staffName}
          loading={loading}
        />
      </Stack>
    </>
  );
}
