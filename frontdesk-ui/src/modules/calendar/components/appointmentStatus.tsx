import { Badge, Group, Text } from '@mantine/core';
import {
  IconCalendarX,
  IconChecks,
  IconCircleCheck,
  IconCircleDashed,
  IconPlayerPlayFilled,
  IconUserCheck,
  IconUserX,
  IconX,
  type Icon,
} from '@tabler/icons-react';
import type { AppointmentStatus } from '../../../gql/graphql';

export interface StatusMeta {
  label: string;
  /** Mantine colour of the marker and badge. */
  color: string;
  icon: Icon;
}

/**
 * One marker per status, the same in the grid, the side panel and the legend. Colour alone never
 * carries the meaning: every status has its own icon and its label as the icon's name.
 */
export const STATUS_META: Readonly<Record<AppointmentStatus, StatusMeta>> = {
  SCHEDULED: { label: 'Scheduled', color: 'gray', icon: IconCircleDashed },
  CONFIRMED: { label: 'Confirmed', color: 'teal', icon: IconCircleCheck },
  ARRIVED: { label: 'Arrived', color: 'blue', icon: IconUserCheck },
  IN_SESSION: { label: 'In session', color: 'violet', icon: IconPlayerPlayFilled },
  COMPLETED: { label: 'Completed', color: 'dark', icon: IconChecks },
  NO_SHOW: { label: 'No-show', color: 'red', icon: IconUserX },
  CANCELLED: { label: 'Cancelled', color: 'gray', icon: IconX },
  LATE_CANCELLED: { label: 'Late cancel', color: 'red', icon: IconCalendarX },
};

export const STATUS_ORDER: readonly AppointmentStatus[] = [
  'SCHEDULED',
  'CONFIRMED',
  'ARRIVED',
  'IN_SESSION',
  'COMPLETED',
  'NO_SHOW',
  'CANCELLED',
  'LATE_CANCELLED',
];

export interface StatusIconProps {
  status: AppointmentStatus;
  size?: number;
  /** Beside its label already (the legend): hidden from screen readers. */
  decorative?: boolean;
}

/** The status as a small icon with an accessible name (used inside calendar events). */
export function StatusIcon({ status, size = 12, decorative = false }: StatusIconProps) {
  const meta = STATUS_META[status];
  const StatusGlyph = meta.icon;
  return (
    <StatusGlyph
      size={size}
      stroke={2.2}
      role={decorative ? undefined : 'img'}
      aria-label={decorative ? undefined : meta.label}
      aria-hidden={decorative || undefined}
      color={`var(--mantine-color-${meta.color}-7)`}
      style={{ flex: 'none' }}
    />
  );
}

export function StatusBadge({ status }: { status: AppointmentStatus }) {
  const meta = STATUS_META[status];
  const StatusGlyph = meta.icon;
  return (
    <Badge color={meta.color} leftSection={<StatusGlyph size={12} aria-hidden />}>
      {meta.label}
    </Badge>
  );
}

/** The key to the markers, one line under the calendar. */
export function StatusLegend() {
  return (
    <Group gap="md" wrap="wrap" component="ul" aria-label="Status markers" style={{ listStyle: 'none' }} p={0} m={0}>
      {STATUS_ORDER.map((status) => (
        <Group key={status} gap={4} wrap="nowrap" component="li">
          <StatusIcon status={status} decorative />
          <Text
            size="xs"
            c="dimmed"
            td={status === 'CANCELLED' || status === 'LATE_CANCELLED' ? 'line-through' : undefined}
          >
            {STATUS_META[status].label}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
