import { z } from 'zod';

/**
 * Number fields of the settings forms. Mantine's NumberInput hands back a number, or '' when
 * cleared (and a string while someone is mid-typing "1."), so each field takes either and checks
 * it here, with the same limits the API enforces.
 */
export function wholeNumber(what: string, min: number, max: number) {
  return z
    .union([z.number(), z.string()])
    .refine((value) => String(value).trim() !== '', `Enter ${what}`)
    .transform(Number)
    .pipe(
      z
        .number({ error: `Enter ${what}` })
        .int('Whole numbers only')
        .min(min, `At least ${min}`)
        .max(max, `At most ${max}`),
    );
}

/** Dollars as typed ("45" or "45.50") → whole cents, as the API stores money. */
export function dollarsToCents(what: string, maxDollars: number) {
  return z
    .union([z.number(), z.string()])
    .refine((value) => String(value).trim() !== '', `Enter ${what} ($0 for none)`)
    .transform(Number)
    .pipe(
      z
        .number({ error: `Enter ${what}` })
        .min(0, 'Cannot be negative')
        .max(maxDollars, `At most $${maxDollars.toLocaleString('en-US')}`),
    )
    .transform((dollars) => Math.round(dollars * 100));
}

/** "HH:MM" on a 24-hour clock, as the API's working hours take it. */
export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
