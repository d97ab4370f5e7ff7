export { Patient, PatientStatus, PortalStatus, ReminderChannel, SexAssignedAtBirth } from './patient.entity';
export { PostalAddress, EmergencyContact, Guarantor } from './patient-contacts.embeddable';
export { InsurancePolicy, PolicyPriority, SubscriberRelationship } from './insurance-policy.entity';
export { CareTeamMember, CareTeamRole } from './care-team-member.entity';
export { EmergencyAccessGrant } from './emergency-access-grant.entity';
export {
  PatientResolver,
  InsurancePolicyResolver,
  InsuranceCardImageResolver,
  CareTeamMemberResolver,
  EmergencyAccessGrantResolver,
} from './patient.resolver';
export { PatientSubscriptionResolver } from './patient.subscription';
export { patientsPermissions } from './patients.permissions';
export { patientService } from './patient.service';
export { Consent, ConsentKind, ConsentStatus, INTAKE_CONSENTS } from './consent.entity';
export { ConsentResolver, PatientConsentsResolver } from './consent.resolver';
export { CardSide, InsuranceCardImage } from './insurance-card-image.entity';
export { insuranceCardRoutes } from './insurance-card-upload';
export { MissingItem, readMissingItems } from './patient-alerts';
export { isMinor, mailRecipientOf, type MailRecipient } from './patient-recipient';
