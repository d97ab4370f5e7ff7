import { SectionCard } from '@handoff/ui-kit';
import { Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { GroupNoteEditor_GroupFragment } from '../../../gql/graphql';
import { NoteStatusBadge, noteBadgeStatus } from '../../notes/components/NoteStatusBadge';

export interface GroupMembersListProps {
  members: GroupNoteEditor_GroupFragment['members'];
  /** Patient id → display name (null outside the caseload). */
  nameOf: (patientId: string) => string | null;
}

/** Who the note covers; each member's own part is written in their own note. */
export function GroupMembersList({ members, nameOf }: GroupMembersListProps) {
  return (
    <SectionCard title="Members">
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {members.map((member, index) => {
          const name = nameOf(member.patientId) ?? `Member ${index + 1}`;
          const missing = member.status === 'DRAFT' ? member.missingForSignature.length : 0;
          return (
            <Group key={member.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={600}>
                  {name}
                </Text>
                <Text size="xs" c="dimmed">
                  {member.status === 'SIGNED'
                    ? 'Signed, with its charge'
                    : missing === 0
                      ? 'Their part is complete'
                      : `${missing} ${missing === 1 ? 'item' : 'items'} missing in their part`}
                </Text>
              </Stack>
              <Group gap="xs" wrap="nowrap">
                <NoteStatusBadge status={noteBadgeStatus(member)} />
                <Button
                  component={Link}
                  to={`/notes/${member.id}`}
                  size="xs"
                  variant="light"
                  aria-label={`Open member note for ${name}`}
                >
                  Open member note
                </Button>
              </Group>
            </Group>
          );
        })}
      </Stack>
    </SectionCard>
  );
}
