import { Money, RestrictedValue } from '@handoff/ui-kit';
import { Text } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const CoverageCell_policy = graphql(`
  fragment CoverageCell_policy on InsurancePolicy {
    memberId
    copayCents
    payer {
      id
      name
    }
  }
`);

export interface CoverageCellProps {
  policy: FragmentType<typeof CoverageCell_policy> | null;
  refused: boolean;
  /** Shown when there is no policy at this priority. */
  emptyLabel: string;
}

/** One insurance policy in a table cell: payer, member id and copay. */
export function CoverageCell({ policy, refused, emptyLabel }: CoverageCellProps) {
  if (refused) return <RestrictedValue refused />;
  if (!policy) {
    return (
      <Text span size="sm" c="dimmed">
        {emptyLabel}
      </Text>
    );
  }
  const p = getFragmentData(CoverageCell_policy, policy);
  return (
    <div>
      <Text size="sm">{p.payer?.name ?? '—'}</Text>
      <Text size="xs" c="dimmed">
        <Text span ff="monospace" inherit>
          {p.memberId ?? '—'}
        </Text>
        {' · copay '}
        <Money cents={p.copayCents} />
      </Text>
    </div>
  );
}
