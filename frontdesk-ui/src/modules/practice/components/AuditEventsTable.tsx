import {
  DataTable,
  EmptyState,
  RestrictedValue,
  formatDateTime,
  humanizeEnum,
  roleLabel,
  type FieldAccess,
  type ResponsePath,
} from '@handoff/ui-kit';
import { Badge, Text, Tooltip } from '@mantine/core';
import { IconListSearch } from '@tabler/icons-react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { AuditAction, AuditEventsTable_EventFragment } from '../../../gql/graphql';

export const AuditEventsTable_event = graphql(`
  fragment AuditEventsTable_event on AuditEvent {
    id
    occurredAt
    action
    actorName
    actorRoles
    entityType
    entityId
    patientId
    fields
    reason
    ip
  }
`);

const ACTION_COLORS: Record<AuditAction, string> = {
  CREATE: 'teal',
  UPDATE: 'handoff',
  DELETE: 'red',
  READ: 'gray',
  LOGIN: 'gray',
  LOGOUT: 'gray',
  LOGIN_FAILED: 'orange',
  EMERGENCY_ACCESS: 'red',
};

export interface AuditEventsTableProps {
  events: readonly FragmentType<typeof AuditEventsTable_event>[];
  loading: boolean;
  access: FieldAccess;
  path: ResponsePath;
}

type Row = AuditEventsTable_EventFragment & { index: number };

/** The latest audit events: who did what to which record, when and from where (never the values). */
export function AuditEventsTable(props: AuditEventsTableProps) {
  const rows: Row[] = props.events.map((e, index) => ({ ...getFragmentData(AuditEventsTable_event, e), index }));
  const refused = (row: Row, field: string) => props.access.refused([...props.path, row.index, field]);

  return (
    <DataTable
      label="Audit log"
      rows={rows}
      rowKey={(row) => row.id ?? String(row.index)}
      loading={props.loading}
      minWidth={900}
      empty={<EmptyState icon={<IconListSearch size={20} />} title="No audit events yet" />}
      columns={[
        {
          key: 'when',
          header: 'When',
          nowrap: true,
          render: (row) => (
            <RestrictedValue refused={refused(row, 'occurredAt')}>
              {row.occurredAt && formatDateTime(row.occurredAt)}
            </RestrictedValue>
          ),
        },
        {
          key: 'action',
          header: 'Action',
          nowrap: true,
          render: (row) =>
            row.action ? (
              <Badge color={ACTION_COLORS[row.action]}>{humanizeEnum(row.action)}</Badge>
            ) : (
              <RestrictedValue refused={refused(row, 'action')} />
            ),
        },
        {
          key: 'actor',
          header: 'By',
          render: (row) => (
            <RestrictedValue refused={refused(row, 'actorName')}>
              {row.actorName ? (
                <>
                  {row.actorName}
                  {row.actorRoles && row.actorRoles.length > 0 ? (
                    <Text span size="xs" c="dimmed" ml={6}>
                      {row.actorRoles.map(roleLabel).join(', ')}
                    </Text>
                  ) : null}
                </>
              ) : null}
            </RestrictedValue>
          ),
        },
        {
          key: 'record',
          header: 'Record',
          render: (row) => (
            <RestrictedValue refused={refused(row, 'entityType')}>
              {row.entityType ? (
                <Tooltip label={row.entityId ?? ''} disabled={!row.entityId}>
                  <span>{row.entityType}</span>
                </Tooltip>
              ) : null}
            </RestrictedValue>
          ),
        },
        {
          key: 'fields',
          header: 'Fields',
          render: (row) => (
            <RestrictedValue refused={refused(row, 'fields')}>
              {row.fields && row.fields.length > 0 ? (
                <Text span size="xs" c="dimmed">
                  {row.fields.slice(0, 4).join(', ')}
                  {row.fields.length > 4 ? ` +${row.fields.length - 4}` : ''}
                </Text>
              ) : null}
            </RestrictedValue>
          ),
        },
        {
          key: 'reason',
          header: 'Reason',
          render: (row) => <RestrictedValue refused={refused(row, 'reason')}>{row.reason}</RestrictedValue>,
        },
        {
          key: 'ip',
          header: 'IP address',
          nowrap: true,
          render: (row) => (
            <RestrictedValue refused={refused(row, 'ip')}>
              {row.ip ? (
                <Text span size="xs" ff="monospace">
                  {row.ip}
                </Text>
              ) : null}
            </RestrictedValue>
          ),
        },
      ]}
    />
  );
}
