import { Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SectionCardProps {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}

/** A titled panel of a record page (demographics, insurance, problem list...). */
export function SectionCard({ title, actions, children }: SectionCardProps) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h4">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}
