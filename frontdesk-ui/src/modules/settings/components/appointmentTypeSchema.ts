import { z } from 'zod';
import { wholeNumber } from './formFields';

/** The API's pattern: five characters, four digits then a digit or letter (90834, 0591T). */
const CPT = /^\d{4}[0-9A-Z]$/;

/** An appointment type as the manager edits it. Limits mirror AppointmentTypeInput's validation. */
export const appointmentTypeSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(100, 'At most 100 characters'),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Pick a colour'),
  defaultMinutes: wholeNumber('the length in minutes', 5, 480),
  defaultCptCode: z
    .string()
    .trim()
    .toUpperCase()
    .refine((code) => code === '' || CPT.test(code), 'Five characters, e.g. 90834')
    .transform((code) => code || null),
  telehealth: z.boolean(),
  group: z.boolean(),
  active: z.boolean(),
});

export type AppointmentTypeFormInput = z.input<typeof appointmentTypeSchema>;
export type AppointmentTypeFormValues = z.output<typeof appointmentTypeSchema>;

export const NEW_APPOINTMENT_TYPE: AppointmentTypeFormInput = {
  name: '',
  color: '#4c6ef5',
  defaultMinutes: 53,
  defaultCptCode: '',
  telehealth: false,
  group: false,
  active: true,
};

/** Calendar colours that stay readable behind white text. */
export const TYPE_SWATCHES = [
  '#4c6ef5',
  '#228be6',
  '#15aabf',
  '#12b886',
  '#40c057',
  '#82c91e',
  '#fab005',
  '#fd7e14',
  '#fa5252',
  '#e64980',
  '#be4bdb',
  '#7950f2',
  '#868e96',
];
