/**
 * Mirrors PDMP_CHECK_WINDOW_HOURS in the API (sign-prescription.ts): only the signer's own check within
 * it lets a controlled substance be signed. The API decides; this only says in advance what it will say.
 */
export const PDMP_CHECK_WINDOW_HOURS = 24;

export interface PdmpCheckLike {
  checkedById: string;
  checkedAt: string;
}

/** The viewer's newest PDMP check of the patient inside the window, if any. */
export function recentOwnPdmpCheck<T extends PdmpCheckLike>(
  checks: readonly T[],
  staffMemberId: string | null | undefined,
  now: number = Date.now(),
): T | undefined {
  if (!staffMemberId) return undefined;
  const since = now - PDMP_CHECK_WINDOW_HOURS * 3_600_000;
  return checks
    .filter((c) => c.checkedById === staffMemberId && Date.parse(c.checkedAt) >= since)
    .sort((a, b) => Date.parse(b.checkedAt) - Date.parse(a.checkedAt))[0];
}
