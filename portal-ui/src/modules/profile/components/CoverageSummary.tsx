import {
  DateText,
  EmptyState,
  Money,
  RestrictedValue,
  SectionCard,
  humanizeEnum,
  type FieldAccess,
  type ResponsePath,
} from '@handoff/ui-kit';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconShieldOff } from '@tabler/icons-react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const CoverageSummary_patient = graphql(`
  fragment CoverageSummary_patient on Patient {
    insurancePolicies {
      id
      priority
      memberId
      groupNumber
      copayCents
      effectiveFrom
      payer {
        id
        name
        phone
      }
    }
  }
`);

export interface CoverageSummaryProps {
  patient: FragmentType<typeof CoverageSummary_patient>;
  access: FieldAccess;
  path: ResponsePath;
}

/** The patient's insurance as the practice bills it (read-only here; the front desk updates it). */
export function CoverageSummary(props: CoverageSummaryProps) {
  const { insurancePolicies } = getFragmentData(CoverageSummary_patient, props.patient);
  const refused = props.access.refused([...props.path, 'insurancePolicies']);
  return (
    <SectionCard title="Insurance">
      {refused ? (
        <RestrictedValue refused />
      ) : !insurancePolicies || insurancePolicies.length === 0 ? (
        <EmptyState
          compact
          icon={<IconShieldOff size={16} />}
          title="No insurance on file"
          description="Bring your card to your next visit."
        />
      ) : (
        <Stack gap="sm">
          {insurancePolicies.map((policy) => (
            <div key={policy.id}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" fw={600}>
                  {policy.payer?.name ?? '—'}
                </Text>
                {policy.priority ? (
                  <Badge color={policy.priority === 'PRIMARY' ? 'handoff' : 'gray'}>
                    {humanizeEnum(policy.priority)}
                  </Badge>
                ) : null}
              </Group>
              <Text size="xs" c="dimmed">
                Member ID{' '}
                <Text span ff="monospace" inherit>
                  {policy.memberId ?? '—'}
                </Text>
                {policy.groupNumber ? (
                  <>
                    {' · '}Group{' '}
                    <Text span ff="monospace" inherit>
                      {policy.groupNumber}
                    </Text>
                  </>
                ) : null}
              </Text>
              <Text size="xs" c="dimmed">
                Copay per visit <Money cents={policy.copayCents} /> · since <DateText value={policy.effectiveFrom} />
              </Text>
            </div>
          ))}
        </Stack>
      )}
      <Text size="xs" c="dimmed" mt="md">
        New card? Bring it to your next visit or call the front desk.
      </Text>
    </SectionCard>
  );
}
