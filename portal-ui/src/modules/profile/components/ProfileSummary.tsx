import {
  DateText,
  DetailList,
  RestrictedValue,
  SectionCard,
  humanizeEnum,
  type FieldAccess,
  type ResponsePath,
} from '@handoff/ui-kit';
import { Text } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const ProfileSummary_patient = graphql(`
  fragment ProfileSummary_patient on Patient {
    mrn
    legalFirstName
    legalLastName
    dateOfBirth
    sexAssignedAtBirth
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

export interface ProfileSummaryProps {
  patient: FragmentType<typeof ProfileSummary_patient>;
  access: FieldAccess;
  path: ResponsePath;
}

/** What only the practice can change: legal identity and the care team. */
export function ProfileSummary(props: ProfileSummaryProps) {
  const p = getFragmentData(ProfileSummary_patient, props.patient);
  const refused = (field: string) => props.access.refused([...props.path, field]);
  return (
    <SectionCard title="About you">
      <DetailList
        cols={2}
        items={[
          {
            label: 'Legal name',
            value: (
              <RestrictedValue refused={refused('legalLastName')}>
                {[p.legalFirstName, p.legalLastName].filter(Boolean).join(' ')}
              </RestrictedValue>
            ),
          },
          { label: 'Date of birth', value: <DateText value={p.dateOfBirth} refused={refused('dateOfBirth')} /> },
          {
            label: 'Sex assigned at birth',
            value: (
              <RestrictedValue refused={refused('sexAssignedAtBirth')}>
                {p.sexAssignedAtBirth && humanizeEnum(p.sexAssignedAtBirth)}
              </RestrictedValue>
            ),
          },
          {
            label: 'Medical record number',
            value: (
              <Text span ff="monospace" size="sm">
                {p.mrn}
              </Text>
            ),
          },
          {
            label: 'Your care team',
            fullWidth: true,
            value: (
              <RestrictedValue refused={refused('careTeam')}>
                {p.careTeam && p.careTeam.length > 0
                  ? p.careTeam.map((m) => (
                      <span key={m.id} style={{ display: 'block' }}>
                        {m.staffMember?.displayName ?? '—'}{' '}
                        <Text span size="xs" c="dimmed">
                          {m.role ? humanizeEnum(m.role) : ''}
                        </Text>
                      </span>
                    ))
                  : null}
              </RestrictedValue>
            ),
          },
        ]}
      />
      <Text size="xs" c="dimmed" mt="md">
        To correct your legal name, date of birth or sex, please call the front desk.
      </Text>
    </SectionCard>
  );
}
