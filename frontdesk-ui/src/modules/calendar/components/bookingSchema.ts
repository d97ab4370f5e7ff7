import { z } from 'zod';

/**
 * The booking form. Date and time are the facility's wall clock ("2031-03-04", "09:30"), turned
 * into an instant only when sent. Limits mirror the API's input validation (5 to 480 minutes, an
 * https video link); the API stays the authority on everything else (conflicts, warnings).
 */
export const bookingSchema = z.object({
  patientIds: z.array(z.string()).min(1, 'Choose the patient'),
  appointmentTypeId: z.string().min(1, 'Choose the appointment type'),
  providerId: z.string().min(1, 'Choose the provider'),
  roomId: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date'),
  time: z.string().regex(/^\d{2}:\d{2}$/, 'Enter the start time'),
  minutes: z
    .string()
    .trim()
    .regex(/^\d+$/, 'Enter the length in minutes')
    .transform(Number)
    .pipe(z.number().min(5, 'At least 5 minutes').max(480, 'At most 8 hours (480 minutes)')),
  telehealthUrl: z
    .string()
    .trim()
    .refine((value) => value === '' || /^https:\/\/\S+$/.test(value), 'Use an https:// link'),
});

export type BookingFormInput = z.input<typeof bookingSchema>;
export type BookingFormValues = z.output<typeof bookingSchema>;

/** Why the warnings are overridden: kept on the appointment (the API wants 3 to 500 characters). */
export const overrideReasonSchema = z
  .string()
  .trim()
  .min(3, 'Say why it should go ahead (at least 3 characters)')
  .max(500, 'At most 500 characters');
