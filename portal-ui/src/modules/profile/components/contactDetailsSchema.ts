import { z } from 'zod';

// The API's own input rules (api/src/modules/patients/patient.inputs.ts), checked before sending.
const PHONE = /^\+?[0-9 ().-]{7,20}$/;
const US_STATE = /^[A-Z]{2}$/;
const ZIP = /^\d{5}(-\d{4})?$/;

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
const phone = z
  .string()
  .trim()
  .refine((v) => v === '' || PHONE.test(v), 'Enter a phone number, e.g. (512) 555-0100');

export const contactDetailsSchema = z
  .object({
    preferredName: text(100),
    pronouns: text(50),
    mobilePhone: phone,
    homePhone: phone,
    email: z
      .string()
      .trim()
      .refine((v) => v === '' || z.email().safeParse(v).success, 'Enter a valid email address'),
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
    emergencyPhone: phone,
  })
  .superRefine((v, ctx) => {
    // An address and an emergency contact are all or nothing: the API stores them whole.
    if ([v.line1, v.line2, v.city, v.state, v.postalCode].some((p) => p !== '')) {
      if (!v.line1) ctx.addIssue({ code: 'custom', path: ['line1'], message: 'Enter the street address' });
      if (!v.city) ctx.addIssue({ code: 'custom', path: ['city'], message: 'Enter the city' });
      if (!v.state) ctx.addIssue({ code: 'custom', path: ['state'], message: 'Enter the state' });
      if (!v.postalCode) ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'Enter the ZIP code' });
    }
    if ([v.emergencyName, v.emergencyRelationship, v.emergencyPhone].some((p) => p !== '')) {
      if (!v.emergencyName) ctx.addIssue({ code: 'custom', path: ['emergencyName'], message: 'Enter a name' });
      if (!v.emergencyRelationship)
        ctx.addIssue({ code: 'custom', path: ['emergencyRelationship'], message: 'Enter how they are related to you' });
      if (!v.emergencyPhone)
        ctx.addIssue({ code: 'custom', path: ['emergencyPhone'], message: 'Enter a phone number' });
    }
  });

export type ContactDetailsFormInput = z.input<typeof contactDetailsSchema>;
export type ContactDetailsFormValues = z.output<typeof contactDetailsSchema>;
