import { IconClipboardHeart, IconNotes } from '@tabler/icons-react';
import type { ComponentType, ReactNode } from 'react';
import { DiagnosesTab } from './DiagnosesTab';
import { NotesTab } from './NotesTab';
import { MEDICATIONS_CHART_TAB } from '../../medications/medicationsChartTab';
import { TREATMENT_PLAN_CHART_TAB } from '../../plans/treatmentPlanChartTab';
import { PRIVATE_NOTES_CHART_TAB } from '../../private-notes/privateNotesChartTab';
import { MEASURES_CHART_TAB } from '../../measures/measuresChartTab';

/** What every chart tab receives; each tab runs its own query, only while it is open. */
export interface ChartTabProps {
  patientId: string;
}

export interface ChartTab {
  /** In the URL: /patients/:id?tab=notes. */
  value: string;
  label: string;
  icon: ReactNode;
  Panel: ComponentType<ChartTabProps>;
}

/** The chart's tabs, in order; the first opens by default. A new tab is one line here. */
export const CHART_TABS: readonly ChartTab[] = [
  { value: 'notes', label: 'Notes', icon: <IconNotes size={15} />, Panel: NotesTab },
  { value: 'diagnoses', label: 'Diagnoses', icon: <IconClipboardHeart size={15} />, Panel: DiagnosesTab },
  MEDICATIONS_CHART_TAB,
  TREATMENT_PLAN_CHART_TAB,
  PRIVATE_NOTES_CHART_TAB,
  MEASURES_CHART_TAB,
];
