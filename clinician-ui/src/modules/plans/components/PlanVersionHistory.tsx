import { DataTable, DateText, formatDateTime } from '@handoff/ui-kit';
import { Badge, Button, Modal, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { PlanStatus, TreatmentPlanVersion_FieldsFragment } from '../../../gql/graphql';
import { PlanView, type PlanViewProps } from './PlanView';

const STATUS_COLORS: Record<PlanStatus, string> = { ACTIVE: 'teal', DRAFT: 'blue', SUPERSEDED: 'gray' };
const STATUS_LABELS: Record<PlanStatus, string> = { ACTIVE: 'In effect', DRAFT: 'Draft', SUPERSEDED: 'Superseded' };

export interface PlanVersionHistoryProps extends Omit<PlanViewProps, 'plan'> {
  versions: readonly TreatmentPlanVersion_FieldsFragment[];
}

/** Every version of the plan, newest first; any one opens read-only (what was in effect when). */
export function PlanVersionHistory({ versions, staffNames, diagnosisNames }: PlanVersionHistoryProps) {
  const [open, setOpen] = useState<TreatmentPlanVersion_FieldsFragment | null>(null);
  return (
    <>
      <DataTable
        label="Plan versions"
        rows={versions}
        rowKey={(v) => v.id}
        minWidth={560}
        columns={[
          { key: 'v', header: 'Version', render: (v) => <Text size="sm">v{v.versionNumber}</Text> },
          {
            key: 'status',
            header: 'Status',
            render: (v) => (
              <Badge size="sm" variant="light" color={STATUS_COLORS[v.status]}>
                {STATUS_LABELS[v.status]}
              </Badge>
            ),
          },
          {
            key: 'activated',
            header: 'In effect from',
            nowrap: true,
            render: (v) => <Text size="sm">{v.activatedAt ? formatDateTime(v.activatedAt) : '—'}</Text>,
          },
          {
            key: 'superseded',
            header: 'Superseded',
            nowrap: true,
            render: (v) => <Text size="sm">{v.supersededAt ? formatDateTime(v.supersededAt) : '—'}</Text>,
          },
          { key: 'review', header: 'Review due', nowrap: true, render: (v) => <DateText value={v.reviewDueOn} /> },
          {
            key: 'view',
            header: <VisuallyHidden>Action</VisuallyHidden>,
            align: 'right',
            render: (v) => (
              <Button
                size="compact-xs"
                variant="subtle"
                aria-label={`View version ${v.versionNumber}`}
                onClick={() => setOpen(v)}
              >
                View
              </Button>
            ),
          },
        ]}
      />
      <Modal
        opened={!!open}
        onClose={() => setOpen(null)}
        size="xl"
        title={open ? `Treatment plan, version ${open.versionNumber} (${STATUS_LABELS[open.status]})` : ''}
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {open ? <PlanView plan={open} staffNames={staffNames} diagnosisNames={diagnosisNames} /> : null}
      </Modal>
    </>
  );
}
