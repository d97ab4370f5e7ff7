import { useQuery } from '@apollo/client/react';
import { EmptyState, PageHeader, QueryError } from '@handoff/ui-kit';
import { ActionIcon, Button, Group, Paper, Select, Skeleton } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconUserCheck } from '@tabler/icons-react';
import { addDays } from 'date-fns';
import { useEffect, useState } from 'react';
import { graphql } from '../../../gql';
import { dateKeyOf, formatDay, parseDateKey, todayKey, wallToIso } from '../../calendar/components/facilityTime';
import { ArrivalsTable } from '../components/ArrivalsTable';

/** Directory data: the facilities and their clocks. */
const ArrivalsFacilitiesQuery = graphql(`
  query ArrivalsFacilities {
    facilities {
      id
      name
      timeZone
    }
  }
`);

/** Everyone expected at one facility on one local day, with what the desk must settle at the window. */
const ArrivalsQuery = graphql(`
  query Arrivals($facilityId: ID!, $date: Date!) {
    arrivals(facilityId: $facilityId, date: $date) {
      patientId
      copayDueCents
      balanceCents
      missingItems
      appointment {
        id
        version
        startsAt
        endsAt
        status
        providerName
        roomName
        appointmentTypeName
        attendees {
          patientId
          displayName
        }
      }
    }
  }
`);

// The event is only a signal: the arrival's money and missing items are not on it, so refetch.
const ArrivalsChangedSubscription = graphql(`
  subscription ArrivalsCalendarChanged($facilityId: ID!) {
    calendarChanged(facilityId: $facilityId) {
      id
    }
  }
`);

function shiftDay(dateKey: string, days: number): string {
  return dateKeyOf(addDays(parseDateKey(dateKey) ?? new Date(), days));
}

/**
 * The front desk's day at one facility: who is expected, check-in, copays and what is missing
 * (expired insurance, unsigned consents). Other desks' changes appear live.
 */
export function ArrivalsPage() {
  const setup = useQuery(ArrivalsFacilitiesQuery);
  const facilities = setup.data?.facilities ?? [];
  const [facilityId, setFacilityId] = useState<string | null>(null);
  const facility = facilities.find((f) => f.id === facilityId) ?? facilities[0] ?? null;
  const timeZone = facility?.timeZone ?? 'UTC';
  // Null until the user steps: "today" follows the facility's clock when the facility changes.
  const [pickedDate, setPickedDate] = useState<string | null>(null);
  const dateKey = pickedDate ?? todayKey(timeZone);

  const arrivals = useQuery(ArrivalsQuery, {
    variables: { facilityId: facility?.id ?? '', date: dateKey },
    skip: !facility,
    fetchPolicy: 'cache-and-network',
  });
  const { subscribeToMore, refetch } = arrivals;

  useEffect(() => {
    if (!facility) return undefined;
    return subscribeToMore({
      document: ArrivalsChangedSubscription,
      variables: { facilityId: facility.id },
      updateQuery: () => {
        void refetch();
        return undefined;
      },
    });
  }, [facility, subscribeToMore, refetch]);

  const rows = arrivals.data?.arrivals ?? [];
  const loading = !arrivals.data && (arrivals.loading || setup.loading);

  return (
    <>
      <PageHeader
        title="Arrivals"
        description={
          facility ? `${formatDay(wallToIso(dateKey, '12:00', timeZone), timeZone)} · ${rows.length} expected` : undefined
        }
        actions={
          <Group gap="xs">
            <Select
              aria-label="Facility"
              data={facilities.map((f) => ({ value: f.id, label: f.name }))}
              value={facility?.id ?? null}
              onChange={(value) => setFacilityId(value)}
              allowDeselect={false}
              w={220}
            />
            <ActionIcon variant="default" size="lg" aria-label="Previous day" onClick={() => setPickedDate(shiftDay(dateKey, -1))}>
              <IconChevronLeft size={16} />
            </ActionIcon>
            <Button variant="default" onClick={() => setPickedDate(null)}>
              Today
            </Button>
            <ActionIcon variant="default" size="lg" aria-label="Next day" onClick={() => setPickedDate(shiftDay(dateKey, 1))}>
              <IconChevronRight size={16} />
            </ActionIcon>
          </Group>
        }
      />
      {setup.error || arrivals.error ? (
        <QueryError error={setup.error ?? arrivals.error} onRetry={() => void refetch()} />
      ) : null}
      {loading ? (
        <Skeleton height={240} />
      ) : rows.length === 0 ? (
        <EmptyState
          icon={<IconUserCheck size={28} stroke={1.5} />}
          title="Nobody expected"
          description="No appointments at this facility on this day."
        />
      ) : (
        <Paper withBorder>
          <ArrivalsTable rows={rows} timeZone={timeZone} onPaid={() => void refetch()} />
        </Paper>
      )}
    </>
  );
}
