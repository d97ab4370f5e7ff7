import { IconChartLine } from '@tabler/icons-react';
import type { ChartTab } from '../patients/tabs/chartTabs';
import { MeasuresTab } from './tabs/MeasuresTab';

/** The chart's "Measures" tab (/patients/:id?tab=measures). */
export const MEASURES_CHART_TAB: ChartTab = {
  value: 'measures',
  label: 'Measures',
  icon: <IconChartLine size={15} />,
  Panel: MeasuresTab,
};
