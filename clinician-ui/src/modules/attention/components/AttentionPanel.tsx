import { SectionCard } from '@handoff/ui-kit';
import { Anchor, Badge, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { Link } from 'react-router';
import { LATE_NOTE_HOURS, useAttention } from '../hooks/useAttention';
import { formatHoursSince } from './hoursSince';

/** How many unsigned notes the panel lists before "See all". */
const SHOWN = 4;

/** My day's compact "Needs my attention": the counts and the oldest drafts, linking to the full page. */
export function AttentionPanel() {
  const { attention, counts, patientName, loading } = useAttention();
  const oldest = (attention?.unsignedNotes ?? []).slice(0, SHOWN);

  return (
    <SectionCard
      title="Needs my attention"
      actions={
        <Anchor component={Link} to="/attention" size="sm">
          See all
        </Anchor>
      }
    >
      {loading ? (
        <Skeleton h={80} />
      ) : counts.total === 0 ? (
        <Group gap={6} c="teal.8">
          <IconChecks size={16} aria-hidden />
          <Text size="sm">Nothing outstanding.</Text>
        </Group>
      ) : (
        <Stack gap="xs">
          <Group gap="xs">
            <Badge color={counts.late > 0 ? 'red' : 'yellow'} variant="light">
              {counts.unsigned} unsigned{counts.late > 0 ? ` · ${counts.late} late` : ''}
            </Badge>
            {counts.cosign > 0 ? (
              <Badge color="grape" variant="light" component={Link} to="/cosign" style={{ cursor: 'pointer' }}>
                {counts.cosign} to co-sign
              </Badge>
            ) : null}
            {counts.held > 0 ? (
              <Badge color="red" variant="light">
                {counts.held} held {counts.held === 1 ? 'charge' : 'charges'}
              </Badge>
            ) : null}
          </Group>
          {oldest.length > 0 ? (
            <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Oldest unsigned notes">
              {oldest.map((note) => {
                const late = note.hoursSinceSession > LATE_NOTE_HOURS;
                return (
                  <Group key={note.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
                    <Anchor component={Link} to={`/notes/${note.id}`} size="sm" lineClamp={1}>
                      {patientName(note.patientId) ?? 'Unsigned note'}
                    </Anchor>
                    <Text size="xs" c={late ? 'red.7' : 'dimmed'} fw={late ? 600 : undefined} style={{ flexShrink: 0 }}>
                      {formatHoursSince(note.hoursSinceSession)} since session
                    </Text>
                  </Group>
                );
              })}
            </Stack>
          ) : null}
        </Stack>
      )}
    </SectionCard>
  );
}
