import { useQuery } from '@apollo/client/react';
import { PageHeader, QueryError, fieldAccess } from '@handoff/ui-kit';
import { Badge, Stack, Tabs } from '@mantine/core';
import { IconAlertOctagon, IconChartLine, IconChecklist, IconListDetails } from '@tabler/icons-react';
import { graphql } from '../../../gql';
import { AuditChainStatus } from '../components/AuditChainStatus';
import { AuditEventsTable } from '../components/AuditEventsTable';
import { ClinicianWorkloadTable } from '../components/ClinicianWorkloadTable';
import { EmergencyAccessTable } from '../components/EmergencyAccessTable';
import { ReliableChangeNormsTable } from '../components/ReliableChangeNormsTable';

export const AUDIT_PAGE_SIZE = 50;

const PracticeOverviewQuery = graphql(`
  query PracticeOverview($auditFirst: Int!) {
    verifyAuditChain {
      ...AuditChainStatus_report
    }
    emergencyAccessGrants {
      id
      ...EmergencyAccessTable_grant
    }
    attentionByClinician {
      staffMemberId
      ...ClinicianWorkloadTable_counts
    }
    auditEvents(first: $auditFirst) {
      nextCursor
      nodes {
        id
        ...AuditEventsTable_event
      }
    }
  }
`);

/** The practice manager's section: break-the-glass grants to review and the audit log. */
export function PracticePage() {
  const { data, loading, error, refetch } = useQuery(PracticeOverviewQuery, {
    variables: { auditFirst: AUDIT_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const access = fieldAccess(error);
  const grants = data?.emergencyAccessGrants ?? [];
  const events = data?.auditEvents?.nodes ?? [];

  return (
    <>
      <PageHeader
        title="Practice"
        description="Emergency access to review, each clinician's open work, the tamper-evident audit log, and the norms outcome measures are judged by."
        actions={<AuditChainStatus report={data?.verifyAuditChain ?? null} loading={loading && !data} />}
      />
      <Stack gap="sm">
        <QueryError error={error} onRetry={() => void refetch()} />
        <Tabs defaultValue="emergency" keepMounted={false}>
          <Tabs.List mb="sm">
            <Tabs.Tab value="emergency" leftSection={<IconAlertOctagon size={14} />}>
              Emergency access{' '}
              {grants.length > 0 ? (
                <Badge size="xs" color="orange" ml={4}>
                  {grants.length}
                </Badge>
              ) : null}
            </Tabs.Tab>
            <Tabs.Tab value="workload" leftSection={<IconChecklist size={14} />}>
              Clinician workload
            </Tabs.Tab>
            <Tabs.Tab value="audit" leftSection={<IconListDetails size={14} />}>
              Audit log
            </Tabs.Tab>
            <Tabs.Tab value="norms" leftSection={<IconChartLine size={14} />}>
              Outcome measure norms
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="emergency">
            <EmergencyAccessTable
              grants={grants}
              loading={loading && !data}
              access={access}
              path={['emergencyAccessGrants']}
            />
          </Tabs.Panel>
          <Tabs.Panel value="workload">
            <ClinicianWorkloadTable counts={data?.attentionByClinician ?? []} loading={loading && !data} />
          </Tabs.Panel>
          <Tabs.Panel value="audit">
            <AuditEventsTable
              events={events}
              loading={loading && !data}
              access={access}
              path={['auditEvents', 'nodes']}
            />
          </Tabs.Panel>
          <Tabs.Panel value="norms">
            <ReliableChangeNormsTable />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}
