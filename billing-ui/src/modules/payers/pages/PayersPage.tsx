import { useQuery } from '@apollo/client/react';
import { PageHeader, QueryError } from '@handoff/ui-kit';
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { PayerTelehealthDrawer } from '../components/PayerTelehealthDrawer';
import { PayersTable } from '../components/PayersTable';

const PayersQuery = graphql(`
  query BillingPayers {
    payers {
      id
      ...PayersTable_payer
      ...PayerTelehealthDrawer_payer
    }
  }
`);

/** The insurers the practice bills, with their electronic payer ids. */
export function PayersPage() {
  const { data, loading, error, refetch } = useQuery(PayersQuery);
  const payers = data?.payers ?? [];
  const [telehealthPayerId, setTelehealthPayerId] = useState<string | null>(null);
  const telehealthPayer = payers.find((payer) => payer.id === telehealthPayerId) ?? null;
  return (
    <>
      <PageHeader
        title="Payers"
        description={data ? `${payers.length} insurers the practice bills` : 'Insurers the practice bills'}
      />
      <Stack gap="sm">
        <QueryError error={error} onRetry={() => void refetch()} />
        <PayersTable payers={payers} loading={loading && !data} onTelehealthCoding={setTelehealthPayerId} />
      </Stack>
      <PayerTelehealthDrawer payer={telehealthPayer} onClose={() => setTelehealthPayerId(null)} />
    </>
  );
}
