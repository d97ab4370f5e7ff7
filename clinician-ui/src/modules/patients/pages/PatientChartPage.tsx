import { useQuery } from '@apollo/client/react';
import { EmptyState, QueryError, fieldAccess, hasErrorCode } from '@handoff/ui-kit';
import { Anchor, Skeleton, Stack, Tabs } from '@mantine/core';
import { IconArrowLeft, IconUserQuestion } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { OffCareTeamNotice } from '../components/OffCareTeamNotice';
import { PatientBanner } from '../components/PatientBanner';
import { CHART_TABS } from '../tabs/chartTabs';

const PatientChartQuery = graphql(`
  query ClinicianPatientChart($id: ID!) {
    patient(id: $id) {
      id
      mrn
      legalLastName
      ...PatientBanner_patient
    }
  }
`);

const BACK = (
  <Anchor component={Link} to="/patients" size="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
    <IconArrowLeft size={14} aria-hidden /> My patients
  </Anchor>
);

/**
 * A patient's chart: the banner every clinical screen shows, then one tab per part of the record.
 * The tab is in the URL (?tab=diagnoses) so a link or a reload opens the same one; only the open
 * tab is mounted, so only its query runs.
 */
export function PatientChartPage() {
  const { patientId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(PatientChartQuery, { variables: { id: patientId } });
  const patient = data?.patient;
  const access = fieldAccess(error);
  const tab = CHART_TABS.find((t) => t.value === params.get('tab')) ?? CHART_TABS[0];

  if (loading && !patient) {
    return (
      <Stack gap="md">
        {BACK}
        <Skeleton h={72} />
        <Skeleton h={240} />
      </Stack>
    );
  }
  if (!patient) {
    return (
      <Stack gap="md">
        {BACK}
        {hasErrorCode(error, 'NOT_FOUND') || !error ? (
          <EmptyState
            icon={<IconUserQuestion size={20} />}
            title="Patient not found"
            description="The link may be wrong."
          />
        ) : (
          <QueryError error={error} onRetry={() => void refetch()} />
        )}
      </Stack>
    );
  }

  // Off the care team the API still answers, with the patient's demographics refused.
  if (access.refused(['patient', 'legalLastName'])) {
    return (
      <Stack gap="md">
        {BACK}
        <OffCareTeamNotice patientId={patient.id} mrn={patient.mrn} onGranted={() => void refetch()} />
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      {BACK}
      <PatientBanner patient={patient} access={access} path={['patient']} />
      <QueryError error={error} />
      <Tabs
        value={tab?.value ?? null}
        onChange={(value) => {
          if (value) setParams({ tab: value }, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md" aria-label="Chart">
          {CHART_TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value} leftSection={t.icon}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {CHART_TABS.map((t) => (
          <Tabs.Panel key={t.value} value={t.value}>
            <t.Panel patientId={patient.id} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
