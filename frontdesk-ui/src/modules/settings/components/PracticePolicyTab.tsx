import { useQuery } from '@apollo/client/react';
import { EmptyState, QueryError } from '@handoff/ui-kit';
import { Skeleton, Stack, Text } from '@mantine/core';
import { IconReceipt } from '@tabler/icons-react';
import { graphql } from '../../../gql';
import { PracticePolicyForm } from './PracticePolicyForm';

const SettingsPracticePolicyQuery = graphql(`
  query SettingsPracticePolicy {
    practiceSettings {
      ...PracticePolicyForm_settings
    }
  }
`);

/** Financial policy and reminder timing for the whole practice. */
export function PracticePolicyTab() {
  const { data, loading, error, refetch } = useQuery(SettingsPracticePolicyQuery, { fetchPolicy: 'network-only' });

  if (loading && !data) return <Skeleton height={260} maw={720} />;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        The desk charges these fees when it cancels a visit late or marks a no-show, unless it waives the fee. Reminders
        go to patients by their chosen channels.
      </Text>
      <QueryError error={error} onRetry={() => void refetch()} />
      {data?.practiceSettings ? (
        <PracticePolicyForm settings={data.practiceSettings} onSaved={() => void refetch()} />
      ) : error ? null : (
        <EmptyState
          icon={<IconReceipt size={28} stroke={1.5} />}
          title="No settings"
          description="The practice's settings could not be found."
        />
      )}
    </Stack>
  );
}
