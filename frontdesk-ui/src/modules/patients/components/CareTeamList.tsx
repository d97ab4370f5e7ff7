import {
  EmptyState,
  RestrictedValue,
  SectionCard,
  humanizeEnum,
  type FieldAccess,
  type ResponsePath,
} from '@handoff/ui-kit';
import { Avatar, Group, Stack, Text } from '@mantine/core';
import { IconStethoscope } from '@tabler/icons-react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const CareTeamList_patient = graphql(`
  fragment CareTeamList_patient on Patient {
    careTeam {
      id
      role
      staffMember {
        id
        displayName
        calendarColor
      }
    }
  }
`);

export interface CareTeamListProps {
  patient: FragmentType<typeof CareTeamList_patient>;
  access: FieldAccess;
  path: ResponsePath;
}

/** Who treats the patient (primary clinician, prescriber, supervisor). */
export function CareTeamList(props: CareTeamListProps) {
  const { careTeam } = getFragmentData(CareTeamList_patient, props.patient);
  const refused = props.access.refused([...props.path, 'careTeam']);

  return (
    <SectionCard title="Care team">
      {refused ? (
        <RestrictedValue refused />
      ) : !careTeam || careTeam.length === 0 ? (
        <EmptyState compact icon={<IconStethoscope size={16} />} title="No clinician assigned yet" />
      ) : (
        <Stack gap="xs">
          {careTeam.map((member) => (
            <Group key={member.id} gap="sm" wrap="nowrap">
              <Avatar
                size={26}
                radius="xl"
                color="gray"
                aria-hidden
                style={{ borderLeft: `3px solid ${member.staffMember?.calendarColor ?? 'transparent'}` }}
              >
                <IconStethoscope size={14} />
              </Avatar>
              <div>
                <Text size="sm" fw={500}>
                  {member.staffMember?.displayName ?? '—'}
                </Text>
                <Text size="xs" c="dimmed">
                  {member.role ? humanizeEnum(member.role) : '—'}
                </Text>
              </div>
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
