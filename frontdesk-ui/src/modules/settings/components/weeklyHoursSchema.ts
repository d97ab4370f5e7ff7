import { z } from 'zod';
import { HHMM } from './formFields';
import { WEEKDAYS } from './weekdays';

const blockSchema = z
  .object({
    startTime: z.string().regex(HHMM, 'Enter a start time'),
    endTime: z.string().regex(HHMM, 'Enter an end time'),
  })
  // "HH:MM" strings compare in time order.
  .refine((block) => !HHMM.test(block.startTime) || !HHMM.test(block.endTime) || block.endTime > block.startTime, {
    message: 'Must end after it starts',
    path: ['endTime'],
  });

const daySchema = z
  .object({ weekday: z.number().int().min(1).max(7), blocks: z.array(blockSchema).max(4, 'At most 4 blocks a day') })
  .superRefine((day, ctx) => {
    // The API refuses overlapping blocks in a day; say which one before it does.
    const order = day.blocks
      .map((block, index) => ({ ...block, index }))
      .sort((a, b) => a.startTime.localeCompare(b.startTime));
    order.forEach((block, i) => {
      const previous = order[i - 1];
      if (previous && previous.endTime > block.startTime) {
        ctx.addIssue({ code: 'custom', message: 'Overlaps another block', path: ['blocks', block.index, 'startTime'] });
      }
    });
  });

/** A clinician's week at one facility, one entry per weekday (Monday first), as the editor holds it. */
export const weeklyHoursSchema = z.object({ days: z.array(daySchema).length(7) }).transform(({ days }) => ({
  blocks: days.flatMap((day) => day.blocks.map((block) => ({ weekday: day.weekday, ...block }))),
}));

export type WeeklyHoursFormInput = z.input<typeof weeklyHoursSchema>;
export type WeeklyHoursFormValues = z.output<typeof weeklyHoursSchema>;

export interface HoursBlock {
  weekday: number;
  startTime: string;
  endTime: string;
}

/** Saved blocks → the editor's seven days. */
export function toWeek(blocks: readonly HoursBlock[]): WeeklyHoursFormInput {
  return {
    days: WEEKDAYS.map(({ weekday }) => ({
      weekday,
      blocks: blocks
        .filter((block) => block.weekday === weekday)
        .sort((a, b) => a.startTime.localeCompare(b.startTime))
        .map(({ startTime, endTime }) => ({ startTime, endTime })),
    })),
  };
}

/** Whether two weeks hold the same blocks (in any order within a day). */
export function sameWeek(a: WeeklyHoursFormInput, b: WeeklyHoursFormInput): boolean {
  const key = (week: WeeklyHoursFormInput) =>
    week.days
      .flatMap((day) => day.blocks.map((block) => `${day.weekday} ${block.startTime}-${block.endTime}`))
      .sort()
      .join();
  return key(a) === key(b);
}
