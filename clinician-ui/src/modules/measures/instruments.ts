import type { MeasureInstrument, MeasureSchedule, SeverityLevel } from '../../gql/graphql';

/** The short names clinicians use. The API's measureForm has them too; lists need them without a query each. */
export const INSTRUMENT_LABELS: Readonly<Record<MeasureInstrument, string>> = {
  PHQ9: 'PHQ-9',
  PHQA: 'PHQ-A',
  GAD7: 'GAD-7',
  PCL5: 'PCL-5',
  AUDITC: 'AUDIT-C',
};

/** In the order the assign form and the "Administer in clinic" menu offer them. */
export const INSTRUMENTS = Object.keys(INSTRUMENT_LABELS) as MeasureInstrument[];

/** One colour per severity level, the same on every instrument (the band label carries the meaning). */
export const SEVERITY_COLORS: Readonly<Record<SeverityLevel, string>> = {
  MINIMAL: 'teal',
  LOW: 'lime',
  MODERATE: 'yellow',
  HIGH: 'orange',
  VERY_HIGH: 'red',
};

/** "Every 4 weeks", "Before every appointment", "Once". */
export function scheduleText(schedule: MeasureSchedule | null | undefined, intervalWeeks?: number | null): string {
  switch (schedule) {
    case 'ONCE':
      return 'Once';
    case 'BEFORE_EVERY_APPOINTMENT':
      return 'Before every appointment';
    case 'EVERY_N_WEEKS':
      return intervalWeeks === 1 ? 'Every week' : `Every ${intervalWeeks ?? '?'} weeks`;
    case null:
    case undefined:
      return '—';
  }
}

/** The in-clinic page; `assignment` links the answers to the assignment they complete. */
export function administerPath(patientId: string, instrument: MeasureInstrument, assignmentId?: string | null): string {
  const base = `/administer/${patientId}/${instrument}`;
  return assignmentId ? `${base}?assignment=${encodeURIComponent(assignmentId)}` : base;
}

export function isInstrument(value: string | undefined): value is MeasureInstrument {
  return !!value && value in INSTRUMENT_LABELS;
}
