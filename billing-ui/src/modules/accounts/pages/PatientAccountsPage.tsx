import { useQuery } from '@apollo/client/react';
import { PageHeader, QueryError, fieldAccess } from '@handoff/ui-kit';
import { CloseButton, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { PatientAccountsTable } from '../components/PatientAccountsTable';

export const ACCOUNTS_PAGE_SIZE = 50;

const PatientAccountsQuery = graphql(`
  query BillingPatientAccounts($search: String, $first: Int!) {
    patients(search: $search, first: $first) {
      totalCount
      nodes {
        id
        ...PatientAccountsTable_patient
      }
    }
  }
`);

/** The billing office's start page: each patient's coverage and balance. */
export function PatientAccountsPage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const { data, previousData, loading, error, refetch } = useQuery(PatientAccountsQuery, {
    variables: { search: debouncedSearch || null, first: ACCOUNTS_PAGE_SIZE },
  });
  const page = (data ?? previousData)?.patients;
  const setSearch = (value: string) => setParams(value ? { q: value } : {}, { replace: true });

  return (
    <>
      <PageHeader title="Patient accounts" description="Coverage and balances by patient." />
      <Stack gap="sm">
        <TextInput
          type="search"
          label="Search accounts"
          placeholder="Name, date of birth, phone or MRN"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={
            loading ? (
              <Loader size={14} aria-label="Searching" />
            ) : search ? (
              <CloseButton size="sm" aria-label="Clear search" onClick={() => setSearch('')} />
            ) : null
          }
          maw={480}
          autoComplete="off"
        />
        <Text size="xs" c="dimmed" aria-live="polite">
          {page
            ? `${page.totalCount} ${page.totalCount === 1 ? 'account' : 'accounts'}${page.totalCount > page.nodes.length ? `, showing the first ${page.nodes.length}` : ''}`
            : ' '}
        </Text>
        <QueryError error={error} onRetry={() => void refetch()} />
        <PatientAccountsTable
          patients={page?.nodes ?? []}
          access={fieldAccess(error)}
          path={['patients', 'nodes']}
          loading={loading && !page}
          searching={!!debouncedSearch}
        />
      </Stack>
    </>
  );
}
