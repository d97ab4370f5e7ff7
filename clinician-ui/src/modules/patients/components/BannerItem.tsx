import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface BannerItemProps {
  label: string;
  children: ReactNode;
}

/** One labelled identifier in the patient banner (a <dt>/<dd> pair). */
export function BannerItem({ label, children }: BannerItemProps) {
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </Group>
  );
}
