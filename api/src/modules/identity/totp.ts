/**
 * Time-based one-time passwords, RFC 6238 over HOTP (RFC 4226): HMAC-SHA-1, 6 digits, 30-second steps,
 * one step of clock skew either way (security.md MFA-01). Pure: the time is passed in, so verification is
 * testable against the RFC's own vectors.
 *
 * Replay protection is the caller's: a match returns the time step it matched, the caller stores the last
 * step it accepted, and any code of that step or an earlier one is refused (ASVS 6.5.1: codes work once).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps of clock skew accepted on each side of now. */
export const TOTP_SKEW_STEPS = 1;
/** 160 bits: the HMAC-SHA-1 block the RFC's own SHA-1 vectors use, and RFC 4226's recommended length. */
const SECRET_BYTES = 20;

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding: the form authenticator apps read from an otpauth:// URI. */
export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let output = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      output += BASE32_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) output += BASE32_ALPHABET[(value << (5 - bits)) & 31];
  return output;
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const character of clean) {
    const index = BASE32_ALPHABET.indexOf(character);
    if (index < 0) throw new RangeError('Not a base32 string.');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** A new shared secret from the CSPRNG (ASVS 6.5.3), base32-encoded. */
export function generateTotpSecret(): string {
  return base32Encode(randomBytes(SECRET_BYTES));
}

/** HOTP (RFC 4226 §5.3): dynamic truncation of HMAC-SHA-1 over the 8-byte big-endian counter. */
export function hotp(secret: Buffer, counter: number, digits = TOTP_DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', secret).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(binary).padStart(digits, '0');
}

/** The RFC 6238 time step T = floor(unix seconds / 30). */
export function totpStep(atMs: number): number {
  return Math.floor(atMs / 1000 / TOTP_STEP_SECONDS);
}

export function totpCode(secretBase32: string, atMs: number, digits = TOTP_DIGITS): string {
  return hotp(base32Decode(secretBase32), totpStep(atMs), digits);
}

export type TotpMatch =
  { readonly ok: true; readonly step: number } | { readonly ok: false; readonly reason: 'INVALID' | 'REPLAYED' };

function sameCode(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Checks `code` against the steps now-1, now and now+1. A code that matches a step at or before
 * `lastUsedStep` is a replay: it was (or could have been) accepted already.
 */
export function verifyTotp(
  secretBase32: string,
  code: string,
  atMs: number,
  lastUsedStep: number | null = null,
): TotpMatch {
  const submitted = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(submitted)) return { ok: false, reason: 'INVALID' };
  const secret = base32Decode(secretBase32);
  const now = totpStep(atMs);
  // Every step is computed (no early return), so timing does not reveal which step matched.
  let matched: number | null = null;
  for (let step = now - TOTP_SKEW_STEPS; step <= now + TOTP_SKEW_STEPS; step++) {
    if (sameCode(hotp(secret, step), submitted) && matched === null) matched = step;
  }
  if (matched === null) return { ok: false, reason: 'INVALID' };
  if (lastUsedStep !== null && matched <= lastUsedStep) return { ok: false, reason: 'REPLAYED' };
  return { ok: true, step: matched };
}

/** The provisioning URI authenticator apps scan (Google Authenticator key-uri format). */
export function otpauthUri(secretBase32: string, issuer: string, accountName: string): string {
  const label = encodeURIComponent(`${issuer}:${accountName}`);
  const params = new URLSearchParams({
    secret: secretBase32,
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  });
  return `otpauth://totp/${label}?${params.toString()}`;
}
