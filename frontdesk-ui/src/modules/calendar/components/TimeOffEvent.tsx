import { IconBeach } from '@tabler/icons-react';
import { format } from 'date-fns';
import { memo } from 'react';
import type { TimeOffBlock } from './calendarModel';

/**
 * A provider's time off, drawn behind the appointments: hatched grey with "Time off — reason"
 * at the top, so nobody reads the column as free. Not clickable (clicks go through to the slot;
 * booking there still works, with a reason); it is managed from "Time off" above the calendar.
 */
export const TimeOffEvent = memo(function TimeOffEvent({ block }: { block: TimeOffBlock }) {
  const allDay = block.start.getHours() === 0 && block.start.getMinutes() === 0 && block.end.getHours() === 23;
  return (
    <div className="hd-time-off-label">
      <IconBeach size={12} stroke={2} aria-hidden style={{ flex: 'none' }} />
      <span className="hd-time-off-text">
        <b>Time off</b>
        {block.reason ? ` — ${block.reason}` : ''}
        {allDay ? '' : ` · ${format(block.start, 'h:mm')}–${format(block.end, 'h:mm a')}`}
      </span>
    </div>
  );
});
