import { IconTargetArrow } from '@tabler/icons-react';
import type { ChartTab } from '../patients/tabs/chartTabs';
import { TreatmentPlanTab } from './components/TreatmentPlanTab';

/** The chart's Treatment plan tab (registered in patients/tabs/chartTabs.tsx). */
export const TREATMENT_PLAN_CHART_TAB: ChartTab = {
  value: 'plan',
  label: 'Treatment plan',
  icon: <IconTargetArrow size={15} />,
  Panel: TreatmentPlanTab,
};
