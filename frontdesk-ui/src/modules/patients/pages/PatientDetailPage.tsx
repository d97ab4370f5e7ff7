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
import { Anchor, Badge, Box, Grid, Group, Skeleton, Stack } from '@mantine/core';
import { IconArrowLeft, IconUserQuestion } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { CareTeamList } from '../components/CareTeamList';
import { InsuranceList } from '../components/InsuranceList';
import { PatientDemographics } from '../components/PatientDemographics';
import { AccountCard } from '../profile/AccountCard';
import { AppointmentsCard } from '../profile/AppointmentsCard';
import { ConsentsCard } from '../profile/ConsentsCard';
import { GuarantorCard } from '../profile/GuarantorCard';
import { PortalCard } from '../profile/PortalCard';
import { ALERT_TEXT, ProfileAlerts } from '../profile/ProfileAlerts';

// The front desk never asks for clinical fields (diagnoses, notes): only demographics, coverage,
// consents, scheduling and money.
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
      balanceCents
      alerts
      ...PatientDemographics_patient
      ...GuarantorCard_patient
      ...InsuranceList_patient
      ...ConsentsCard_patient
      ...AccountCard_patient
      ...PortalCard_patient
      ...CareTeamList_patient
      upcomingAppointments(first: 5) {
        id
        ...AppointmentsCard_appointment
      }
      recentAppointments(first: 5) {
        id
        ...AppointmentsCard_appointment
      }
    }
    patientLedger(patientId: $id, first: 8) {
      id
      ...AccountCard_ledgerEntry
    }
    facilities {
      id
      timeZone
    }
  }
`);

// Someone else edits the record (another desk, the patient in the portal): the event carries the
// same fields, so Apollo's normalised cache updates this page in place. Open editors keep the
// version they started from, so a concurrent change is caught on save, never overwritten.
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
      balanceCents
      alerts
      ...PatientDemographics_patient
      ...GuarantorCard_patient
      ...InsuranceList_patient
      ...ConsentsCard_patient
      ...AccountCard_patient
      ...PortalCard_patient
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

/** A jump target for the alerts' links ("#insurance"), clear of the app's top bar when scrolled to. */
function Section({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Box id={id} style={{ scrollMarginTop: 72 }}>
      {children}
    </Box>
  );
}

/** One patient as the front desk sees it: everything about them in one place, editable. */
export function PatientDetailPage() {
  const { patientId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(FrontDeskPatientQuery, { variables: { id: patientId } });
  const patient = data?.patient;
  const access = fieldAccess(error);
  useSubscription(FrontDeskPatientUpdatedSubscription, { variables: { id: patientId }, skip: !patient });
  const timeZones = useMemo(
    () => new Map((data?.facilities ?? []).map((facility) => [facility.id, facility.timeZone])),
    [data?.facilities],
  );

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
  // Sections that changed something the page query shows (a payment, a consent) reload it.
  const reloadPage = () => void refetch();
  // Editors re-read the record after a conflict; resolves to the latest patient.
  const reloadPatient = async () => (await refetch()).data?.patient;

  return (
    <>
      <PageHeader
        before={BACK}
        title={patientDisplayName(patient)}
        badge={
          <Group gap={6}>
            <Badge color={patient.status === 'ACTIVE' ? 'teal' : 'gray'}>
              {patient.status === 'ACTIVE' ? 'Active' : 'Inactive'}
            </Badge>
            {(patient.alerts ?? []).map((alert) => (
              <Badge
                key={alert}
                component="a"
                href={`#${ALERT_TEXT[alert].section}`}
                color="orange"
                variant="light"
                style={{ cursor: 'pointer' }}
              >
                {ALERT_TEXT[alert].short}
              </Badge>
            ))}
          </Group>
        }
        description={[
          patient.preferredName ? `Goes by ${patient.preferredName}` : null,
          patient.pronouns,
          patient.dateOfBirth ? `${age !== null ? `${age} y · ` : ''}Born ${formatDate(patient.dateOfBirth)}` : null,
          `MRN ${patient.mrn}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      />
      <Stack gap="md">
        <QueryError error={error} />
        <ProfileAlerts alerts={patient.alerts ?? []} balanceCents={patient.balanceCents} />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 6, lg: 4 }}>
            <Stack gap="md">
              <Section id="demographics">
                <PatientDemographics patient={patient} access={access} path={['patient']} reload={reloadPatient} />
              </Section>
              <Section id="guarantor">
                <GuarantorCard patient={patient} access={access} reload={reloadPatient} />
              </Section>
              <Section id="portal">
                <PortalCard patient={patient} access={access} onChanged={reloadPage} />
              </Section>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6, lg: 4 }}>
            <Stack gap="md">
              <Section id="insurance">
                <InsuranceList patient={patient} access={access} path={['patient']} onChanged={reloadPage} />
              </Section>
              <Section id="consents">
                <ConsentsCard patient={patient} access={access} onChanged={reloadPage} />
              </Section>
              <CareTeamList patient={patient} access={access} path={['patient']} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6, lg: 4 }}>
            <Stack gap="md">
              <Section id="account">
                <AccountCard patient={patient} ledger={data.patientLedger} access={access} onChanged={reloadPage} />
              </Section>
              <Section id="appointments">
                <AppointmentsCard
                  upcoming={patient.upcomingAppointments}
                  recent={patient.recentAppointments}
                  timeZones={timeZones}
                />
              </Section>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
