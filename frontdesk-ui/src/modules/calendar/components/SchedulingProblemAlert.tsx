import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCalendarX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { SchedulingWarning } from '../../../gql/graphql';
import { formatShortDay, formatTime } from './facilityTime';
import { WARNING_TEXT, type SeriesConflict } from './schedulingProblem';

export interface BusyAlertProps {
  message: string;
  /** Booking a series: every visit that collides, listed by date. */
  seriesConflicts?: readonly SeriesConflict[];
  /** How many visits the series asked for ("2 of the 6 visits"), when known. */
  visitsRequested?: number | null;
  timeZone: string;
  /** What to do instead: the next free times, each one click to use. */
  children?: ReactNode;
}

/** The slot is taken: says by what and when (every colliding visit of a series), and what to do next. */
export function BusyAlert({ message, seriesConflicts = [], visitsRequested, timeZone, children }: BusyAlertProps) {
  const series = seriesConflicts.length > 0;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconCalendarX size={16} />}
      title={series ? 'Some visits of this series are taken' : 'That time is taken'}
      role="alert"
    >
      {series ? (
        <>
          <Text size="sm">
            {visitsRequested
              ? `${seriesConflicts.length} of the ${visitsRequested} visits collide with another appointment:`
              : `${seriesConflicts.length} visits collide with another appointment:`}
          </Text>
          <List size="sm" spacing={0} mt={2} aria-label="Visits that collide">
            {seriesConflicts.map((visit) => (
              <List.Item key={visit.startsAt}>
                {formatShortDay(visit.startsAt, timeZone)}, {formatTime(visit.startsAt, timeZone)}
              </List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed" mt={4}>
            {message} Nothing was booked: choose another time, or book fewer visits.
          </Text>
        </>
      ) : (
        <>
          <Text size="sm">{message}</Text>
          <Text size="xs" c="dimmed" mt={2}>
            Nothing was booked. Pick a free time below, or another provider or room.
          </Text>
        </>
      )}
      {children}
    </Alert>
  );
}

export interface WarningsAlertProps {
  warnings: readonly SchedulingWarning[];
  /** "booking" or "move", for the sentence that introduces the list. */
  action: string;
}

/** Soft problems the receptionist may override with a reason, in plain words. */
export function WarningsAlert({ warnings, action }: WarningsAlertProps) {
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={16} />}
      title={`Check this ${action} before it goes ahead`}
      role="alert"
    >
      <List size="sm" spacing={2}>
        {warnings.map((warning) => (
          <List.Item key={warning}>{WARNING_TEXT[warning]}</List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={6}>
        To go ahead anyway, give a reason. It is kept with the appointment.
      </Text>
    </Alert>
  );
}
