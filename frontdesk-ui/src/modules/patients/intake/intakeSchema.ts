import {
  addressInput,
  ageInYears,
  contactRules,
  emergencyContactInput,
  optionalEmail,
  optionalPhone,
  optionalText as text,
  requireWholeAddress,
  requireWholeEmergencyContact,
} from '@handoff/ui-kit';
import { z } from 'zod';
import type { CreatePatientInput, ReminderChannel } from '../../../gql/graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Patients under this age need a parent or guardian as guarantor (and portal proxy). */
export const ADULT_AGE = 18;

export const SEX_ASSIGNED_AT_BIRTH = ['FEMALE', 'MALE', 'INTERSEX', 'UNKNOWN'] as const;

/** Where new patients come from; the practice reports on these, so they are picked, not typed. */
export const REFERRAL_SOURCES = [
  'Self',
  'Physician',
  'Therapist',
  'Insurance directory',
  'School',
  'Court / legal',
  'Other',
] as const;

/** Suggestions only: any language can be typed. */
export const COMMON_LANGUAGES = [
  'English',
  'Spanish',
  'Vietnamese',
  'Chinese (Mandarin)',
  'Chinese (Cantonese)',
  'Arabic',
  'Tagalog',
  'Korean',
  'French',
  'Russian',
  'American Sign Language',
];

export const GUARANTOR_RELATIONSHIPS = ['Parent', 'Guardian', 'Spouse', 'Other'] as const;
/** Who may be the guarantor (and portal proxy) of a minor. */
export const MINOR_GUARANTOR_RELATIONSHIPS: readonly string[] = ['Parent', 'Guardian'];

export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Age from a complete date of birth, or null while it is still being typed. */
export function ageFromBirthDate(dateOfBirth: string): number | null {
  return ISO_DATE.test(dateOfBirth) && dateOfBirth >= '1900-01-01' ? ageInYears(dateOfBirth) : null;
}

export function isMinor(dateOfBirth: string): boolean {
  const age = ageFromBirthDate(dateOfBirth);
  return age !== null && age < ADULT_AGE;
}

/** Step 1, who the patient is. */
export const whoSchema = z.object({
  legalFirstName: z.string().trim().min(1, 'Enter the legal first name').max(100, 'At most 100 characters'),
  legalLastName: z.string().trim().min(1, 'Enter the legal last name').max(100, 'At most 100 characters'),
  preferredName: text(100),
  pronouns: text(50),
  dateOfBirth: z
    .string()
    .regex(ISO_DATE, 'Enter the date of birth')
    .refine((v) => v <= todayIso(), 'The date of birth cannot be in the future')
    .refine((v) => v >= '1900-01-01', 'Check the year'),
  sexAssignedAtBirth: z.string().min(1, 'Choose one').pipe(z.enum(SEX_ASSIGNED_AT_BIRTH)),
  genderIdentity: text(100),
  preferredLanguage: text(50),
  referralSource: z.string(),
  referralDetail: text(150),
});

/** Step 3, how to reach the patient and whom to call in an emergency. */
export const contactSchema = z
  .object({
    ...contactRules,
    remindByEmail: z.boolean(),
    remindBySms: z.boolean(),
  })
  .superRefine((value, ctx) => {
    requireWholeAddress(value, ctx);
    requireWholeEmergencyContact(value, ctx);
    // Reminder consent is per channel, and needs somewhere to send to.
    if (value.remindBySms && !value.mobilePhone)
      ctx.addIssue({ code: 'custom', path: ['mobilePhone'], message: 'Text reminders need a mobile phone' });
    if (value.remindByEmail && !value.email)
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'Email reminders need an email address' });
  });

/** Step 4, who pays: the patient, or (always, for a minor) a parent or guardian. */
export const guarantorSchema = z
  .object({
    dateOfBirth: z.string(),
    guarantorIsSelf: z.enum(['SELF', 'OTHER']),
    guarantorName: text(200),
    guarantorRelationship: z.string(),
    guarantorPhone: optionalPhone,
    guarantorEmail: optionalEmail,
  })
  .superRefine((value, ctx) => {
    const minor = isMinor(value.dateOfBirth);
    if (minor && value.guarantorIsSelf === 'SELF') {
      ctx.addIssue({
        code: 'custom',
        path: ['guarantorIsSelf'],
        message: 'A patient under 18 needs a parent or guardian as guarantor',
      });
      return;
    }
    if (value.guarantorIsSelf === 'SELF') return;
    if (!value.guarantorName)
      ctx.addIssue({ code: 'custom', path: ['guarantorName'], message: 'Enter their full name' });
    if (!value.guarantorRelationship)
      ctx.addIssue({ code: 'custom', path: ['guarantorRelationship'], message: 'Choose the relationship' });
    else if (minor && !MINOR_GUARANTOR_RELATIONSHIPS.includes(value.guarantorRelationship))
      ctx.addIssue({
        code: 'custom',
        path: ['guarantorRelationship'],
        message: 'For a minor: a parent or legal guardian',
      });
    // The practice must be able to reach whoever answers for a minor (and invite them to the portal).
    if (minor && !value.guarantorPhone && !value.guarantorEmail)
      ctx.addIssue({ code: 'custom', path: ['guarantorEmail'], message: 'Enter an email or phone for the guardian' });
  });

export type IntakeFormInput = z.input<typeof whoSchema> &
  z.input<typeof contactSchema> &
  z.input<typeof guarantorSchema>;
export type IntakeField = keyof IntakeFormInput;

export const EMPTY_INTAKE: IntakeFormInput = {
  legalFirstName: '',
  legalLastName: '',
  preferredName: '',
  pronouns: '',
  dateOfBirth: '',
  sexAssignedAtBirth: '',
  genderIdentity: '',
  preferredLanguage: '',
  referralSource: '',
  referralDetail: '',
  mobilePhone: '',
  homePhone: '',
  email: '',
  line1: '',
  line2: '',
  city: '',
  state: '',
  postalCode: '',
  emergencyName: '',
  emergencyRelationship: '',
  emergencyPhone: '',
  remindByEmail: false,
  remindBySms: false,
  guarantorIsSelf: 'SELF',
  guarantorName: '',
  guarantorRelationship: '',
  guarantorPhone: '',
  guarantorEmail: '',
};

/** "Physician: Dr. Lee" from the picked source and the free-text detail. */
function referralText(source: string, detail: string): string | null {
  if (!source) return detail || null;
  return detail ? `${source}: ${detail}` : source;
}

/** The whole form, validated step by step, as the API's CreatePatientInput. */
export function toCreatePatientInput(values: IntakeFormInput): CreatePatientInput {
  const who = whoSchema.parse(values);
  const contact = contactSchema.parse(values);
  const guarantor = guarantorSchema.parse(values);
  const orNull = (value: string) => (value === '' ? null : value);
  const reminderChannels: ReminderChannel[] = [
    ...(contact.remindByEmail ? (['EMAIL'] as const) : []),
    ...(contact.remindBySms ? (['SMS'] as const) : []),
  ];
  return {
    legalFirstName: who.legalFirstName,
    legalLastName: who.legalLastName,
    preferredName: orNull(who.preferredName),
    pronouns: orNull(who.pronouns),
    dateOfBirth: who.dateOfBirth,
    sexAssignedAtBirth: who.sexAssignedAtBirth,
    genderIdentity: orNull(who.genderIdentity),
    preferredLanguage: orNull(who.preferredLanguage),
    referralSource: referralText(who.referralSource, who.referralDetail),
    mobilePhone: orNull(contact.mobilePhone),
    homePhone: orNull(contact.homePhone),
    email: orNull(contact.email),
    address: addressInput(contact),
    emergencyContact: emergencyContactInput(contact),
    reminderChannels,
    // Self-guarantor is the default: the API stores no separate guarantor for the patient paying themself.
    guarantor:
      guarantor.guarantorIsSelf === 'OTHER'
        ? {
            name: guarantor.guarantorName,
            relationship: guarantor.guarantorRelationship,
            phone: orNull(guarantor.guarantorPhone),
            email: orNull(guarantor.guarantorEmail),
          }
        : null,
  };
}

/** Where the API's field names live in this form (nested inputs come back by their top-level name). */
export const SERVER_FIELD_TO_FORM: Record<string, IntakeField> = {
  address: 'line1',
  emergencyContact: 'emergencyName',
  guarantor: 'guarantorName',
  reminderChannels: 'remindByEmail',
};
