/** 5 → "5 h", 76 → "3 d 4 h": how long a note has waited since the session. */
export function formatHoursSince(hours: number): string {
  if (hours < 48) return `${hours} h`;
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return rest ? `${days} d ${rest} h` : `${days} d`;
}
