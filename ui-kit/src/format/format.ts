/** Pure formatters shared by the apps. No PHI is ever logged from here. */

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Integer cents → "$1,234.56" (negative amounts as "-$12.00"). */
export function formatCents(cents: number): string {
  return usd.format(cents / 100);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar date "YYYY-MM-DD" → "Mar 9, 1984". Parsed by hand, never through `Date`, so a
 * date of birth cannot shift by a day in a time zone west of UTC.
 */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return `${MONTHS[Number(month) - 1] ?? month} ${Number(day)}, ${year}`;
}

/** A timestamp (ISO 8601) → "Mar 9, 2026, 2:05 PM" in the browser's time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** Whole years between a "YYYY-MM-DD" birth date and today (local calendar). */
export function ageInYears(isoDate: string, today: Date = new Date()): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  let age = today.getFullYear() - year;
  const beforeBirthday = today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day);
  if (beforeBirthday) age -= 1;
  return age;
}

/** Seconds → "m:ss" for countdowns ("0:59"). */
export function formatCountdown(totalSeconds: number): string {
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** 900 → "15 minutes", 90 → "90 seconds". */
export function formatDuration(totalSeconds: number): string {
  if (totalSeconds % 60 === 0) {
    const minutes = totalSeconds / 60;
    return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  }
  return totalSeconds === 1 ? '1 second' : `${totalSeconds} seconds`;
}

/** ALL_CAPS enum value → "All caps" for display. */
export function humanizeEnum(value: string): string {
  const text = value.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Display name of a patient: "Last, First" with the preferred name in quotes when it differs. */
export function patientDisplayName(patient: { legalFirstName?: string | null; legalLastName?: string | null }): string {
  const last = patient.legalLastName ?? '';
  const first = patient.legalFirstName ?? '';
  if (last && first) return `${last}, ${first}`;
  return last || first || '—';
}
