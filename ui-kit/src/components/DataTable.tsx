import { Paper, Skeleton, Table } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';

export interface DataTableColumn<Row> {
  key: string;
  header: ReactNode;
  render: (row: Row, index: number) => ReactNode;
  width?: number | string;
  align?: 'left' | 'center' | 'right';
  /** Keep the cell on one line (dates, money, ids). */
  nowrap?: boolean;
}

export interface DataTableProps<Row> {
  /** The table's accessible name, e.g. "Patients". */
  label: string;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Whole-row click as a shortcut; put a real link or button in one cell for keyboard users. */
  onRowClick?: (row: Row) => void;
  loading?: boolean;
  /** Shown in place of the body when there are no rows (and not loading). */
  empty?: ReactNode;
  /** Minimum width before the table scrolls sideways. */
  minWidth?: number;
}

const SKELETON_ROWS = 6;

function isInteractive(target: EventTarget | null): boolean {
  return target instanceof Element && !!target.closest('a, button, input, select, textarea, [role="button"]');
}

/** Mantine's Table, dense and consistent: striped, row hover, sticky header, tabular figures. */
export function DataTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  onRowClick,
  loading,
  empty,
  minWidth = 720,
}: DataTableProps<Row>) {
  const showSkeleton = loading && rows.length === 0;
  const showEmpty = !loading && rows.length === 0 && empty;

  const onClick = (row: Row) => (event: MouseEvent<HTMLTableRowElement>) => {
    if (!onRowClick || isInteractive(event.target)) return;
    onRowClick(row);
  };

  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={minWidth} type="native">
        <Table
          aria-label={label}
          aria-busy={loading || undefined}
          striped
          highlightOnHover={!!onRowClick || undefined}
          stickyHeader
          tabularNums
          style={{ opacity: loading && rows.length > 0 ? 0.6 : 1, transition: 'opacity 120ms' }}
        >
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th
                  key={column.key}
                  w={column.width}
                  ta={column.align}
                  fz="xs"
                  fw={600}
                  c="gray.7"
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {showSkeleton
              ? Array.from({ length: SKELETON_ROWS }, (_, i) => (
                  <Table.Tr key={`skeleton-${i}`}>
                    {columns.map((column) => (
                      <Table.Td key={column.key}>
                        <Skeleton height={10} radius="sm" my={4} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))
              : rows.map((row, index) => (
                  <Table.Tr
                    key={rowKey(row)}
                    onClick={onRowClick ? onClick(row) : undefined}
                    style={onRowClick ? { cursor: 'pointer' } : undefined}
                  >
                    {columns.map((column) => (
                      <Table.Td
                        key={column.key}
                        ta={column.align}
                        style={column.nowrap ? { whiteSpace: 'nowrap' } : undefined}
                      >
                        {column.render(row, index)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
            {showEmpty ? (
              <Table.Tr>
                <Table.Td colSpan={columns.length} bg="white">
                  {empty}
                </Table.Td>
              </Table.Tr>
            ) : null}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
