import { AuditEvent } from '../platform/audit/audit-event.entity';
import { Practice } from '../platform/db/practice.entity';
import { PracticeScopedEntity } from '../platform/db/practice-scoped.entity';
import { Charge, FeeScheduleEntry, LedgerEntry, Payer, Payment, Statement } from '../modules/billing';
import { PortalInvitation } from '../modules/portal';
import { Diagnosis, GroupNote, NoteAddendum, ProgressNote } from '../modules/clinical';
import { PsychotherapyNote, TreatmentPlanSignatureRequest, TreatmentPlanVersion } from '../modules/clinical';
import { MeasureAdministration, MeasureAssignment, SafetyAlert } from '../modules/clinical';
import { Allergy, Medication, PdmpCheck, Prescription } from '../modules/clinical';
import { LoginThrottle, Session, StaffMember, User } from '../modules/identity';
import {
  CareTeamMember,
  Consent,
  EmergencyAccessGrant,
  EmergencyContact,
  Guarantor,
  InsuranceCardImage,
  InsurancePolicy,
  Patient,
  PostalAddress,
} from '../modules/patients';
import {
  Appointment,
  AppointmentAttendee,
  AppointmentSeries,
  AppointmentType,
  Facility,
  Room,
  TimeOff,
  WorkingHours,
} from '../modules/scheduling';

/** Every entity, listed explicitly (no folder scanning: the same list works in jest, tsc output and the CLI). */
export const ENTITIES = [
  PracticeScopedEntity,
  Practice,
  AuditEvent,
  StaffMember,
  User,
  Session,
  LoginThrottle,
  Patient,
  PostalAddress,
  EmergencyContact,
  Guarantor,
  InsurancePolicy,
  InsuranceCardImage,
  CareTeamMember,
  EmergencyAccessGrant,
  Consent,
  Diagnosis,
  ProgressNote,
  NoteAddendum,
  MeasureAssignment,
  MeasureAdministration,
  SafetyAlert,
  GroupNote,
  TreatmentPlanVersion,
  TreatmentPlanSignatureRequest,
  PsychotherapyNote,
  Medication,
  Allergy,
  PdmpCheck,
  Prescription,
  Payer,
  LedgerEntry,
  Payment,
  Statement,
  Charge,
  FeeScheduleEntry,
  PortalInvitation,
  Facility,
  Room,
  AppointmentType,
  AppointmentSeries,
  Appointment,
  AppointmentAttendee,
  WorkingHours,
  TimeOff,
];
