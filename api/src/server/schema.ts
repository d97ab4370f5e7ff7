import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DateTimeIso } from '../platform/graphql/scalars';
import { applyOperationRules, mergeOperationRules } from '../platform/permissions/build-shield';
import { applyFieldGuards } from '../platform/permissions/field-guard';
import {
  billingPermissions,
  PatientBalanceResolver,
  PatientStatementsResolver,
  PayerResolver,
  PaymentResolver,
  StatementResolver,
} from '../modules/billing';
import {
  clinicalPermissions,
  ClinicianAttentionResolver,
  MyDayResolver,
  PatientVisitDatesResolver,
  AttentionCountsResolver,
  PatientChartResolver,
  ViewerPracticeTimeZoneResolver,
  DiagnosisResolver,
  PatientDiagnosesResolver,
  PatientProgressNotesResolver,
  ProgressNoteResolver,
} from '../modules/clinical';
import { GroupNoteResolver, notesPermissions } from '../modules/clinical';
import {
  MeasureAdministrationResolver,
  MeasureAssignmentResolver,
  MeasuresResolver,
  measuresPermissions,
  NotImprovingMeasureResolver,
  PatientMeasuresResolver,
  SafetyAlertResolver,
  SafetyAlertSubscriptionResolver,
} from '../modules/clinical';
import {
  PatientTreatmentPlanResolver,
  plansPermissions,
  PsychotherapyNoteResolver,
  psychotherapyPermissions,
  TreatmentPlanResolver,
  TreatmentPlanSignatureRequestResolver,
} from '../modules/clinical';
import {
  AllergyResolver,
  FormularyResolver,
  MedicationResolver,
  medicationsPermissions,
  PatientMedicationsResolver,
  PdmpCheckResolver,
  PrescriberCredentialsResolver,
  PrescriptionResolver,
} from '../modules/clinical';
import { identityPermissions, IdentityResolver, StaffMemberResolver } from '../modules/identity';
import { TotpFactorResolver, totpPermissions } from '../modules/identity';
import {
  CareTeamMemberResolver,
  ConsentResolver,
  PatientConsentsResolver,
  EmergencyAccessGrantResolver,
  InsurancePolicyResolver,
  InsuranceCardImageResolver,
  PatientResolver,
  PatientSubscriptionResolver,
  patientsPermissions,
} from '../modules/patients';
import { PatientPortalInvitationResolver, PortalInvitationResolver, portalPermissions } from '../modules/portal';
import { AuditResolver, practicePermissions, PracticeSettingsResolver } from '../modules/practice';
import {
  AppointmentResolver,
  CalendarSubscriptionResolver,
  FacilityResolver,
  PatientAppointmentsResolver,
  ScheduleSettingsResolver,
  schedulingPermissions,
  TimeOffResolver,
} from '../modules/scheduling';

const RESOLVERS = [
  IdentityResolver,
  StaffMemberResolver,
  PatientResolver,
  PatientSubscriptionResolver,
  InsurancePolicyResolver,
  InsuranceCardImageResolver,
  CareTeamMemberResolver,
  EmergencyAccessGrantResolver,
  PatientDiagnosesResolver,
  DiagnosisResolver,
  ProgressNoteResolver,
  PatientProgressNotesResolver,
  ClinicianAttentionResolver,
  MeasuresResolver,
  PatientMeasuresResolver,
  MeasureAssignmentResolver,
  MeasureAdministrationResolver,
  SafetyAlertResolver,
  SafetyAlertSubscriptionResolver,
  NotImprovingMeasureResolver,
  GroupNoteResolver,
  TreatmentPlanResolver,
  TreatmentPlanSignatureRequestResolver,
  PatientTreatmentPlanResolver,
  PsychotherapyNoteResolver,
  PatientMedicationsResolver,
  MedicationResolver,
  AllergyResolver,
  FormularyResolver,
  PdmpCheckResolver,
  PrescriptionResolver,
  PrescriberCredentialsResolver,
  TotpFactorResolver,
  MyDayResolver,
  PatientVisitDatesResolver,
  AttentionCountsResolver,
  PatientChartResolver,
  ViewerPracticeTimeZoneResolver,
  ConsentResolver,
  PatientConsentsResolver,
  PayerResolver,
  PaymentResolver,
  PatientBalanceResolver,
  StatementResolver,
  PatientStatementsResolver,
  FacilityResolver,
  PatientAppointmentsResolver,
  AppointmentResolver,
  CalendarSubscriptionResolver,
  ScheduleSettingsResolver,
  TimeOffResolver,
  PortalInvitationResolver,
  PatientPortalInvitationResolver,
  AuditResolver,
  PracticeSettingsResolver,
] as const;

export const OPERATION_RULES = mergeOperationRules(
  identityPermissions,
  patientsPermissions,
  clinicalPermissions,
  notesPermissions,
  measuresPermissions,
  plansPermissions,
  psychotherapyPermissions,
  medicationsPermissions,
  totpPermissions,
  billingPermissions,
  schedulingPermissions,
  practicePermissions,
  portalPermissions,
);

const UNUSED_PUBSUB = {
  publish: () => {
    throw new Error('Publish through RequestContext.events');
  },
  subscribe: () => {
    throw new Error('Subscriptions declare their own subscribe()');
  },
};

export interface SchemaOptions {
  /**
   * Field guards and operation rules. Only the permission-tax benchmark turns this off, to
   * measure what permissions cost; the server refuses to start that way in production.
   */
  enforcePermissions: boolean;
}

/** Builds the one schema every entry point (HTTP, WebSocket, tests, SDL emit) uses. */
export async function buildAppSchema(options: SchemaOptions = { enforcePermissions: true }): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
    scalarsMap: [{ type: Date, scalar: DateTimeIso }],
    // Every subscription brings its own `subscribe` (to authorise before listening, and to use the
    // request's EventBus); type-graphql insists on a PubSub anyway, so this one refuses to be used.
    pubSub: UNUSED_PUBSUB,
  });
  applyFieldGuards(schema, { enforce: options.enforcePermissions });
  return options.enforcePermissions ? applyOperationRules(schema, OPERATION_RULES) : schema;
}
