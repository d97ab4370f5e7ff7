import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface DetailItem {
  label: string;
  value: ReactNode;
  /** Take the whole row (long values such as lists or addresses). */
  fullWidth?: boolean;
}

export interface DetailListProps {
  items: readonly DetailItem[];
  /** Columns on wide screens (one on phones). */
  cols?: number;
}

/** Label/value pairs (a <dl>), for read-only record details such as demographics. */
export function DetailList({ items, cols = 2 }: DetailListProps) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: cols }} spacing="md" verticalSpacing="sm" m={0}>
      {items.map((item) => (
        <div key={item.label} style={item.fullWidth ? { gridColumn: '1 / -1' } : undefined}>
          <Text component="dt" size="xs" c="dimmed" fw={500} mb={2}>
            {item.label}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {item.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
