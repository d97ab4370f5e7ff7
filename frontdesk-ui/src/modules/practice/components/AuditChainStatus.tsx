import { Badge, Loader, Tooltip } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const AuditChainStatus_report = graphql(`
  fragment AuditChainStatus_report on AuditChainReport {
    ok
    checkedCount
    firstBrokenEventId
  }
`);

export interface AuditChainStatusProps {
  report: FragmentType<typeof AuditChainStatus_report> | null;
  loading: boolean;
}

/** Whether the audit log's hash chain still holds (no event changed, removed or inserted). */
export function AuditChainStatus(props: AuditChainStatusProps) {
  if (props.loading) return <Loader size="xs" aria-label="Checking the audit chain" />;
  const report = props.report ? getFragmentData(AuditChainStatus_report, props.report) : null;
  if (!report || report.ok === null) {
    return (
      <Badge color="gray" size="lg" variant="light">
        Audit chain not checked
      </Badge>
    );
  }
  const count = (report.checkedCount ?? 0).toLocaleString('en-US');
  return report.ok ? (
    <Tooltip label={`Re-computed the hash of ${count} events just now`}>
      <Badge color="teal" size="lg" variant="light" leftSection={<IconShieldCheck size={14} />} tabIndex={0}>
        Audit chain intact · {count} events
      </Badge>
    </Tooltip>
  ) : (
    <Tooltip label={`First broken event: ${report.firstBrokenEventId ?? 'unknown'}`}>
      <Badge color="red" size="lg" variant="filled" leftSection={<IconShieldX size={14} />} tabIndex={0}>
        Audit chain broken
      </Badge>
    </Tooltip>
  );
}
