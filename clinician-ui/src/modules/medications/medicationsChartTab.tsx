import { IconPill } from '@tabler/icons-react';
import type { ChartTab } from '../patients/tabs/chartTabs';
import { MedicationsTab } from './components/MedicationsTab';

/** The chart's Medications tab (registered in patients/tabs/chartTabs.tsx). */
export const MEDICATIONS_CHART_TAB: ChartTab = {
  value: 'medications',
  label: 'Medications',
  icon: <IconPill size={15} />,
  Panel: MedicationsTab,
};
