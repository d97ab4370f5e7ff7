import type { Request, Response } from 'express';
import type { CookieJar } from '../platform/context/request-context';

/**
 * The session cookie: httpOnly (no script can read it), SameSite=Strict (not sent on cross-site
 * requests) and, in production, Secure with the `__Host-` prefix (ASVS 3.3.1-3.3.4).
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-handoff_session' : 'handoff_session';
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return decodeURIComponent(part.slice(index + 1).trim());
  }
  return undefined;
}

export function cookieJar(res: Response, secure: boolean): CookieJar {
  const name = sessionCookieName(secure);
  const base = { httpOnly: true, sameSite: 'strict' as const, secure, path: '/' };
  return {
    setSession: (token, expiresAt) => res.cookie(name, token, { ...base, expires: expiresAt }),
    clearSession: () => res.clearCookie(name, base),
  };
}

export function sessionTokenFrom(req: Pick<Request, 'headers'>, secure: boolean): string | undefined {
  return readCookie(req.headers.cookie, sessionCookieName(secure));
}
