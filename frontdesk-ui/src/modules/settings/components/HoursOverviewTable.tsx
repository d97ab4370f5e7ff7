import { Badge, ColorSwatch, Group, Paper, Table, Text, UnstyledButton } from '@mantine/core';
import { WEEKDAYS, formatHours, minutesOf, shortTime } from './weekdays';
import type { HoursBlock } from './weeklyHoursSchema';

export interface OverviewProvider {
  id: string;
  displayName: string;
  calendarColor: string;
}

export interface HoursOverviewTableProps {
  facilityName: string;
  providers: readonly OverviewProvider[];
  /** Every clinician's blocks at the facility. */
  hours: readonly (HoursBlock & { providerId: string })[];
  selectedProviderId: string | null;
  /** Clinicians whose week here has unsaved changes in the editor. */
  unsavedProviderIds: readonly string[];
  onSelect: (providerId: string) => void;
}

/** The facility's week at a glance: one row per clinician, one column per weekday, total hours. */
export function HoursOverviewTable({
  facilityName,
  providers,
  hours,
  selectedProviderId,
  unsavedProviderIds,
  onSelect,
}: HoursOverviewTableProps) {
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={820} type="native">
        <Table aria-label={`Weekly hours at ${facilityName}`} tabularNums verticalSpacing={6} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th fz="xs" c="gray.7">
                Clinician
              </Table.Th>
              {WEEKDAYS.map((day) => (
                <Table.Th key={day.weekday} fz="xs" c="gray.7" w={104}>
                  {day.short}
                </Table.Th>
              ))}
              <Table.Th fz="xs" c="gray.7" ta="right" w={72}>
                Week
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {providers.map((provider) => {
              const own = hours.filter((block) => block.providerId === provider.id);
              const total = own.reduce((sum, b) => sum + minutesOf(b.endTime) - minutesOf(b.startTime), 0);
              const selected = provider.id === selectedProviderId;
              return (
                <Table.Tr
                  key={provider.id}
                  bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
                  onClick={() => onSelect(provider.id)}
                  style={{ cursor: 'pointer' }}
                >
                  <Table.Td>
                    <UnstyledButton onClick={() => onSelect(provider.id)} aria-current={selected || undefined}>
                      <Group gap="xs" wrap="nowrap">
                        <ColorSwatch color={provider.calendarColor} size={10} withShadow={false} aria-hidden />
                        <Text size="sm" fw={selected ? 600 : 400}>
                          {provider.displayName}
                        </Text>
                        {unsavedProviderIds.includes(provider.id) ? (
                          <Badge size="xs" variant="light" color="orange">
                            Unsaved
                          </Badge>
                        ) : null}
                      </Group>
                    </UnstyledButton>
                  </Table.Td>
                  {WEEKDAYS.map((day) => {
                    const blocks = own
                      .filter((block) => block.weekday === day.weekday)
                      .sort((a, b) => a.startTime.localeCompare(b.startTime));
                    return (
                      <Table.Td key={day.weekday} fz="xs" style={{ whiteSpace: 'nowrap' }}>
                        {blocks.length === 0 ? (
                          <Text span c="gray.5" fz="xs">
                            —
                          </Text>
                        ) : (
                          blocks.map((block) => (
                            <div key={`${block.startTime}-${block.endTime}`}>
                              {shortTime(block.startTime)}–{shortTime(block.endTime)}
                            </div>
                          ))
                        )}
                      </Table.Td>
                    );
                  })}
                  <Table.Td ta="right" fz="xs" c={total ? undefined : 'gray.5'}>
                    {total ? formatHours(total) : '—'}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
