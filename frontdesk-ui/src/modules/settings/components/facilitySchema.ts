import { z } from 'zod';
import { zoneName } from '../../calendar/components/facilityTime';

/** A facility as the manager edits it. Patterns mirror FacilityInput's validation in the API. */
export const facilitySchema = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(100, 'At most 100 characters'),
  addressLine1: z.string().trim().min(1, 'Enter the street address').max(200, 'At most 200 characters'),
  city: z.string().trim().min(1, 'Enter the city').max(100, 'At most 100 characters'),
  state: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Two letters, e.g. TX'),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}(-\d{4})?$/, 'A ZIP code: 78704 or 78704-1234'),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ().-]{7,20}$/, 'A phone number, e.g. (512) 555-0100'),
  timeZone: z.string().refine(isTimeZone, 'Choose the time zone'),
  placeOfServiceCode: z.string().regex(/^\d{2}$/, 'Two digits, e.g. 11'),
});

export type FacilityFormValues = z.infer<typeof facilitySchema>;

export const NEW_FACILITY: FacilityFormValues = {
  name: '',
  addressLine1: '',
  city: '',
  state: '',
  postalCode: '',
  phone: '',
  timeZone: 'America/Chicago',
  placeOfServiceCode: '11',
};

function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** US zones first (the practice's), then every zone the browser knows, for a practice elsewhere. */
const US_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
];

export function timeZoneOptions(current: string): { value: string; label: string }[] {
  const rest = Intl.supportedValuesOf('timeZone').filter((zone) => !US_ZONES.includes(zone));
  const zones = [...US_ZONES, ...rest];
  if (current && !zones.includes(current)) zones.unshift(current);
  // The US zones with the name people say ("America/Chicago · Central Time"); the rest as IANA names.
  return zones.map((zone) => ({ value: zone, label: US_ZONES.includes(zone) ? `${zone} · ${zoneName(zone)}` : zone }));
}

/** CMS place-of-service codes a behavioral-health practice uses (the claim's box 24B). */
export const PLACE_OF_SERVICE_CODES: readonly { value: string; label: string }[] = [
  { value: '11', label: '11 · Office' },
  { value: '02', label: '02 · Telehealth, not in patient’s home' },
  { value: '10', label: '10 · Telehealth in patient’s home' },
  { value: '53', label: '53 · Community mental health center' },
  { value: '22', label: '22 · Outpatient hospital' },
  { value: '03', label: '03 · School' },
  { value: '12', label: '12 · Home' },
  { value: '99', label: '99 · Other place of service' },
];

export function placeOfServiceOptions(current: string): { value: string; label: string }[] {
  return current && !PLACE_OF_SERVICE_CODES.some((code) => code.value === current)
    ? [{ value: current, label: current }, ...PLACE_OF_SERVICE_CODES]
    : [...PLACE_OF_SERVICE_CODES];
}

export function placeOfServiceLabel(code: string): string {
  return PLACE_OF_SERVICE_CODES.find((c) => c.value === code)?.label ?? code;
}
