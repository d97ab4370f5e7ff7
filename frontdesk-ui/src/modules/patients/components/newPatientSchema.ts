import { z } from 'zod';

// The API's own input rules (api/src/modules/patients/patient.inputs.ts), checked before sending.
const PHONE = /^\+?[0-9 ().-]{7,20}$/;
const US_STATE = /^[A-Z]{2}$/;
const ZIP = /^\d{5}(-\d{4})?$/;

export const SEX_ASSIGNED_AT_BIRTH = ['FEMALE', 'MALE', 'INTERSEX', 'UNKNOWN'] as const;

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
const optionalPhone = z
  .string()
  .trim()
  .refine((v) => v === '' || PHONE.test(v), 'Enter a phone number, e.g. (512) 555-0100');

export const newPatientSchema = z
  .object({
    legalFirstName: z.string().trim().min(1, 'Enter the legal first name').max(100),
    legalLastName: z.string().trim().min(1, 'Enter the legal last name').max(100),
    preferredName: optionalText(100),
    pronouns: optionalText(50),
    dateOfBirth: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date of birth')
      .refine((v) => v <= todayIso(), 'The date of birth cannot be in the future')
      .refine((v) => v >= '1900-01-01', 'Check the year'),
    sexAssignedAtBirth: z.string().min(1, 'Choose one').pipe(z.enum(SEX_ASSIGNED_AT_BIRTH)),
    mobilePhone: optionalPhone,
    email: z
      .string()
      .trim()
      .refine((v) => v === '' || z.email().safeParse(v).success, 'Enter a valid email address'),
    line1: optionalText(200),
    line2: optionalText(200),
    city: optionalText(100),
    state: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase())
      .refine((v) => v === '' || US_STATE.test(v), 'Two-letter state, e.g. TX'),
    postalCode: z
      .string()
      .trim()
      .refine((v) => v === '' || ZIP.test(v), 'ZIP code, e.g. 78704'),
  })
  .superRefine((value, ctx) => {
    // An address is all or nothing: the API needs street, city, state and ZIP together.
    const parts = [value.line1, value.line2, value.city, value.state, value.postalCode];
    if (parts.every((p) => p === '')) return;
    if (!value.line1) ctx.addIssue({ code: 'custom', path: ['line1'], message: 'Enter the street address' });
    if (!value.city) ctx.addIssue({ code: 'custom', path: ['city'], message: 'Enter the city' });
    if (!value.state) ctx.addIssue({ code: 'custom', path: ['state'], message: 'Enter the state' });
    if (!value.postalCode) ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'Enter the ZIP code' });
  });

export type NewPatientFormInput = z.input<typeof newPatientSchema>;
export type NewPatientFormValues = z.output<typeof newPatientSchema>;

export const EMPTY_NEW_PATIENT: NewPatientFormInput = {
  legalFirstName: '',
  legalLastName: '',
  preferredName: '',
  pronouns: '',
  dateOfBirth: '',
  sexAssignedAtBirth: '',
  mobilePhone: '',
  email: '',
  line1: '',
  line2: '',
  city: '',
  state: '',
  postalCode: '',
};
