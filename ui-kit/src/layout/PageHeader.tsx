import { Box, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: string;
  /** One line under the title: what this page is for, or a count. */
  description?: ReactNode;
  /** Primary actions, right-aligned (e.g. a "New patient" button). */
  actions?: ReactNode;
  /** Above the title, e.g. a back link. */
  before?: ReactNode;
  /** Beside the title, e.g. a status badge. */
  badge?: ReactNode;
}

/** The top of every page: one h1, an optional description and the page's actions. */
export function PageHeader({ title, description, actions, before, badge }: PageHeaderProps) {
  return (
    <Box mb="md">
      {before}
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <div>
          <Group gap="sm" align="center">
            <Title order={1}>{title}</Title>
            {badge}
          </Group>
          {description ? (
            <Text size="sm" c="dimmed" mt={2}>
              {description}
            </Text>
          ) : null}
        </div>
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Group>
    </Box>
  );
}
