import { registerEnumType } from 'type-graphql';
import type { ChangeCategory } from './reliable-change';
import type { InstrumentCode, SeverityLevel } from './instruments';

/** The built-in instruments (instruments.ts); the C-SSRS is absent for licensing (domain.md §0.3). */
export enum MeasureInstrument {
  PHQ9 = 'PHQ9',
  PHQA = 'PHQA',
  GAD7 = 'GAD7',
  PCL5 = 'PCL5',
  AUDITC = 'AUDITC',
}
registerEnumType(MeasureInstrument, { name: 'MeasureInstrument' });

// The GraphQL enum and the scoring module's codes must stay the same set, in both directions.
const SAME_CODES: [`${MeasureInstrument}`, InstrumentCode] extends [InstrumentCode, `${MeasureInstrument}`]
  ? true
  : never = true;
void SAME_CODES;

export enum MeasureSchedule {
  ONCE = 'ONCE',
  BEFORE_EVERY_APPOINTMENT = 'BEFORE_EVERY_APPOINTMENT',
  EVERY_N_WEEKS = 'EVERY_N_WEEKS',
}
registerEnumType(MeasureSchedule, {
  name: 'MeasureSchedule',
  valuesConfig: {
    ONCE: { description: 'Due until completed once.' },
    BEFORE_EVERY_APPOINTMENT: { description: 'Due on each day the patient has an appointment, until done that day.' },
    EVERY_N_WEEKS: { description: 'Due when the last completion is intervalWeeks or more ago, or there is none.' },
  },
});

export enum MeasureSource {
  IN_CLINIC = 'IN_CLINIC',
  PORTAL = 'PORTAL',
}
registerEnumType(MeasureSource, {
  name: 'MeasureSource',
  description: 'Where the patient answered: on the clinic tablet or in the portal.',
});

export enum SeverityLevelValue {
  MINIMAL = 'MINIMAL',
  LOW = 'LOW',
  MODERATE = 'MODERATE',
  HIGH = 'HIGH',
  VERY_HIGH = 'VERY_HIGH',
}
registerEnumType(SeverityLevelValue, {
  name: 'SeverityLevel',
  description: 'One colour scale for every instrument band (instruments.ts).',
});
const SAME_LEVELS: [`${SeverityLevelValue}`, SeverityLevel] extends [SeverityLevel, `${SeverityLevelValue}`]
  ? true
  : never = true;
void SAME_LEVELS;

export enum ChangeCategoryValue {
  RECOVERED = 'RECOVERED',
  IMPROVED = 'IMPROVED',
  UNCHANGED = 'UNCHANGED',
  DETERIORATED = 'DETERIORATED',
}
registerEnumType(ChangeCategoryValue, {
  name: 'ChangeCategory',
  description: 'Jacobson-Truax outcome against the baseline (domain.md §5.1).',
});
const SAME_CATEGORIES: [`${ChangeCategoryValue}`, ChangeCategory] extends [ChangeCategory, `${ChangeCategoryValue}`]
  ? true
  : never = true;
void SAME_CATEGORIES;

export enum ScoreTrend {
  UP = 'UP',
  DOWN = 'DOWN',
  FLAT = 'FLAT',
}
registerEnumType(ScoreTrend, {
  name: 'ScoreTrend',
  description: 'Direction of the latest total against the one before (higher is worse on every instrument).',
});

/** What the clinician did about a safety alert; documented on acknowledgement. */
export enum SafetyAlertAction {
  SAFETY_PLAN_REVIEWED = 'SAFETY_PLAN_REVIEWED',
  CRISIS_ASSESSMENT_DONE = 'CRISIS_ASSESSMENT_DONE',
  CONTACTED_PATIENT = 'CONTACTED_PATIENT',
  EMERGENCY_SERVICES = 'EMERGENCY_SERVICES',
  OTHER = 'OTHER',
}
registerEnumType(SafetyAlertAction, {
  name: 'SafetyAlertAction',
  valuesConfig: {
    SAFETY_PLAN_REVIEWED: { description: 'Reviewed or made a safety plan with the patient.' },
    CRISIS_ASSESSMENT_DONE: { description: 'Completed a suicide-risk assessment (e.g. C-SSRS by interview).' },
    CONTACTED_PATIENT: { description: 'Reached the patient (or guardian) and checked on their safety.' },
    EMERGENCY_SERVICES: { description: 'Called emergency services or sent the patient to emergency care.' },
    OTHER: { description: 'Something else: the note says what.' },
  },
});
