import { useQuery } from '@apollo/client/react';
import { PageHeader, QueryError, fieldAccess, useViewer } from '@handoff/ui-kit';
import { CloseButton, Stack, Text, TextInput } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import { CASELOAD_SIZE } from '../caseload';
import { MyPatientsTable } from '../components/MyPatientsTable';

const MyPatientsQuery = graphql(`
  query ClinicianMyPatients($first: Int!, $notImprovingWeeks: Int!) {
    patients(first: $first) {
      totalCount
      nodes {
        id
        ...MyPatientsTable_patient
      }
    }
    notImprovingPatients(weeks: $notImprovingWeeks) {
      patientId
      instrument
      weeksSinceBaseline
    }
    viewer {
      id
      practiceTimeZone
    }
  }
`);

/** "Not improving": no reliable improvement this many weeks after the first score (a common review point). */
const NOT_IMPROVING_WEEKS = 8;

/**
 * The clinician's caseload: each patient's primary diagnosis, last and next visit, latest PHQ-9 and
 * GAD-7 with their trend, and who is not improving.
 */
export function MyPatientsPage() {
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const [filter, setFilter] = useState('');
  const { data, loading, error, refetch } = useQuery(MyPatientsQuery, {
    variables: { first: CASELOAD_SIZE, notImprovingWeeks: NOT_IMPROVING_WEEKS },
  });
  const page = data?.patients;

  return (
    <>
      <PageHeader
        title="My patients"
        description={
          page
            ? `${page.totalCount} ${page.totalCount === 1 ? 'patient' : 'patients'} on your care team`
            : 'Patients on your care team'
        }
      />
      <Stack gap="sm">
        <TextInput
          label="Filter my patients"
          placeholder="Name, MRN or diagnosis code"
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          leftSection={<IconFilter size={16} aria-hidden />}
          rightSection={
            filter ? <CloseButton size="sm" aria-label="Clear filter" onClick={() => setFilter('')} /> : null
          }
          maw={420}
          autoComplete="off"
        />
        <QueryError error={error} onRetry={() => void refetch()} />
        {page && page.totalCount > page.nodes.length ? (
          <Text size="xs" c="dimmed">
            Showing the first {page.nodes.length}.
          </Text>
        ) : null}
        <MyPatientsTable
          patients={page?.nodes ?? []}
          filter={filter}
          staffMemberId={viewer?.staffMemberId ?? null}
          notImproving={data?.notImprovingPatients ?? []}
          timeZone={data?.viewer?.practiceTimeZone ?? null}
          access={fieldAccess(error)}
          path={['patients', 'nodes']}
          loading={loading && !page}
          onOpen={(id) => void navigate(`/patients/${id}`)}
        />
      </Stack>
    </>
  );
}
