import { Group, Text, Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface RestrictedValueProps {
  /** The API refused this field for the viewer's role (null + FORBIDDEN at its path). */
  refused?: boolean;
  /** The value; null, undefined or '' render as a quiet "—". */
  children?: ReactNode;
}

export const NOT_VISIBLE_TO_ROLE = 'Not visible to your role';

/**
 * A field value that may be withheld. Refused fields are not an error: the role simply does not
 * see that data class (a biller never sees clinical notes), so it shows a muted "—" with a lock
 * and says why on hover/focus.
 */
export function RestrictedValue({ refused, children }: RestrictedValueProps) {
  if (refused) {
    return (
      <Tooltip label={NOT_VISIBLE_TO_ROLE}>
        <Group
          component="span"
          gap={4}
          wrap="nowrap"
          display="inline-flex"
          c="gray.6"
          tabIndex={0}
          aria-label={NOT_VISIBLE_TO_ROLE}
          style={{ cursor: 'help', verticalAlign: 'middle' }}
        >
          <IconLock size={12} aria-hidden />
          <span aria-hidden>—</span>
        </Group>
      </Tooltip>
    );
  }
  if (children === null || children === undefined || children === '') {
    return (
      <Text span c="gray.5" inherit>
        —
      </Text>
    );
  }
  return <>{children}</>;
}
