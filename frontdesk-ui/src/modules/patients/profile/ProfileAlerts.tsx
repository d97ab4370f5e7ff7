import { formatCents } from '@handoff/ui-kit';
import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { MissingItem } from '../../../gql/graphql';

/** Each problem in plain words, and the section of the page that fixes it. */
export const ALERT_TEXT: Record<MissingItem, { short: string; text: string; fix: string; section: string }> = {
  INSURANCE_EXPIRED: {
    short: 'Insurance expired',
    text: 'The insurance on file has expired.',
    fix: 'Update insurance',
    section: 'insurance',
  },
  UNSIGNED_CONSENTS: {
    short: 'Consents unsigned',
    text: 'Required consent forms are not signed.',
    fix: 'Sign consents',
    section: 'consents',
  },
  NO_CARD_IMAGES: {
    short: 'No card photos',
    text: 'There are no photos of the insurance card.',
    fix: 'Upload card photos',
    section: 'insurance',
  },
};

export interface ProfileAlertsProps {
  alerts: readonly MissingItem[];
  balanceCents: number | null | undefined;
}

/** What to sort out with this patient, at the top of the profile, each with a jump to its fix. */
export function ProfileAlerts({ alerts, balanceCents }: ProfileAlertsProps) {
  const balanceDue = (balanceCents ?? 0) > 0;
  if (alerts.length === 0 && !balanceDue) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={16} />} p="xs" aria-label="Needs attention">
      <Stack gap={2}>
        {alerts.map((alert) => (
          <Group key={alert} gap="xs">
            <Text size="sm">{ALERT_TEXT[alert].text}</Text>
            <Anchor href={`#${ALERT_TEXT[alert].section}`} size="sm" fw={500}>
              {ALERT_TEXT[alert].fix}
            </Anchor>
          </Group>
        ))}
        {balanceDue ? (
          <Group gap="xs">
            <Text size="sm">Balance due: {formatCents(balanceCents ?? 0)}.</Text>
            <Anchor href="#account" size="sm" fw={500}>
              Collect payment
            </Anchor>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
