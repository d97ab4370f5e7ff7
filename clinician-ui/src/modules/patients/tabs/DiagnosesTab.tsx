import { useQuery } from '@apollo/client/react';
import { QueryError, fieldAccess } from '@handoff/ui-kit';
import { Button, Skeleton, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { AddDiagnosisForm } from '../components/AddDiagnosisForm';
import { DiagnosisActions } from '../components/DiagnosisActions';
import { ProblemList } from '../components/ProblemList';
import type { ChartTabProps } from './chartTabs';

const PatientDiagnosesQuery = graphql(`
  query ClinicianPatientDiagnoses($id: ID!) {
    patient(id: $id) {
      id
      ...ProblemList_patient
    }
  }
`);

/** The problem list, with adding a code (ICD-10 search) and resolving or re-ranking entries. */
export function DiagnosesTab({ patientId }: ChartTabProps) {
  const [adding, setAdding] = useState(false);
  const { data, loading, error, refetch } = useQuery(PatientDiagnosesQuery, { variables: { id: patientId } });
  const patient = data?.patient;

  if (loading && !patient) return <Skeleton h={200} />;
  return (
    <Stack gap="md">
      <QueryError error={error} onRetry={() => void refetch()} />
      {adding ? <AddDiagnosisForm patientId={patientId} onDone={() => setAdding(false)} /> : null}
      {patient ? (
        <ProblemList
          patient={patient}
          access={fieldAccess(error)}
          path={['patient']}
          headerActions={
            adding ? null : (
              <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setAdding(true)}>
                Add diagnosis
              </Button>
            )
          }
          rowActions={(dx) => <DiagnosisActions diagnosis={dx} />}
        />
      ) : null}
    </Stack>
  );
}
