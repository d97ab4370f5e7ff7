import type { IncomingMessage, ServerResponse } from 'node:http';
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

function serializeCookie(name: string, value: string, expires: Date, secure: boolean): string {
  const attributes = ['Path=/', `Expires=${expires.toUTCString()}`, 'HttpOnly', ...(secure ? ['Secure'] : [])];
  return [`${name}=${encodeURIComponent(value)}`, ...attributes, 'SameSite=Strict'].join('; ');
}

function appendSetCookie(res: ServerResponse, cookie: string): void {
  const previous = res.getHeader('set-cookie');
  const cookies = previous === undefined ? [] : Array.isArray(previous) ? previous : [String(previous)];
  res.setHeader('set-cookie', [...cookies, cookie]);
}

export function cookieJar(res: ServerResponse, secure: boolean): CookieJar {
  const name = sessionCookieName(secure);
  return {
    setSession: (token, expiresAt) => appendSetCookie(res, serializeCookie(name, token, expiresAt, secure)),
    clearSession: () => appendSetCookie(res, serializeCookie(name, '', new Date(0), secure)),
  };
}

export function sessionTokenFrom(req: Pick<IncomingMessage, 'headers'>, secure: boolean): string | undefined {
  return readCookie(req.headers.cookie, sessionCookieName(secure));
}
