import {
  ActionIcon,
  Button,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  Switch,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { CalendarView, ResourceMode } from './calendarModel';

export interface CalendarToolbarProps {
  view: CalendarView;
  mode: ResourceMode;
  /** "2031-03-04": the day shown, or a day of the week shown. */
  dateKey: string;
  /** "Tuesday, March 4, 2031" or "Mar 3 – 9, 2031". */
  label: string;
  facilityId: string;
  facilities: readonly { id: string; name: string }[];
  providers: readonly { id: string; displayName: string }[];
  appointmentTypes: readonly { id: string; name: string }[];
  providerIds: readonly string[];
  appointmentTypeIds: readonly string[];
  showCancelled: boolean;
  onToday: () => void;
  onStep: (direction: -1 | 1) => void;
  onDate: (dateKey: string) => void;
  onView: (view: CalendarView) => void;
  onMode: (mode: ResourceMode) => void;
  onFacility: (facilityId: string) => void;
  onProviders: (ids: string[]) => void;
  onAppointmentTypes: (ids: string[]) => void;
  onShowCancelled: (show: boolean) => void;
}

const MODE_LABELS: Record<ResourceMode, string> = { provider: 'Providers', room: 'Rooms', facility: 'Facilities' };

/**
 * Two rows: where you are in time (today, back, forward, a date to jump to) with the view and
 * the columns; then which facility and which providers and types.
 */
export function CalendarToolbar(props: CalendarToolbarProps) {
  const unit = props.view === 'day' ? 'day' : 'week';
  return (
    <Group gap="xs" justify="space-between" align="flex-end" wrap="wrap" role="toolbar" aria-label="Calendar controls">
      <Group gap="xs" wrap="nowrap" align="center">
        <Button variant="default" size="xs" onClick={props.onToday}>
          Today
        </Button>
        <Group gap={2} wrap="nowrap">
          <Tooltip label={`Previous ${unit}`}>
            <ActionIcon variant="default" size="md" aria-label={`Previous ${unit}`} onClick={() => props.onStep(-1)}>
              <IconChevronLeft size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={`Next ${unit}`}>
            <ActionIcon variant="default" size="md" aria-label={`Next ${unit}`} onClick={() => props.onStep(1)}>
              <IconChevronRight size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <TextInput
          type="date"
          size="xs"
          aria-label="Go to date"
          value={props.dateKey}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (value) props.onDate(value);
          }}
          w={130}
        />
        <Text component="h2" fw={600} size="lg" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
          {props.label}
        </Text>
      </Group>

      <Group gap="xs" wrap="wrap" align="center">
        <SegmentedControl
          size="xs"
          aria-label="View"
          value={props.view}
          onChange={(value) => props.onView(value as CalendarView)}
          data={[
            { value: 'day', label: 'Day' },
            { value: 'work_week', label: 'Work week' },
            { value: 'week', label: 'Week' },
          ]}
        />
        <Text size="xs" c="dimmed" component="span">
          Columns
        </Text>
        <SegmentedControl
          size="xs"
          aria-label="Columns"
          value={props.mode}
          onChange={(value) => props.onMode(value as ResourceMode)}
          data={(['provider', 'room', 'facility'] as const).map((mode) => ({ value: mode, label: MODE_LABELS[mode] }))}
        />
      </Group>

      <Group gap="xs" wrap="wrap" align="center" w="100%">
        <Select
          size="xs"
          aria-label="Facility"
          data={props.facilities.map((f) => ({ value: f.id, label: f.name }))}
          value={props.facilityId}
          onChange={(value) => value && props.onFacility(value)}
          allowDeselect={false}
          w={190}
          comboboxProps={{ withinPortal: true }}
        />
        <MultiSelect
          size="xs"
          aria-label="Filter by provider"
          placeholder={props.providerIds.length === 0 ? 'All providers' : undefined}
          data={props.providers.map((p) => ({ value: p.id, label: p.displayName }))}
          value={[...props.providerIds]}
          onChange={props.onProviders}
          clearable
          searchable
          maw={420}
          miw={200}
          style={{ flex: '0 1 auto' }}
        />
        <MultiSelect
          size="xs"
          aria-label="Filter by appointment type"
          placeholder={props.appointmentTypeIds.length === 0 ? 'All appointment types' : undefined}
          data={props.appointmentTypes.map((t) => ({ value: t.id, label: t.name }))}
          value={[...props.appointmentTypeIds]}
          onChange={props.onAppointmentTypes}
          clearable
          searchable
          maw={420}
          miw={200}
          style={{ flex: '0 1 auto' }}
        />
        <Switch
          size="xs"
          label="Show cancelled and no-shows"
          checked={props.showCancelled}
          onChange={(event) => props.onShowCancelled(event.currentTarget.checked)}
        />
      </Group>
    </Group>
  );
}
