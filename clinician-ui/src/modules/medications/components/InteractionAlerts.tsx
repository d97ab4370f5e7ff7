import { formatDate } from '@handoff/ui-kit';
import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { InteractionAlertSeverity } from '../../../gql/graphql';
import { ALERT_SEVERITY_COLORS, ALERT_SEVERITY_LABELS } from './prescriptionLabels';

export interface InteractionAlertView {
  ruleId: string;
  severity: InteractionAlertSeverity;
  drugs: readonly string[];
  mechanism: string;
  recommendation: string;
  source: string;
  requiresOverrideReason: boolean;
  washoutClearOn?: string | null;
  disclaimer: string;
}

export interface InteractionAlertsProps {
  alerts: readonly InteractionAlertView[];
  /** Active medications outside the formulary: the screening could not check them. */
  unscreened: readonly string[];
}

/**
 * The screening's alerts, most severe first (the API's order). The disclaimer is always in view: the
 * starter rules are not a complete interaction database, and no alert is not the same as no interaction.
 */
export function InteractionAlerts({ alerts, unscreened }: InteractionAlertsProps) {
  const disclaimer = alerts[0]?.disclaimer;
  return (
    <Stack gap="xs" component="section" aria-label="Interaction alerts">
      {alerts.length === 0 ? (
        <Text size="sm" c="teal.8" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
          <IconCircleCheck size={16} aria-hidden /> No interaction alerts from the screening.
        </Text>
      ) : (
        alerts.map((alert) => (
          <Alert
            key={alert.ruleId}
            color={ALERT_SEVERITY_COLORS[alert.severity]}
            variant="light"
            icon={<IconAlertTriangle size={16} />}
            title={
              <Group gap={6}>
                <Badge size="sm" color={ALERT_SEVERITY_COLORS[alert.severity]}>
                  {ALERT_SEVERITY_LABELS[alert.severity]}
                </Badge>
                <span>{alert.drugs.join(' + ')}</span>
              </Group>
            }
            aria-label={`${ALERT_SEVERITY_LABELS[alert.severity]} interaction: ${alert.drugs.join(' and ')}`}
          >
            <Stack gap={4}>
              <Text size="sm">
                <strong>Mechanism:</strong> {alert.mechanism}
              </Text>
              <Text size="sm">
                <strong>Recommendation:</strong> {alert.recommendation}
              </Text>
              {alert.washoutClearOn ? (
                <Text size="sm">
                  <strong>Washout clear on:</strong> {formatDate(alert.washoutClearOn)}
                </Text>
              ) : null}
              <Text size="xs" c="dimmed">
                Source: {alert.source}
                {alert.requiresOverrideReason ? ' · Signing needs an override reason.' : ''}
              </Text>
            </Stack>
          </Alert>
        ))
      )}
      {unscreened.length > 0 ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={16} />} p="xs">
          Not screened (not in the formulary): {unscreened.join(', ')}.
        </Alert>
      ) : null}
      {/* The API sends the disclaimer with each alert; with none, the same words still apply. */}
      <Text size="xs" c="dimmed" fs="italic">
        {disclaimer ?? 'Starter interaction screening: non-exhaustive, clinician review required.'}
      </Text>
    </Stack>
  );
}
