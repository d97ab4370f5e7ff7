import { optionalEmail, optionalPhone } from '@handoff/ui-kit';
import { z } from 'zod';
import type { PatientChanges } from './useVersionedPatientForm';
import { orNull } from './versionedEdit';

export const RELATIONSHIP_SUGGESTIONS = ['Self', 'Parent', 'Guardian', 'Spouse', 'Other'];

/** Who pays. All blank removes the guarantor (the patient pays for themself). */
export const guarantorSchema = z
  .object({
    name: z.string().max(200, 'At most 200 characters'),
    relationship: z.string().max(50, 'At most 50 characters'),
    phone: optionalPhone,
    email: optionalEmail,
  })
  .superRefine((value, ctx) => {
    const blank = (v: string) => v.trim() === '';
    if (Object.values(value).every(blank)) return;
    if (blank(value.name)) ctx.addIssue({ code: 'custom', path: ['name'], message: 'Enter the name' });
    if (blank(value.relationship))
      ctx.addIssue({ code: 'custom', path: ['relationship'], message: 'Enter the relationship, e.g. Parent' });
  });

export type GuarantorValues = z.input<typeof guarantorSchema>;

export const GUARANTOR_LABELS: Readonly<Record<keyof GuarantorValues, string>> = {
  name: 'Name',
  relationship: 'Relationship to the patient',
  phone: 'Phone',
  email: 'Email',
};

export interface GuarantorRecord {
  name: string;
  relationship: string;
  phone?: string | null;
  email?: string | null;
}

export function guarantorValues(g: GuarantorRecord | null | undefined): GuarantorValues {
  return { name: g?.name ?? '', relationship: g?.relationship ?? '', phone: g?.phone ?? '', email: g?.email ?? '' };
}

/** The guarantor is one value on the record: any change sends it whole (or null to remove it). */
export function guarantorInput(v: GuarantorValues): PatientChanges {
  if (!v.name.trim()) return { guarantor: null };
  return {
    guarantor: {
      name: v.name.trim(),
      relationship: v.relationship.trim(),
      phone: orNull(v.phone),
      email: orNull(v.email),
    },
  };
}
