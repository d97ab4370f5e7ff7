import { formatDate } from '@handoff/ui-kit';
import { Badge } from '@mantine/core';
import { localToday, reviewDueState } from './planLabels';

export interface ReviewDueBadgeProps {
  reviewDueOn: string | null | undefined;
}

/** The plan's next review: red when overdue, orange within 7 days. */
export function ReviewDueBadge({ reviewDueOn }: ReviewDueBadgeProps) {
  const state = reviewDueState(reviewDueOn, localToday());
  if (!reviewDueOn || !state) return null;
  const color = state === 'overdue' ? 'red' : state === 'soon' ? 'orange' : 'gray';
  const prefix = state === 'overdue' ? 'Review overdue since' : 'Review due';
  return (
    <Badge color={color} variant={state === 'later' ? 'outline' : 'filled'} data-review-state={state}>
      {prefix} {formatDate(reviewDueOn)}
    </Badge>
  );
}
