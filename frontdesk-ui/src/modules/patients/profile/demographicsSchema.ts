import { z } from 'zod';
import type { PatientStatus, ReminderChannel, SexAssignedAtBirth } from '../../../gql/graphql';
import { todayIso } from './dates';
import type { PatientChanges } from './useVersionedPatientForm';
import { orNull } from './versionedEdit';

// The API's own input rules (api/src/modules/patients/patient.inputs.ts), checked before sending.
export const PHONE = /^\+?[0-9 ().-]{7,20}$/;
const US_STATE = /^[A-Z]{2}$/;
const ZIP = /^\d{5}(-\d{4})?$/;

export const SEX_OPTIONS: readonly { value: SexAssignedAtBirth; label: string }[] = [
  { value: 'FEMALE', label: 'Female' },
  { value: 'MALE', label: 'Male' },
  { value: 'INTERSEX', label: 'Intersex' },
  { value: 'UNKNOWN', label: 'Unknown' },
];

const text = (max: number) => z.string().max(max, `At most ${max} characters`);
const phone = z
  .string()
  .refine((v) => v.trim() === '' || PHONE.test(v.trim()), 'Enter a phone number, e.g. (512) 555-0100');
export const emailText = z
  .string()
  .refine((v) => v.trim() === '' || z.email().safeParse(v.trim()).success, 'Enter a valid email address');

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
    mobilePhone: phone,
    homePhone: phone,
    email: emailText,
    line1: text(200),
    line2: text(200),
    city: text(100),
    state: z
      .string()
      .refine((v) => v.trim() === '' || US_STATE.test(v.trim().toUpperCase()), 'Two-letter state, e.g. TX'),
    postalCode: z.string().refine((v) => v.trim() === '' || ZIP.test(v.trim()), 'ZIP code, e.g. 78704'),
    emergencyName: text(200),
    emergencyRelationship: text(50),
    emergencyPhone: phone,
    reminderChannels: z.array(z.string()),
    schedulingPreferences: text(500),
    status: z.string(),
  })
  .superRefine((value, ctx) => {
    const blank = (v: string) => v.trim() === '';
    // An address is all or nothing: the API needs street, city, state and ZIP together.
    const address = [value.line1, value.line2, value.city, value.state, value.postalCode];
    if (!address.every(blank)) {
      if (blank(value.line1)) ctx.addIssue({ code: 'custom', path: ['line1'], message: 'Enter the street address' });
      if (blank(value.city)) ctx.addIssue({ code: 'custom', path: ['city'], message: 'Enter the city' });
      if (blank(value.state)) ctx.addIssue({ code: 'custom', path: ['state'], message: 'Enter the state' });
      if (blank(value.postalCode))
        ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'Enter the ZIP code' });
    }
    // So is an emergency contact: name, relationship and phone.
    const emergency = [value.emergencyName, value.emergencyRelationship, value.emergencyPhone];
    if (!emergency.every(blank)) {
      if (blank(value.emergencyName))
        ctx.addIssue({ code: 'custom', path: ['emergencyName'], message: 'Enter the name' });
      if (blank(value.emergencyRelationship))
        ctx.addIssue({ code: 'custom', path: ['emergencyRelationship'], message: 'Enter the relationship' });
      if (blank(value.emergencyPhone))
        ctx.addIssue({ code: 'custom', path: ['emergencyPhone'], message: 'Enter the phone' });
    }
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
  mobilePhone: 'Mobile phone',
  homePhone: 'Home phone',
  email: 'Email',
  line1: 'Street address',
  line2: 'Apt, suite',
  city: 'City',
  state: 'State',
  postalCode: 'ZIP code',
  emergencyName: 'Emergency contact name',
  emergencyRelationship: 'Emergency contact relationship',
  emergencyPhone: 'Emergency contact phone',
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
  address?: { line1: string; line2?: string | null; city: string; state: string; postalCode: string } | null;
  emergencyContact?: { name: string; relationship: string; phone: string } | null;
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
    line1: p.address?.line1 ?? '',
    line2: p.address?.line2 ?? '',
    city: p.address?.city ?? '',
    state: p.address?.state ?? '',
    postalCode: p.address?.postalCode ?? '',
    emergencyName: p.emergencyContact?.name ?? '',
    emergencyRelationship: p.emergencyContact?.relationship ?? '',
    emergencyPhone: p.emergencyContact?.phone ?? '',
    reminderChannels: [...(p.reminderChannels ?? [])],
    schedulingPreferences: p.schedulingPreferences ?? '',
    status: p.status,
  };
}

const ADDRESS_KEYS = ['line1', 'line2', 'city', 'state', 'postalCode'] as const;
const EMERGENCY_KEYS = ['emergencyName', 'emergencyRelationship', 'emergencyPhone'] as const;

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
  if (ADDRESS_KEYS.some(has)) {
    input.address = v.line1.trim()
      ? {
          line1: v.line1.trim(),
          line2: orNull(v.line2),
          city: v.city.trim(),
          state: v.state.trim().toUpperCase(),
          postalCode: v.postalCode.trim(),
        }
      : null;
  }
  if (EMERGENCY_KEYS.some(has)) {
    input.emergencyContact = v.emergencyName.trim()
      ? { name: v.emergencyName.trim(), relationship: v.emergencyRelationship.trim(), phone: v.emergencyPhone.trim() }
      : null;
  }
  if (has('reminderChannels')) input.reminderChannels = v.reminderChannels as ReminderChannel[];
  if (has('schedulingPreferences')) input.schedulingPreferences = orNull(v.schedulingPreferences);
  if (has('status')) input.status = v.status as PatientStatus;
  return input;
}
