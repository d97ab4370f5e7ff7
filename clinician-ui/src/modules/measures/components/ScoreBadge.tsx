import { Badge, Group, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import type { MeasureInstrument, ScoreTrend, SeverityLevel } from '../../../gql/graphql';
import { INSTRUMENT_LABELS, SEVERITY_COLORS } from '../instruments';

export interface ScoreBadgeProps {
  instrument: MeasureInstrument;
  total: number | null | undefined;
  bandLabel: string | null | undefined;
  bandLevel: SeverityLevel | null | undefined;
  trend?: ScoreTrend | null;
  /** Show the instrument's name inside the badge (the banner); a table column says it already. */
  withName?: boolean;
  /** Dense tables: the number and colour only; the band stays in the tooltip and the accessible name. */
  hideBand?: boolean;
}

// Higher is worse on every instrument: up is a worsening, so it is the one drawn in red.
const TREND = {
  UP: { icon: IconArrowUpRight, color: 'red.7', words: 'up from the previous score' },
  DOWN: { icon: IconArrowDownRight, color: 'teal.7', words: 'down from the previous score' },
  FLAT: { icon: IconArrowRight, color: 'gray.6', words: 'unchanged from the previous score' },
} as const;

/** A latest score with its severity colour and trend arrow; the words (for screen readers) carry it all. */
export function ScoreBadge({ instrument, total, bandLabel, bandLevel, trend, withName, hideBand }: ScoreBadgeProps) {
  if (total === null || total === undefined) return null;
  const name = INSTRUMENT_LABELS[instrument];
  const arrow = trend ? TREND[trend] : null;
  const Arrow = arrow?.icon;
  const words = [`${name} ${total}`, bandLabel, arrow?.words].filter(Boolean).join(', ');
  return (
    <Group gap={2} wrap="nowrap" aria-label={words} role="group">
      <Badge
        color={bandLevel ? SEVERITY_COLORS[bandLevel] : 'gray'}
        variant={bandLevel === 'VERY_HIGH' || bandLevel === 'HIGH' ? 'filled' : 'light'}
        title={bandLabel ?? undefined}
        style={{ textTransform: 'none' }}
        aria-hidden
      >
        {withName ? `${name} ` : ''}
        {total}
        {bandLabel && !hideBand ? (
          <Text span inherit fw={400}>
            {' '}
            · {bandLabel}
          </Text>
        ) : null}
      </Badge>
      {Arrow ? (
        <Text span c={arrow.color} lh={0} aria-hidden>
          <Arrow size={16} stroke={2} />
        </Text>
      ) : null}
    </Group>
  );
}
