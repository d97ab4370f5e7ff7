import { SectionCard } from '@handoff/ui-kit';
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';

/**
 * A group member's note: the session (times, modality, topic, shared narrative) belongs to the
 * group note and is edited there, once for everyone; this note holds the member's own part.
 */
export function GroupSessionNotice({ groupNoteId }: { groupNoteId: string }) {
  return (
    <SectionCard title="Group session">
      <Text size="sm">
        This is one member&apos;s part of a group session. Session times, modality and the shared part are written once
        on the{' '}
        <Anchor component={Link} to={`/group-notes/${groupNoteId}`} size="sm">
          group note
        </Anchor>
        , and the group is signed there.
      </Text>
    </SectionCard>
  );
}
