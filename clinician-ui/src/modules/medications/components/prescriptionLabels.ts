import type { InteractionAlertSeverity, QuantityUnit } from '../../../gql/graphql';

export const QUANTITY_UNIT_LABELS: Record<QuantityUnit, string> = {
  TABLET: 'tablets',
  CAPSULE: 'capsules',
  MILLILITER: 'mL',
};

export const ALERT_SEVERITY_LABELS: Record<InteractionAlertSeverity, string> = {
  CONTRAINDICATED: 'Contraindicated',
  MAJOR: 'Major',
  MODERATE: 'Moderate',
};

export const ALERT_SEVERITY_COLORS: Record<InteractionAlertSeverity, string> = {
  CONTRAINDICATED: 'red',
  MAJOR: 'orange',
  MODERATE: 'yellow',
};
