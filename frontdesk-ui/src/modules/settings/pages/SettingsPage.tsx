import { PageHeader } from '@handoff/ui-kit';
import { Tabs } from '@mantine/core';
import { IconBuilding, IconCalendarOff, IconClipboardList, IconClockHour4, IconReceipt } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { AppointmentTypesTab } from '../components/AppointmentTypesTab';
import { FacilitiesTab } from '../components/FacilitiesTab';
import { PracticePolicyTab } from '../components/PracticePolicyTab';
import { TimeOffTab } from '../components/TimeOffTab';
import { WorkingHoursTab } from '../components/WorkingHoursTab';

type SettingsTab = 'types' | 'hours' | 'time-off' | 'facilities' | 'policy';

const TABS: readonly { value: SettingsTab; label: string; icon: ReactNode }[] = [
  { value: 'types', label: 'Appointment types', icon: <IconClipboardList size={15} /> },
  { value: 'hours', label: 'Working hours', icon: <IconClockHour4 size={15} /> },
  { value: 'time-off', label: 'Time off', icon: <IconCalendarOff size={15} /> },
  { value: 'facilities', label: 'Facilities & rooms', icon: <IconBuilding size={15} /> },
  { value: 'policy', label: 'Fees & reminders', icon: <IconReceipt size={15} /> },
];

function isTab(value: string | null): value is SettingsTab {
  return TABS.some((tab) => tab.value === value);
}

/**
 * The practice manager's settings, one tab each. The tab is in the URL (?tab=hours) so a reload
 * or a shared link opens the same one; only the open tab is mounted, so only its query runs.
 */
export function SettingsPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: SettingsTab = isTab(requested) ? requested : 'types';

  return (
    <>
      <PageHeader title="Settings" description="Appointment types, clinicians' hours and time off, facilities, fees" />
      <Tabs
        value={tab}
        onChange={(value) => {
          // A tab's own parameters (facility, clinician) belong to it: switching tabs drops them.
          if (isTab(value)) setParams({ tab: value }, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value} leftSection={t.icon}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="types">
          <AppointmentTypesTab />
        </Tabs.Panel>
        <Tabs.Panel value="hours">
          <WorkingHoursTab />
        </Tabs.Panel>
        <Tabs.Panel value="time-off">
          <TimeOffTab />
        </Tabs.Panel>
        <Tabs.Panel value="facilities">
          <FacilitiesTab />
        </Tabs.Panel>
        <Tabs.Panel value="policy">
          <PracticePolicyTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
