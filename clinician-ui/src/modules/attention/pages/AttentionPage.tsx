import { PageHeader, QueryError } from '@handoff/ui-kit';
import { Badge, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { CosignQueueTable } from '../components/CosignQueueTable';
import { HeldChargesTable } from '../components/HeldChargesTable';
import { UnsignedNotesTable } from '../components/UnsignedNotesTable';
import { useAttention, useStaffNames } from '../hooks/useAttention';

function Part({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <Group gap="xs" mb="xs">
        <Title order={2} fz="h4">
          {title}
        </Title>
        <Badge color={count > 0 ? 'handoff' : 'gray'} variant="light" aria-label={`${count} items`}>
          {count}
        </Badge>
      </Group>
      {children}
    </section>
  );
}

/** Everything the clinician still owes, oldest first: drafts, co-signatures, held charges. */
export function AttentionPage() {
  const { attention, counts, patientName, loading, error, refetch } = useAttention();
  const staffName = useStaffNames();

  return (
    <>
      <PageHeader
        title="Needs my attention"
        description={
          attention
            ? counts.total === 0
              ? 'Nothing outstanding.'
              : `${counts.unsigned} unsigned ${counts.unsigned === 1 ? 'note' : 'notes'}${counts.late ? ` (${counts.late} late)` : ''} · ${counts.cosign} to co-sign · ${counts.held} held ${counts.held === 1 ? 'charge' : 'charges'}`
            : 'Unsigned notes, co-signatures and held charges'
        }
      />
      <Stack gap="lg">
        <QueryError error={error} onRetry={() => void refetch()} />
        <Part title="Unsigned notes" count={counts.unsigned}>
          <UnsignedNotesTable notes={attention?.unsignedNotes ?? []} patientName={patientName} loading={loading} />
        </Part>
        {counts.cosign > 0 ? (
          <Part title="Awaiting my co-signature" count={counts.cosign}>
            <CosignQueueTable
              notes={attention?.awaitingMyCosignature ?? []}
              patientName={patientName}
              staffName={staffName}
              loading={loading}
            />
          </Part>
        ) : null}
        <Part title="Held charges" count={counts.held}>
          <HeldChargesTable charges={attention?.heldCharges ?? []} loading={loading} />
        </Part>
      </Stack>
    </>
  );
}
