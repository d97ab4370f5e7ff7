import { useQuery } from '@apollo/client/react';
import { PageHeader, QueryError, fieldAccess } from '@handoff/ui-kit';
import { Button, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { PatientResultsTable } from '../components/PatientResultsTable';
import { PatientSearchBox } from '../components/PatientSearchBox';

export const PAGE_SIZE = 25;

const FrontDeskPatientsQuery = graphql(`
  query FrontDeskPatients($search: String, $first: Int!) {
    patients(search: $search, first: $first) {
      totalCount
      totalCountIsExact
      nodes {
        id
        ...PatientResultsTable_patient
      }
    }
  }
`);

/** The front desk's start page: find a patient by name, date of birth, phone or MRN, or register one. */
export function PatientsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  // Registering is a page of its own (the intake wizard), so the search stays as it was when coming back.
  const openCreate = () => void navigate('/patients/new');

  const { data, previousData, loading, error, refetch } = useQuery(FrontDeskPatientsQuery, {
    variables: { search: debouncedSearch || null, first: PAGE_SIZE },
  });
  const page = (data ?? previousData)?.patients;
  const nodes = page?.nodes ?? [];

  const setSearch = (value: string) => setParams(value ? { q: value } : {}, { replace: true });

  // The API stops counting at 500: "500+" is the cue to keep typing.
  const count = page ? `${page.totalCount.toLocaleString('en-US')}${page.totalCountIsExact ? '' : '+'}` : '';
  const summary = page
    ? debouncedSearch
      ? `${count} ${page.totalCount === 1 ? 'match' : 'matches'} for “${debouncedSearch}”${page.totalCount > nodes.length ? `, showing the first ${nodes.length}` : ''}`
      : `${count} patients${page.totalCount > nodes.length ? `, showing the first ${nodes.length}: search to narrow down` : ''}`
    : 'Search by name, date of birth, phone or MRN';

  return (
    <>
      <PageHeader
        title="Patients"
        description="Find a patient by name, date of birth, phone or MRN."
        actions={
          <Button leftSection={<IconUserPlus size={16} />} onClick={openCreate}>
            New patient
          </Button>
        }
      />
      <Stack gap="sm">
        <PatientSearchBox value={search} onChange={setSearch} loading={loading} />
        <Text size="xs" c="dimmed" aria-live="polite">
          {summary}
        </Text>
        <QueryError error={error} onRetry={() => void refetch()} />
        <PatientResultsTable
          patients={nodes}
          access={fieldAccess(error)}
          path={['patients', 'nodes']}
          loading={loading && !page}
          searching={!!debouncedSearch}
          onOpen={(id) => void navigate(`/patients/${id}`)}
          onCreate={openCreate}
        />
      </Stack>
    </>
  );
}
