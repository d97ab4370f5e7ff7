import { z } from 'zod';

/*
 * A patient's contact details as every form that edits them checks and converts them: the front
 * desk's intake and profile edit, and the patient's own portal form. The rules are the API's own
 * input rules (api/src/modules/patients/patient.inputs.ts), checked before sending.
 */

const PHONE = /^\+?[0-9 ().-]{7,20}$/;
const US_STATE = /^[A-Z]{2}$/;
const ZIP = /^\d{5}(-\d{4})?$/;

export function isPhoneNumber(value: string): boolean {
  return PHONE.test(value);
}

export function isEmailAddress(value: string): boolean {
  return z.email().safeParse(value).success;
}

/** Optional free text; the limit counts the trimmed text. */
export const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters`);

export const optionalPhone = z
  .string()
  .trim()
  .refine((v) => v === '' || isPhoneNumber(v), 'Enter a phone number, e.g. (512) 555-0100');

export const optionalEmail = z
  .string()
  .trim()
  .refine((v) => v === '' || isEmailAddress(v), 'Enter a valid email address');

/** Field maps to spread into a form's own `z.object`, so each form keeps one flat shape. */
export const phoneEmailRules = { mobilePhone: optionalPhone, homePhone: optionalPhone, email: optionalEmail };

export const addressRules = {
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
};

export const emergencyContactRules = {
  emergencyName: optionalText(200),
  emergencyRelationship: optionalText(50),
  emergencyPhone: optionalPhone,
};

export const contactRules = { ...phoneEmailRules, ...addressRules, ...emergencyContactRules };

export const ADDRESS_FIELDS = ['line1', 'line2', 'city', 'state', 'postalCode'] as const;
export const EMERGENCY_CONTACT_FIELDS = ['emergencyName', 'emergencyRelationship', 'emergencyPhone'] as const;

export type PhoneEmailField = keyof typeof phoneEmailRules;
export type AddressField = (typeof ADDRESS_FIELDS)[number];
export type EmergencyContactField = (typeof EMERGENCY_CONTACT_FIELDS)[number];
export type ContactField = PhoneEmailField | AddressField | EmergencyContactField;

export type AddressValues = Record<AddressField, string>;
export type EmergencyContactValues = Record<EmergencyContactField, string>;

/** What the inputs are called wherever they are shown (and in messages that name a field). */
export const CONTACT_LABELS: Readonly<Record<ContactField, string>> = {
  mobilePhone: 'Mobile phone',
  homePhone: 'Home phone',
  email: 'Email',
  line1: 'Street address',
  line2: 'Apt, suite, unit',
  city: 'City',
  state: 'State',
  postalCode: 'ZIP code',
  emergencyName: 'Emergency contact name',
  emergencyRelationship: 'Relationship',
  emergencyPhone: 'Emergency contact phone',
};

const blank = (value: string) => value.trim() === '';

/** For a form's superRefine: an address is all or nothing, as the API needs street, city, state and ZIP together. */
export function requireWholeAddress(values: AddressValues, ctx: z.RefinementCtx): void {
  if (ADDRESS_FIELDS.every((field) => blank(values[field]))) return;
  if (blank(values.line1)) ctx.addIssue({ code: 'custom', path: ['line1'], message: 'Enter the street address' });
  if (blank(values.city)) ctx.addIssue({ code: 'custom', path: ['city'], message: 'Enter the city' });
  if (blank(values.state)) ctx.addIssue({ code: 'custom', path: ['state'], message: 'Enter the state' });
  if (blank(values.postalCode)) ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'Enter the ZIP code' });
}

/** For a form's superRefine: so is an emergency contact, as a name without a phone number helps nobody in a crisis. */
export function requireWholeEmergencyContact(values: EmergencyContactValues, ctx: z.RefinementCtx): void {
  if (EMERGENCY_CONTACT_FIELDS.every((field) => blank(values[field]))) return;
  if (blank(values.emergencyName))
    ctx.addIssue({ code: 'custom', path: ['emergencyName'], message: 'Enter the contact’s name' });
  if (blank(values.emergencyRelationship))
    ctx.addIssue({ code: 'custom', path: ['emergencyRelationship'], message: 'Enter the relationship' });
  if (blank(values.emergencyPhone))
    ctx.addIssue({ code: 'custom', path: ['emergencyPhone'], message: 'Enter the contact’s phone' });
}

/** A postal address as the API sends it and takes it. */
export interface PostalAddress {
  line1: string;
  line2?: string | null;
  city: string;
  state: string;
  postalCode: string;
}

/** An emergency contact as the API sends it and takes it. */
export interface EmergencyContact {
  name: string;
  relationship: string;
  phone: string;
}

export function addressValues(address: PostalAddress | null | undefined): AddressValues {
  return {
    line1: address?.line1 ?? '',
    line2: address?.line2 ?? '',
    city: address?.city ?? '',
    state: address?.state ?? '',
    postalCode: address?.postalCode ?? '',
  };
}

export function emergencyContactValues(contact: EmergencyContact | null | undefined): EmergencyContactValues {
  return {
    emergencyName: contact?.name ?? '',
    emergencyRelationship: contact?.relationship ?? '',
    emergencyPhone: contact?.phone ?? '',
  };
}

/** The address to send, whole, or null (no street means no address: the rules above allow no half address). */
export function addressInput(values: AddressValues): PostalAddress | null {
  const line1 = values.line1.trim();
  if (!line1) return null;
  return {
    line1,
    line2: values.line2.trim() || null,
    city: values.city.trim(),
    state: values.state.trim().toUpperCase(),
    postalCode: values.postalCode.trim(),
  };
}

/** The emergency contact to send, whole, or null. */
export function emergencyContactInput(values: EmergencyContactValues): EmergencyContact | null {
  const name = values.emergencyName.trim();
  if (!name) return null;
  return { name, relationship: values.emergencyRelationship.trim(), phone: values.emergencyPhone.trim() };
}
