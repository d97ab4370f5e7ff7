import { Group, EmptyState as MantineEmptyState, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  icon?: ReactNode;
  /** A call to action, e.g. a "New patient" button. */
  action?: ReactNode;
  /** One quiet line, for empty sections inside a card. */
  compact?: boolean;
}

/** "Nothing here yet" for lists and tables, with an optional next step. */
export function EmptyState({ title, description, icon, action, compact }: EmptyStateProps) {
  if (compact) {
    return (
      <Group gap={8} c="gray.6" wrap="nowrap" align="flex-start">
        {icon ? (
          <span aria-hidden style={{ display: 'inline-flex', marginTop: 2 }}>
            {icon}
          </span>
        ) : null}
        <div>
          <Text size="sm" c="gray.7">
            {title}
          </Text>
          {description ? (
            <Text size="xs" c="dimmed">
              {description}
            </Text>
          ) : null}
          {action}
        </div>
      </Group>
    );
  }
  return (
    <MantineEmptyState
      size="sm"
      py="xl"
      icon={icon}
      title={title}
      description={description}
      color="gray"
      variant="light"
    >
      {action}
    </MantineEmptyState>
  );
}
