import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';

export interface BrandMarkProps {
  /** The app's title after the product name, e.g. "Front desk console". */
  subtitle?: string;
}

/** The product mark: "Handoff" and, optionally, which app this is. */
export function BrandMark({ subtitle }: BrandMarkProps) {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={26} radius="sm" variant="filled" aria-hidden>
        <IconArrowsExchange size={16} stroke={2} />
      </ThemeIcon>
      <Text fw={700} fz={15} c="handoff.9" style={{ letterSpacing: '-0.01em' }}>
        Handoff
      </Text>
      {subtitle ? (
        <>
          <Text c="gray.4" fz={15} aria-hidden>
            /
          </Text>
          <Text fz="sm" fw={500} c="gray.7">
            {subtitle}
          </Text>
        </>
      ) : null}
    </Group>
  );
}
