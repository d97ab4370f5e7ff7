import { useQuery, useSubscription } from '@apollo/client/react';
import {
  EmptyState,
  PageHeader,
  QueryError,
  ageInYears,
  fieldAccess,
  formatDate,
  hasErrorCode,
  patientDisplayName,
} from '@handoff/ui-kit';
import { Anchor, Badge, Grid, Skeleton, Stack } from '@mantine/core';
import { IconArrowLeft, IconUserQuestion } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { CareTeamList } from '../components/CareTeamList';
import { InsuranceList } from '../components/InsuranceList';
import { PatientDemographics } from '../components/PatientDemographics';

const FrontDeskPatientQuery = graphql(`
  query FrontDeskPatient($id: ID!) {
    patient(id: $id) {
      id
      mrn
      status
      legalFirstName
      legalLastName
      preferredName
      pronouns
      dateOfBirth
      ...PatientDemographics_patient
      ...InsuranceList_patient
      ...CareTeamList_patient
    }
  }
`);

// Someone else edits the record (another desk, the patient in the portal): the event carries the
// same fields, so Apollo's normalised cache updates this page in place.
const FrontDeskPatientUpdatedSubscription = graphql(`
  subscription FrontDeskPatientUpdated($id: ID!) {
    patientUpdated(id: $id) {
      id
      mrn
      status
      legalFirstName
      legalLastName
      preferredName
      pronouns
      dateOfBirth
      ...PatientDemographics_patient
      ...InsuranceList_patient
      ...CareTeamList_patient
    }
  }
`);

const BACK = (
  <Anchor
    component={Link}
    to="/patients"
    size="sm"
    mb={6}
    display="inline-flex"
    style={{ alignItems: 'center', gap: 4 }}
  >
    <IconArrowLeft size={14} aria-hidden /> Patients
  </Anchor>
);

/** One patient as the front desk sees it: demographics, coverage and who treats them. */
export function PatientDetailPage() {
  const { patientId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(FrontDeskPatientQuery, { variables: { id: patientId } });
  const patient = data?.patient;
  const access = fieldAccess(error);
  useSubscription(FrontDeskPatientUpdatedSubscription, { variables: { id: patientId }, skip: !patient });

  if (loading && !patient) {
    return (
      <Stack gap="md">
        {BACK}
        <Skeleton h={28} w={280} />
        <Skeleton h={220} />
      </Stack>
    );
  }
  if (!patient) {
    return (
      <>
        {BACK}
        {hasErrorCode(error, 'NOT_FOUND') || !error ? (
          <EmptyState
            icon={<IconUserQuestion size={20} />}
            title="Patient not found"
            description="The record may have been merged or the link is wrong."
          />
        ) : (
          <QueryError error={error} onRetry={() => void refetch()} />
        )}
      </>
    );
  }

  const age = patient.dateOfBirth ? ageInYears(patient.dateOfBirth) : null;

  return (
    <>
      <PageHeader
        before={BACK}
        title={patientDisplayName(patient)}
        badge={
          <Badge color={patient.status === 'ACTIVE' ? 'teal' : 'gray'}>
            {patient.status === 'ACTIVE' ? 'Active' : 'Inactive'}
          </Badge>
        }
        description={
          <>
            {[
              patient.preferredName ? `Goes by ${patient.preferredName}` : null,
              patient.pronouns,
              patient.dateOfBirth
                ? `Born ${formatDate(patient.dateOfBirth)}${age !== null ? ` (${age} y)` : ''}`
                : null,
              `MRN ${patient.mrn}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </>
        }
      />
      <Stack gap="md">
        <QueryError error={error} />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <PatientDemographics patient={patient} access={access} path={['patient']} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="md">
              <InsuranceList patient={patient} access={access} path={['patient']} />
              <CareTeamList patient={patient} access={access} path={['patient']} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
