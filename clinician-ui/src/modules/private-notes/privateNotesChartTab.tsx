import { IconLock } from '@tabler/icons-react';
import type { ChartTab } from '../patients/tabs/chartTabs';
import { PrivateNotesTab } from './components/PrivateNotesTab';

/** The chart's Private notes tab (psychotherapy notes; registered in patients/tabs/chartTabs.tsx). */
export const PRIVATE_NOTES_CHART_TAB: ChartTab = {
  value: 'private-notes',
  label: 'Private notes',
  icon: <IconLock size={15} />,
  Panel: PrivateNotesTab,
};
