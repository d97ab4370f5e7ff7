import { useApolloClient, useQuery } from '@apollo/client/react';
import { PageHeader, QueryError, useViewer } from '@handoff/ui-kit';
import { ActionIcon, Button, Grid, Group, Stack } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { AttentionPanel } from '../../attention/components/AttentionPanel';
import { SafetyAlertsPanel } from '../../measures/components/SafetyAlertsPanel';
import { formatLongDay, isDateKey, shiftDay } from '../components/dayKeys';
import { MyDayVisitsTable } from '../components/MyDayVisitsTable';

const MyDayQuery = graphql(`
  query ClinicianMyDay($date: Date) {
    myDay(date: $date) {
      date
      timeZone
      facilityIds
      visits {
        appointmentId
        ...MyDayVisitsTable_visit
      }
    }
  }
`);

// Only a signal: a visit's note state and open items are not on the event, so the day is refetched.
const MyDayCalendarChangedSubscription = graphql(`
  subscription ClinicianMyDayCalendarChanged($facilityId: ID!) {
    calendarChanged(facilityId: $facilityId) {
      id
      providerId
    }
  }
`);

/**
 * The clinician's home: open safety alerts first, then today's visits in order, each patient's
 * open items and the note to start or finish, beside what still needs attention. New safety
 * alerts and the front desk's check-ins, moves and cancellations appear live.
 */
export function MyDayPage() {
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const requested = params.get('date');
  const date = isDateKey(requested) ? requested : null;
  const { data, loading, error, refetch, subscribeToMore } = useQuery(MyDayQuery, {
    variables: { date },
    fetchPolicy: 'cache-and-network',
  });
  const day = data?.myDay;
  // A string, not the array: each refetch brings a new array, and resubscribing on every one
  // would open a gap in which the next change (a check-in right after a booking) is missed.
  const facilityKey = day?.facilityIds?.join(',') ?? '';
  const me = viewer?.staffMemberId;
  const client = useApolloClient();

  // One subscription per facility of the practice; only my own appointments' changes refetch.
  // Each change reads the day anew, never joining a read already in flight: a check-in right
  // after a booking would otherwise get the answer of the read the booking started.
  useEffect(() => {
    if (!facilityKey || !me) return undefined;
    const stops = facilityKey.split(',').map((facilityId) =>
      subscribeToMore({
        document: MyDayCalendarChangedSubscription,
        variables: { facilityId },
        updateQuery: (_unsafe, { subscriptionData }) => {
          if (subscriptionData.data.calendarChanged?.providerId === me) {
            void client.query({
              query: MyDayQuery,
              variables: { date },
              fetchPolicy: 'network-only',
              context: { queryDeduplication: false },
            });
          }
          return undefined;
        },
      }),
    );
    return () => stops.forEach((stop) => stop());
  }, [facilityKey, me, subscribeToMore, client, date]);

  const shown = day?.date ?? date;
  const go = (next: string | null) => setParams(next ? { date: next } : {}, { replace: true });

  return (
    <>
      <PageHeader
        title="My day"
        description={
          shown
            ? `${formatLongDay(shown)} · ${day?.visits?.length ?? 0} ${day?.visits?.length === 1 ? 'visit' : 'visits'}`
            : undefined
        }
        actions={
          <Group gap="xs">
            <ActionIcon
              variant="default"
              size="lg"
              aria-label="Previous day"
              disabled={!shown}
              onClick={() => shown && go(shiftDay(shown, -1))}
            >
              <IconChevronLeft size={16} />
            </ActionIcon>
            <Button variant="default" onClick={() => go(null)} disabled={!date}>
              Today
            </Button>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label="Next day"
              disabled={!shown}
              onClick={() => shown && go(shiftDay(shown, 1))}
            >
              <IconChevronRight size={16} />
            </ActionIcon>
          </Group>
        }
      />
      <SafetyAlertsPanel />
      <Grid gap="md" mt="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="sm">
            <QueryError error={error} onRetry={() => void refetch()} />
            <MyDayVisitsTable visits={day?.visits ?? []} timeZone={day?.timeZone ?? null} loading={loading && !day} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <AttentionPanel />
        </Grid.Col>
      </Grid>
    </>
  );
}
