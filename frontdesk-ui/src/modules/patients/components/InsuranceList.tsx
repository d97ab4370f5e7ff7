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

export const InsuranceList_patient = graphql(`
  fragment InsuranceList_patient on Patient {
    insurancePolicies {
      id
      priority
      memberId
      groupNumber
      copayCents
      effectiveFrom
      effectiveTo
      subscriberName
      relationshipToSubscriber
      payer {
        id
        name
        kind
      }
    }
  }
`);

export interface InsuranceListProps {
  patient: FragmentType<typeof InsuranceList_patient>;
  access: FieldAccess;
  path: ResponsePath;
}

/** Coverage, primary first, as the API orders it. */
export function InsuranceList(props: InsuranceListProps) {
  const { insurancePolicies } = getFragmentData(InsuranceList_patient, props.patient);
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
          description="The patient is self-pay until coverage is added."
        />
      ) : (
        <Stack gap="sm">
          {insurancePolicies.map((policy) => (
            <div key={policy.id}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text fw={600} size="sm">
                  {policy.payer?.name ?? '—'}
                </Text>
                {policy.priority ? (
                  <Badge color={policy.priority === 'PRIMARY' ? 'handoff' : 'gray'}>
                    {humanizeEnum(policy.priority)}
                  </Badge>
                ) : null}
              </Group>
              <Text size="xs" c="dimmed">
                Member{' '}
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
                {' · '}Copay <Money cents={policy.copayCents} />
              </Text>
              <Text size="xs" c="dimmed">
                Subscriber {policy.subscriberName ?? '—'}
                {policy.relationshipToSubscriber ? ` (${humanizeEnum(policy.relationshipToSubscriber)})` : ''}
                {' · '}Since <DateText value={policy.effectiveFrom} />
                {policy.effectiveTo ? (
                  <>
                    {' '}
                    until <DateText value={policy.effectiveTo} />
                  </>
                ) : null}
              </Text>
            </div>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
