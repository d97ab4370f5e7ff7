import {
  ADDRESS_FIELDS,
  CONTACT_LABELS,
  EMERGENCY_CONTACT_FIELDS,
  addressInput,
  addressValues,
  contactRules,
  emergencyContactInput,
  emergencyContactValues,
  requireWholeAddress,
  requireWholeEmergencyContact,
  type EmergencyContact,
  type PostalAddress,
} from '@handoff/ui-kit';
import { z } from 'zod';
import type { PatientStatus, ReminderChannel, SexAssignedAtBirth } from '../../../gql/graphql';
import { todayIso } from './dates';
import type { PatientChanges } from './useVersionedPatientForm';
import { orNull } from './versionedEdit';

export const SEX_OPTIONS: readonly { value: SexAssignedAtBirth; label: string }[] = [
  { value: 'FEMALE', label: 'Female' },
  { value: 'MALE', label: 'Male' },
  { value: 'INTERSEX', label: 'Intersex' },
  { value: 'UNKNOWN', label: 'Unknown' },
];

const text = (max: number) => z.string().max(max, `At most ${max} characters`);

/**
 * Every field is kept as the input holds it (text), so the form, the diff against the record and
 * the merge after a conflict all work on one shape; conversion to the API's types is in toInput.
 */
export const demographicsSchema = z
  .object({
    legalFirstName: z.string().trim().min(1, 'Enter the legal first name').max(100),
    legalLastName: z.string().trim().min(1, 'Enter the legal last name').max(100),
    preferredName: text(100),
    pronouns: text(50),
    dateOfBirth: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date of birth')
      .refine((v) => v <= todayIso(), 'The date of birth cannot be in the future')
      .refine((v) => v >= '1900-01-01', 'Check the year'),
    sexAssignedAtBirth: z.string().refine((v) => SEX_OPTIONS.some((o) => o.value === v), 'Choose one'),
    genderIdentity: text(100),
    preferredLanguage: text(50),
    referralSource: text(200),
    ...contactRules,
    reminderChannels: z.array(z.string()),
    schedulingPreferences: text(500),
    status: z.string(),
  })
  .superRefine((value, ctx) => {
    requireWholeAddress(value, ctx);
    requireWholeEmergencyContact(value, ctx);
  });

export type DemographicsValues = z.input<typeof demographicsSchema>;

export const DEMOGRAPHICS_LABELS: Readonly<Record<keyof DemographicsValues, string>> = {
  legalFirstName: 'Legal first name',
  legalLastName: 'Legal last name',
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  dateOfBirth: 'Date of birth',
  sexAssignedAtBirth: 'Sex assigned at birth',
  genderIdentity: 'Gender identity',
  preferredLanguage: 'Preferred language',
  referralSource: 'Referral source',
  ...CONTACT_LABELS,
  reminderChannels: 'Reminders',
  schedulingPreferences: 'Scheduling preferences',
  status: 'Record status',
};

/** The record as the API sends it (the fields this form edits). */
export interface DemographicsRecord {
  legalFirstName?: string | null;
  legalLastName?: string | null;
  preferredName?: string | null;
  pronouns?: string | null;
  dateOfBirth?: string | null;
  sexAssignedAtBirth?: SexAssignedAtBirth | null;
  genderIdentity?: string | null;
  preferredLanguage?: string | null;
  referralSource?: string | null;
  mobilePhone?: string | null;
  homePhone?: string | null;
  email?: string | null;
  address?: PostalAddress | null;
  emergencyContact?: EmergencyContact | null;
  reminderChannels?: readonly ReminderChannel[] | null;
  schedulingPreferences?: string | null;
  status: PatientStatus;
}

export function demographicsValues(p: DemographicsRecord): DemographicsValues {
  return {
    legalFirstName: p.legalFirstName ?? '',
    legalLastName: p.legalLastName ?? '',
    preferredName: p.preferredName ?? '',
    pronouns: p.pronouns ?? '',
    dateOfBirth: p.dateOfBirth ?? '',
    sexAssignedAtBirth: p.sexAssignedAtBirth ?? '',
    genderIdentity: p.genderIdentity ?? '',
    preferredLanguage: p.preferredLanguage ?? '',
    referralSource: p.referralSource ?? '',
    mobilePhone: p.mobilePhone ?? '',
    homePhone: p.homePhone ?? '',
    email: p.email ?? '',
    ...addressValues(p.address),
    ...emergencyContactValues(p.emergencyContact),
    reminderChannels: [...(p.reminderChannels ?? [])],
    schedulingPreferences: p.schedulingPreferences ?? '',
    status: p.status,
  };
}

/** Input names the API may reject that stand for several form fields. */
export const DEMOGRAPHICS_FIELD_ALIASES = { address: 'line1', emergencyContact: 'emergencyName' } as const;

/** Only what changed; an address or emergency contact is sent whole (or null to remove it). */
export function demographicsInput(
  v: DemographicsValues,
  changed: ReadonlySet<keyof DemographicsValues>,
): PatientChanges {
  const input: PatientChanges = {};
  const has = (key: keyof DemographicsValues) => changed.has(key);
  if (has('legalFirstName')) input.legalFirstName = v.legalFirstName.trim();
  if (has('legalLastName')) input.legalLastName = v.legalLastName.trim();
  if (has('preferredName')) input.preferredName = orNull(v.preferredName);
  if (has('pronouns')) input.pronouns = orNull(v.pronouns);
  if (has('dateOfBirth')) input.dateOfBirth = v.dateOfBirth;
  if (has('sexAssignedAtBirth')) input.sexAssignedAtBirth = v.sexAssignedAtBirth as SexAssignedAtBirth;
  if (has('genderIdentity')) input.genderIdentity = orNull(v.genderIdentity);
  if (has('preferredLanguage')) input.preferredLanguage = orNull(v.preferredLanguage);
  if (has('referralSource')) input.referralSource = orNull(v.referralSource);
  if (has('mobilePhone')) input.mobilePhone = orNull(v.mobilePhone);
  if (has('homePhone')) input.homePhone = orNull(v.homePhone);
  if (has('email')) input.email = orNull(v.email);
  if (ADDRESS_FIELDS.some(has)) input.address = addressInput(v);
  if (EMERGENCY_CONTACT_FIELDS.some(has)) input.emergencyContact = emergencyContactInput(v);
  if (has('reminderChannels')) input.reminderChannels = v.reminderChannels as ReminderChannel[];
  if (has('schedulingPreferences')) input.schedulingPreferences = orNull(v.schedulingPreferences);
  if (has('status')) input.status = v.status as PatientStatus;
  return input;
}
