/**
 * Session lifetimes (security.md SESS-03; ASVS 7.3.1-7.3.2): idle 15 minutes and absolute
 * 12 hours by default. Inactivity is measured on the server from the last request.
 */
export interface SessionPolicy {
  idleSeconds: number;
  absoluteSeconds: number;
}

export function sessionPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): SessionPolicy {
  const idleMinutes = Number(env.SESSION_IDLE_MINUTES ?? 15);
  const absoluteHours = Number(env.SESSION_ABSOLUTE_HOURS ?? 12);
  return { idleSeconds: Math.round(idleMinutes * 60), absoluteSeconds: Math.round(absoluteHours * 3600) };
}

/** Lockout (security.md LOCK-01, simplified): 5 failures within 15 minutes pause sign-in for 15 minutes. */
export const LOCKOUT = { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 } as const;
