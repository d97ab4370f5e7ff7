import { z } from 'zod';
import { dollarsToCents, wholeNumber } from './formFields';

/**
 * The practice's financial policy and reminder timing. Money is typed in dollars and sent in
 * cents; limits mirror PracticeSettingsInput (a window and a lead time of at most a week, fees of
 * at most $1,000).
 */
export const practiceSettingsSchema = z.object({
  lateCancelWindowHours: wholeNumber('the window in hours', 0, 168),
  lateCancelFeeCents: dollarsToCents('the late-cancellation fee', 1000),
  noShowFeeCents: dollarsToCents('the no-show fee', 1000),
  reminderHoursBefore: wholeNumber('the hours before the visit', 1, 168),
});

export type PracticeSettingsFormInput = z.input<typeof practiceSettingsSchema>;
export type PracticeSettingsFormValues = z.output<typeof practiceSettingsSchema>;
