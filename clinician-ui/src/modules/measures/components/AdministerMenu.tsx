import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDeviceTablet } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { MeasureInstrument } from '../../../gql/graphql';
import { INSTRUMENTS, INSTRUMENT_LABELS, administerPath } from '../instruments';

export interface AdministerMenuProps {
  patientId: string;
  /** Active assignment per instrument: answering one completes it. */
  assignmentIds: ReadonlyMap<MeasureInstrument, string>;
}

/** Any instrument on the clinic tablet, assigned or not (a one-off screen). */
export function AdministerMenu({ patientId, assignmentIds }: AdministerMenuProps) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconDeviceTablet size={14} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          Administer in clinic
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Open on the tablet</Menu.Label>
        {INSTRUMENTS.map((instrument) => (
          <Menu.Item
            key={instrument}
            component={Link}
            to={administerPath(patientId, instrument, assignmentIds.get(instrument))}
          >
            {INSTRUMENT_LABELS[instrument]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
