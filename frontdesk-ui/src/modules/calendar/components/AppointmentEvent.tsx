import { IconRepeat, IconVideo } from '@tabler/icons-react';
import { format } from 'date-fns';
import { memo } from 'react';
import type { EventProps } from 'react-big-calendar';
import { StatusIcon } from './appointmentStatus';
import type { CalendarEvent } from './calendarModel';

/**
 * One appointment in the grid, dense enough for a 30-minute slot: status marker, start time,
 * patient and telehealth icon on the first line; type and room below when there is room for it.
 * The status comes first so a column of them reads at a glance (who has arrived, who is confirmed).
 * Memoised: react-big-calendar re-renders every event on each drag frame.
 */
export const AppointmentEvent = memo(function AppointmentEvent({ event }: EventProps<CalendarEvent>) {
  const { entry } = event;
  return (
    <div className="hd-event">
      <div className="hd-event-line">
        {entry.status ? <StatusIcon status={entry.status} /> : null}
        <span className="hd-event-time">{format(event.start, 'h:mm')}</span>
        <span className="hd-event-patient">{event.patients ?? 'Busy'}</span>
        {entry.seriesId ? (
          <IconRepeat
            size={11}
            stroke={2}
            role="img"
            aria-label="Recurring"
            className="hd-event-video"
            style={{ flex: 'none' }}
          />
        ) : null}
        {entry.telehealth ? (
          <IconVideo
            size={12}
            stroke={2}
            role="img"
            aria-label="Telehealth"
            className="hd-event-video"
            style={{ flex: 'none' }}
          />
        ) : null}
      </div>
      <div className="hd-event-meta">
        {entry.appointmentTypeName}
        {entry.roomName ? ` · ${entry.roomName}` : ''}
      </div>
    </div>
  );
});
