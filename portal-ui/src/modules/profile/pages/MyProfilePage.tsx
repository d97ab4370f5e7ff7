import { useQuery } from '@apollo/client/react';
import { EmptyState, PageHeader, QueryError, fieldAccess } from '@handoff/ui-kit';
import { Grid, Skeleton, Stack } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { graphql } from '../../../gql';
import { ContactDetailsForm } from '../components/ContactDetailsForm';
import { CoverageSummary } from '../components/CoverageSummary';
import { ProfileSummary } from '../components/ProfileSummary';

const MyProfileQuery = graphql(`
  query PortalMyProfile {
    myProfile {
      id
      preferredName
      legalFirstName
      ...ProfileSummary_patient
      ...CoverageSummary_patient
      ...ContactDetailsForm_patient
    }
  }
`);

/** The patient's own record: who the practice thinks they are, their coverage, and how to reach them. */
export function MyProfilePage() {
  const { data, loading, error, refetch } = useQuery(MyProfileQuery);
  const profile = data?.myProfile;
  const access = fieldAccess(error);

  if (loading && !profile) {
    return (
      <Stack gap="md">
        <Skeleton h={28} w={240} />
        <Skeleton h={320} />
      </Stack>
    );
  }
  if (!profile) {
    return error ? (
      <QueryError error={error} onRetry={() => void refetch()} />
    ) : (
      <EmptyState
        icon={<IconUserQuestion size={20} />}
        title="No patient record is linked to this account"
        description="Please call the practice."
      />
    );
  }

  return (
    <>
      <PageHeader
        title="My profile"
        description={`Hello ${profile.preferredName ?? profile.legalFirstName ?? ''}. Please keep your contact details up to date so we can reach you.`}
      />
      <Stack gap="md">
        <QueryError error={error} />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <ContactDetailsForm patient={profile} onReload={() => void refetch()} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="md">
              <ProfileSummary patient={profile} access={access} path={['myProfile']} />
              <CoverageSummary patient={profile} access={access} path={['myProfile']} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
