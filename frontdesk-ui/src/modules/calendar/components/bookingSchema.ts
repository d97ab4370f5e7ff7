import { z } from 'zod';
import { MAX_VISITS } from './recurrence';

/**
 * The booking form. Date and time are the facility's wall clock ("2031-03-04", "09:30"), turned
 * into an instant only when sent. Limits mirror the API's input validation (5 to 480 minutes, an
 * https video link); the API stays the authority on everything else (conflicts, warnings).
 */
export const bookingSchema = z
  .object({
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
    /** A series: how often, and when it stops (after a number of visits or on a date). */
    repeats: z.enum(['NONE', 'WEEKLY', 'EVERY_TWO_WEEKS', 'MONTHLY_BY_WEEKDAY']),
    endsBy: z.enum(['count', 'until']),
    count: z.string().trim(),
    until: z.string(),
  })
  // The end of a series is checked only when it repeats, so a one-off booking never trips on it.
  .superRefine((values, context) => {
    if (values.repeats === 'NONE') return;
    if (values.endsBy === 'count') {
      const count = Number(values.count);
      if (!/^\d+$/.test(values.count) || count < 2 || count > MAX_VISITS) {
        context.addIssue({ code: 'custom', path: ['count'], message: `From 2 to ${MAX_VISITS} visits` });
      }
    } else if (!/^\d{4}-\d{2}-\d{2}$/.test(values.until)) {
      context.addIssue({ code: 'custom', path: ['until'], message: 'Enter the date of the last visit' });
    } else if (values.until <= values.date) {
      context.addIssue({ code: 'custom', path: ['until'], message: 'Pick a date after the first visit' });
    }
  });

export type BookingFormInput = z.input<typeof bookingSchema>;
export type BookingFormValues = z.output<typeof bookingSchema>;

/** Why the warnings are overridden: kept on the appointment (the API wants 3 to 500 characters). */
export const overrideReasonSchema = z
  .string()
  .trim()
  .min(3, 'Say why it should go ahead (at least 3 characters)')
  .max(500, 'At most 500 characters');
