import { useApolloClient, useSubscription } from '@apollo/client/react';
import { patientDisplayName } from '@handoff/ui-kit';
import { Affix, Anchor, Group, Notification, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { INSTRUMENT_LABELS } from '../instruments';
import { ClinicianSafetyAlertRaisedSubscription, SAFETY_ALERT_QUERIES } from '../operations/safetyAlerts.operations';

interface RaisedAlert {
  id: string;
  patientId: string;
  name: string;
  instrument: string;
  reasons: string[];
}

export interface SafetyAlertListenerProps {
  /** Only a clinician with a staff record may subscribe (the server refuses anyone else). */
  enabled: boolean;
}

/**
 * Safety alerts live, in the signed-in shell: each alert raised for me appears at once as a red
 * notification that stays until dismissed (a same-day review must not be missed), and the
 * lists that show open alerts are refetched. Not mounted on the in-clinic tablet page: a patient
 * holding the tablet must never see another patient's alert.
 */
export function SafetyAlertListener({ enabled }: SafetyAlertListenerProps) {
  const client = useApolloClient();
  const [raised, setRaised] = useState<readonly RaisedAlert[]>([]);

  useSubscription(ClinicianSafetyAlertRaisedSubscription, {
    skip: !enabled,
    onData: ({ data }) => {
      const alert = data.data?.safetyAlertRaised;
      if (!alert) return;
      const next: RaisedAlert = {
        id: alert.id,
        patientId: alert.patientId,
        name: alert.patient ? patientDisplayName(alert.patient) : 'A patient',
        instrument: alert.instrument ? INSTRUMENT_LABELS[alert.instrument] : 'A measure',
        reasons: (alert.flags ?? []).map((flag) => flag.reason),
      };
      setRaised((current) => [next, ...current.filter((a) => a.id !== next.id)]);
      void client.refetchQueries({ include: SAFETY_ALERT_QUERIES });
    },
  });

  const dismiss = (id: string) => setRaised((current) => current.filter((a) => a.id !== id));
  if (raised.length === 0) return null;

  return (
    // Bottom centre: clear of My day's alert panel and its Acknowledge buttons at the top.
    <Affix position={{ bottom: 16, left: 'max(16px, calc(50% - 210px))' }} zIndex={400}>
      <Stack gap="xs" w={420} maw="calc(100vw - 32px)">
        {raised.map((alert) => (
          <Notification
            key={alert.id}
            color="red"
            icon={<IconAlertTriangle size={18} aria-hidden />}
            title={`Safety alert: ${alert.name}`}
            withBorder
            role="alert"
            onClose={() => dismiss(alert.id)}
            closeButtonProps={{ 'aria-label': `Dismiss safety alert for ${alert.name}` }}
            style={{ borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 }}
          >
            <Stack gap={4}>
              <Text size="sm" fw={600} c="red.9">
                {alert.instrument}: same-day review needed.
              </Text>
              {alert.reasons.map((reason) => (
                <Text key={reason} size="sm" c="dark.7">
                  {reason}
                </Text>
              ))}
              <Group gap="md">
                <Anchor component={Link} to="/today" size="sm" fw={600} onClick={() => dismiss(alert.id)}>
                  Acknowledge on My day
                </Anchor>
                <Anchor
                  component={Link}
                  to={`/patients/${alert.patientId}?tab=measures`}
                  size="sm"
                  onClick={() => dismiss(alert.id)}
                >
                  Open chart
                </Anchor>
              </Group>
            </Stack>
          </Notification>
        ))}
      </Stack>
    </Affix>
  );
}
