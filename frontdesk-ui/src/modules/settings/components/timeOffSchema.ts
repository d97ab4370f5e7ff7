import { z } from 'zod';
import { HHMM } from './formFields';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Time off as the manager enters it: dates and times on a facility's clock, turned into instants
 * only when sent. "All day" covers whole days, first to last inclusive (a week's holiday is
 * Monday to Friday, not Monday to Saturday 00:00).
 */
export const timeOffSchema = z
  .object({
    providerId: z.string().min(1, 'Choose the clinician'),
    allDay: z.boolean(),
    fromDate: z.string().regex(DATE, 'Enter the first day'),
    fromTime: z.string(),
    toDate: z.string().regex(DATE, 'Enter the last day'),
    toTime: z.string(),
    reason: z.string().trim().max(200, 'At most 200 characters'),
  })
  .superRefine((value, ctx) => {
    if (!value.allDay) {
      if (!HHMM.test(value.fromTime)) ctx.addIssue({ code: 'custom', message: 'Enter a time', path: ['fromTime'] });
      if (!HHMM.test(value.toTime)) ctx.addIssue({ code: 'custom', message: 'Enter a time', path: ['toTime'] });
    }
    if (!DATE.test(value.fromDate) || !DATE.test(value.toDate)) return;
    // ISO dates and HH:MM compare in time order as text.
    if (
      value.allDay
        ? value.toDate < value.fromDate
        : `${value.toDate}T${value.toTime}` <= `${value.fromDate}T${value.fromTime}`
    ) {
      ctx.addIssue({
        code: 'custom',
        message: value.allDay ? 'The last day is before the first' : 'Must end after it starts',
        path: [value.allDay || value.toDate < value.fromDate ? 'toDate' : 'toTime'],
      });
    }
  });

export type TimeOffFormValues = z.infer<typeof timeOffSchema>;
