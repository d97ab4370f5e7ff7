import { RestrictedValue, ageInYears, formatDate, type FieldAccess, type ResponsePath } from '@handoff/ui-kit';
import { Avatar, Badge, Group, Paper, Text, Title } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { BannerItem } from './BannerItem';

export const PatientBanner_patient = graphql(`
  fragment PatientBanner_patient on Patient {
    id
    mrn
    status
    legalFirstName
    legalLastName
    preferredName
    pronouns
    dateOfBirth
    careTeam {
      id
      role
      staffMember {
        id
        displayName
      }
    }
  }
`);

export interface PatientBannerProps {
  patient: FragmentType<typeof PatientBanner_patient>;
  access: FieldAccess;
  path: ResponsePath;
}

function initials(first: string | null | undefined, last: string | null | undefined): string {
  return `${first?.[0] ?? ''}${last?.[0] ?? ''}`.toUpperCase();
}

/**
 * Who this chart belongs to, on every clinical screen: the name the patient goes by first (with
 * pronouns), then the identifiers that prevent a wrong-patient error (DOB and MRN).
 */
export function PatientBanner(props: PatientBannerProps) {
  const p = getFragmentData(PatientBanner_patient, props.patient);
  const refused = (field: string) => props.access.refused([...props.path, field]);
  const age = p.dateOfBirth ? ageInYears(p.dateOfBirth) : null;
  const primary = p.careTeam?.find((m) => m.role === 'PRIMARY_CLINICIAN')?.staffMember?.displayName;
  const name = [p.legalFirstName, p.legalLastName].filter(Boolean).join(' ');

  return (
    <Paper withBorder p="md" component="header" aria-label="Patient">
      <Group gap="md" wrap="nowrap" align="center">
        <Avatar size={44} radius="xl" color="handoff" aria-hidden>
          {initials(p.preferredName ?? p.legalFirstName, p.legalLastName)}
        </Avatar>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" align="baseline">
            <Title order={1} fz="h2">
              <RestrictedValue refused={refused('legalLastName')}>{name}</RestrictedValue>
            </Title>
            {p.preferredName ? (
              <Text size="sm" fw={500}>
                goes by {p.preferredName}
              </Text>
            ) : null}
            {p.pronouns ? (
              <Text size="sm" c="dimmed">
                ({p.pronouns})
              </Text>
            ) : null}
            {p.status !== 'ACTIVE' ? <Badge color="gray">Inactive</Badge> : null}
          </Group>
          <Group gap="xl" mt={6} component="dl" m={0} style={{ rowGap: 4 }}>
            <BannerItem label="Age">{age !== null ? `${age} years` : '—'}</BannerItem>
            <BannerItem label="Date of birth">
              <RestrictedValue refused={refused('dateOfBirth')}>
                {p.dateOfBirth ? formatDate(p.dateOfBirth) : null}
              </RestrictedValue>
            </BannerItem>
            <BannerItem label="MRN">
              <Text span ff="monospace" size="sm">
                {p.mrn}
              </Text>
            </BannerItem>
            <BannerItem label="Primary clinician">
              <RestrictedValue refused={refused('careTeam')}>{primary}</RestrictedValue>
            </BannerItem>
          </Group>
        </div>
      </Group>
    </Paper>
  );
}
