import { QueryError, formatDateTime, patientDisplayName } from '@handoff/ui-kit';
import { Anchor, Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useOpenSafetyAlerts } from '../hooks/useOpenSafetyAlerts';
import { INSTRUMENT_LABELS } from '../instruments';
import { AcknowledgeSafetyAlertModal } from './AcknowledgeSafetyAlertModal';
import { SafetyFlagItem } from './SafetyFlagItem';

/**
 * The top of My day: every open safety alert raised for me (a positive suicide-risk screen needs
 * same-day review whatever the total, domain.md §5), with who, which item, the answer and when,
 * and "Acknowledge" to record what was done. New alerts arrive live (SafetyAlertListener).
 */
export function SafetyAlertsPanel() {
  const { alerts, loading, error, refetch } = useOpenSafetyAlerts();
  const [acknowledging, setAcknowledging] = useState<{ id: string; name: string } | null>(null);
  const open = alerts.length > 0;

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-label="Safety alerts"
      style={open ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}
      bg={open ? 'red.0' : undefined}
    >
      <Group justify="space-between" mb={open ? 'sm' : 0}>
        <Group gap="xs">
          <Title order={2} fz="h4" c={open ? 'red.8' : undefined}>
            Safety alerts
          </Title>
          {open ? (
            <Badge color="red" variant="filled">
              {alerts.length} open
            </Badge>
          ) : null}
        </Group>
        {!open && !loading ? (
          <Group gap={6} c="teal.8">
            <IconShieldCheck size={16} aria-hidden />
            <Text size="sm">No open safety alerts.</Text>
          </Group>
        ) : null}
      </Group>
      <QueryError error={error} onRetry={() => void refetch()} />
      {loading ? <Skeleton h={48} mt="sm" /> : null}
      {open ? (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Open safety alerts">
          {alerts.map((alert) => {
            const name = alert.patient ? patientDisplayName(alert.patient) : 'Patient';
            const instrument = alert.instrument;
            return (
              <Paper key={alert.id} component="li" withBorder p="xs" bg="white">
                <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Group gap="xs">
                      <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" aria-hidden />
                      <Anchor component={Link} to={`/patients/${alert.patientId}?tab=measures`} fw={700} size="sm">
                        {name}
                      </Anchor>
                      {instrument ? (
                        <Badge size="sm" color="red" variant="light">
                          {INSTRUMENT_LABELS[instrument]}
                        </Badge>
                      ) : null}
                      <Text size="xs" c="dimmed">
                        raised {formatDateTime(alert.raisedAt)}
                      </Text>
                    </Group>
                    {instrument
                      ? (alert.flags ?? []).map((flag) => (
                          <SafetyFlagItem
                            key={flag.itemId}
                            instrument={instrument}
                            itemId={flag.itemId}
                            itemScores={alert.administration?.itemScores ?? []}
                          />
                        ))
                      : null}
                  </Stack>
                  <Button
                    size="xs"
                    color="red"
                    onClick={() => setAcknowledging({ id: alert.id, name })}
                    aria-label={`Acknowledge safety alert for ${name}`}
                    style={{ flexShrink: 0 }}
                  >
                    Acknowledge
                  </Button>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      ) : null}
      <AcknowledgeSafetyAlertModal
        alertId={acknowledging?.id ?? null}
        patientName={acknowledging?.name ?? ''}
        onClose={() => setAcknowledging(null)}
      />
    </Paper>
  );
}
