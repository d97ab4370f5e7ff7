import { formatDate } from '../format/format';
import { RestrictedValue } from './RestrictedValue';

export interface DateTextProps {
  /** A calendar date, YYYY-MM-DD. */
  value: string | null | undefined;
  refused?: boolean;
}

/** "1984-03-09" → "Mar 9, 1984" (no time zone shift), with the ISO date in a <time> element. */
export function DateText({ value, refused }: DateTextProps) {
  return (
    <RestrictedValue refused={refused}>
      {value ? (
        <time dateTime={value} style={{ whiteSpace: 'nowrap' }}>
          {formatDate(value)}
        </time>
      ) : null}
    </RestrictedValue>
  );
}
