import { ageInYears } from '@handoff/ui-kit';
import { z } from 'zod';
import type { CreatePatientInput, ReminderChannel } from '../../../gql/graphql';

// The API's own input rules (api/src/modules/patients/patient.inputs.ts), checked before sending.
const PHONE = /^\+?[0-9 ().-]{7,20}$/;
const US_STATE = /^[A-Z]{2}$/;
const ZIP = /^\d{5}(-\d{4})?$/;
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

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
const optionalPhone = z
  .string()
  .trim()
  .refine((v) => v === '' || PHONE.test(v), 'Enter a phone number, e.g. (512) 555-0100');
const optionalEmail = z
  .string()
  .trim()
  .refine((v) => v === '' || z.email().safeParse(v).success, 'Enter a valid email address');

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
    mobilePhone: optionalPhone,
    homePhone: optionalPhone,
    email: optionalEmail,
    line1: text(200),
    line2: text(200),
    city: text(100),
    state: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase())
      .refine((v) => v === '' || US_STATE.test(v), 'Two-letter state, e.g. TX'),
    postalCode: z
      .string()
      .trim()
      .refine((v) => v === '' || ZIP.test(v), 'ZIP code, e.g. 78704'),
    emergencyName: text(200),
    emergencyRelationship: text(50),
    emergencyPhone: optionalPhone,
    remindByEmail: z.boolean(),
    remindBySms: z.boolean(),
  })
  .superRefine((value, ctx) => {
    // An address is all or nothing: the API needs street, city, state and ZIP together.
    const address = [value.line1, value.line2, value.city, value.state, value.postalCode];
    if (address.some((p) => p !== '')) {
      if (!value.line1) ctx.addIssue({ code: 'custom', path: ['line1'], message: 'Enter the street address' });
      if (!value.city) ctx.addIssue({ code: 'custom', path: ['city'], message: 'Enter the city' });
      if (!value.state) ctx.addIssue({ code: 'custom', path: ['state'], message: 'Enter the state' });
      if (!value.postalCode) ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'Enter the ZIP code' });
    }
    // So is the emergency contact: a name without a phone number helps nobody in a crisis.
    if (value.emergencyName || value.emergencyRelationship || value.emergencyPhone) {
      if (!value.emergencyName)
        ctx.addIssue({ code: 'custom', path: ['emergencyName'], message: 'Enter the contact’s name' });
      if (!value.emergencyRelationship)
        ctx.addIssue({ code: 'custom', path: ['emergencyRelationship'], message: 'Enter the relationship' });
      if (!value.emergencyPhone)
        ctx.addIssue({ code: 'custom', path: ['emergencyPhone'], message: 'Enter the contact’s phone' });
    }
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
    address: contact.line1
      ? {
          line1: contact.line1,
          line2: orNull(contact.line2),
          city: contact.city,
          state: contact.state,
          postalCode: contact.postalCode,
        }
      : null,
    emergencyContact: contact.emergencyName
      ? { name: contact.emergencyName, relationship: contact.emergencyRelationship, phone: contact.emergencyPhone }
      : null,
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
