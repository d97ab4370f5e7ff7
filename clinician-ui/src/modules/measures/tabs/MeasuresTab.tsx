import { useQuery } from '@apollo/client/react';
import { QueryError, SectionCard } from '@handoff/ui-kit';
import { Button, Group, Skeleton, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { graphql } from '../../../gql';
import type { MeasureInstrument } from '../../../gql/graphql';
import type { ChartTabProps } from '../../patients/tabs/chartTabs';
import { AdministerMenu } from '../components/AdministerMenu';
import { AssignMeasureForm } from '../components/AssignMeasureForm';
import { MeasureAssignmentsTable } from '../components/MeasureAssignmentsTable';
import { MeasureTrendCard } from '../components/MeasureTrendCard';
import { INSTRUMENTS } from '../instruments';

const PatientMeasuresQuery = graphql(`
  query ClinicianPatientMeasures($id: ID!) {
    patient(id: $id) {
      id
      measureAssignments {
        id
        instrument
        schedule
        intervalWeeks
        startsOn
        active
      }
      measuresDue {
        assignmentId
        instrument
      }
      latestScores {
        instrument
      }
    }
  }
`);

/**
 * Measurement-based care in the chart: what is assigned and on what schedule, administering on
 * the clinic tablet, and one trend per instrument the patient has answered or is assigned.
 */
export function MeasuresTab({ patientId }: ChartTabProps) {
  const [assigning, setAssigning] = useState(false);
  const { data, loading, error, refetch } = useQuery(PatientMeasuresQuery, {
    variables: { id: patientId },
    fetchPolicy: 'cache-and-network',
  });
  const patient = data?.patient;
  const assignments = useMemo(() => patient?.measureAssignments ?? [], [patient]);

  const activeIds = useMemo(() => {
    const ids = new Map<MeasureInstrument, string>();
    for (const a of assignments) if (a.active && a.instrument) ids.set(a.instrument, a.id);
    return ids;
  }, [assignments]);

  // Trends for what was answered or is assigned, in the usual instrument order.
  const trended = useMemo(() => {
    const shown = new Set<MeasureInstrument>(activeIds.keys());
    for (const s of patient?.latestScores ?? []) if (s.instrument) shown.add(s.instrument);
    return INSTRUMENTS.filter((i) => shown.has(i));
  }, [activeIds, patient?.latestScores]);

  if (loading && !patient) return <Skeleton h={200} />;
  return (
    <Stack gap="md">
      <QueryError error={error} onRetry={() => void refetch()} />
      <SectionCard
        title="Assigned measures"
        actions={
          <Group gap="xs">
            <AdministerMenu patientId={patientId} assignmentIds={activeIds} />
            {assigning ? null : (
              <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setAssigning(true)}>
                Assign measure
              </Button>
            )}
          </Group>
        }
      >
        <Stack gap="sm">
          {assigning ? (
            <AssignMeasureForm
              patientId={patientId}
              assigned={new Set(activeIds.keys())}
              onDone={() => setAssigning(false)}
            />
          ) : null}
          <MeasureAssignmentsTable
            patientId={patientId}
            assignments={assignments}
            due={patient?.measuresDue ?? []}
            loading={loading && !patient}
          />
        </Stack>
      </SectionCard>
      {trended.map((instrument) => (
        <MeasureTrendCard key={instrument} patientId={patientId} instrument={instrument} />
      ))}
    </Stack>
  );
}
