import { formatCents, formatDate, humanizeEnum } from '@handoff/ui-kit';
import { Badge, Group, Paper, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { SavedInsurancePolicy } from '../components/InsurancePolicyForm';

export interface SavedPolicySummaryProps {
  policy: SavedInsurancePolicy;
}

/** One line per saved policy: insurer, member id, copay, coverage dates. */
export function SavedPolicySummary({ policy }: SavedPolicySummaryProps) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Group gap="sm" wrap="nowrap">
        <IconCircleCheck size={20} color="var(--mantine-color-teal-6)" aria-hidden />
        <Badge variant="light">{humanizeEnum(policy.priority ?? 'PRIMARY')}</Badge>
        <Text size="sm" fw={600}>
          {policy.payer?.name ?? 'Insurer'}
        </Text>
        <Text size="sm" c="dimmed">
          Member {policy.memberId}
          {policy.groupNumber ? ` · group ${policy.groupNumber}` : ''} · copay {formatCents(policy.copayCents ?? 0)}
          {policy.effectiveFrom ? ` · from ${formatDate(policy.effectiveFrom)}` : ''}
          {policy.effectiveTo ? ` to ${formatDate(policy.effectiveTo)}` : ''}
        </Text>
      </Group>
    </Paper>
  );
}
