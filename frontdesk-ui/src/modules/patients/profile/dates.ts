/** Today's calendar date on this computer, YYYY-MM-DD (the desk's own day, not UTC's). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
