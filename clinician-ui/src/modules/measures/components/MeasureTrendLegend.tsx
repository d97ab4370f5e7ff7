import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { PointMark, type PointKind } from './PointMark';

interface EntryProps {
  children: ReactNode;
  mark: { kind: PointKind; response?: boolean; remission?: boolean };
}

function Entry({ children, mark }: EntryProps) {
  return (
    <Group gap={4} wrap="nowrap" component="li">
      {/* Tall enough for the remission star drawn above its point. */}
      <svg width={22} height={30} viewBox="0 -8 22 30" aria-hidden>
        <PointMark
          cx={11}
          cy={mark.remission ? 16 : 7}
          kind={mark.kind}
          response={!!mark.response}
          remission={!!mark.remission}
        />
      </svg>
      <Text size="xs" c="dimmed">
        {children}
      </Text>
    </Group>
  );
}

/** What the marks on the trend chart mean. */
export function MeasureTrendLegend() {
  return (
    <Group gap="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Chart legend">
      <Entry mark={{ kind: 'improved' }}>Reliable improvement</Entry>
      <Entry mark={{ kind: 'deteriorated' }}>Reliable deterioration</Entry>
      <Entry mark={{ kind: 'other', response: true }}>Response (≥50% drop)</Entry>
      <Entry mark={{ kind: 'other', remission: true }}>Remission</Entry>
    </Group>
  );
}
