import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Secrets the server must read back (TOTP seeds) are stored sealed: AES-256-GCM under a key that
 * lives outside the database, so a dump or a backup of it holds no usable seed (security.md MFA-02,
 * test 18: "0 plaintext seeds"). GCM also makes a sealed value that was altered fail to open.
 *
 * The key: HANDOFF_SEAL_KEY (32 bytes, base64) as a deployment sets it from its secret store or
 * KMS; without it, a key file (HANDOFF_SEAL_KEY_FILE, default `.data/seal.key` beside the embedded
 * database), created with owner-only permissions on first use, so `npm start` and the tests need
 * nothing configured. Losing the key loses the seeds (staff re-enrol their authenticator).
 */
const PREFIX = 'sealed:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

let cachedKey: Buffer | null = null;

function keyFromText(text: string, source: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error(`${source} must be 32 bytes, base64-encoded`);
  return key;
}

function sealingKey(): Buffer {
  if (cachedKey) return cachedKey;
  const fromEnv = process.env.HANDOFF_SEAL_KEY;
  if (fromEnv) return (cachedKey = keyFromText(fromEnv, 'HANDOFF_SEAL_KEY'));
  const file =
    process.env.HANDOFF_SEAL_KEY_FILE ??
    resolve(process.env.HANDOFF_DATA_DIR ?? resolve(__dirname, '..', '..', '..', '..', '.data'), 'seal.key');
  try {
    return (cachedKey = keyFromText(readFileSync(file, 'utf8'), file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(file), { recursive: true });
  try {
    // `wx`: of two processes creating it at once, one writes and the other reads what it wrote.
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return (cachedKey = keyFromText(readFileSync(file, 'utf8'), file));
}

export function isSealed(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

/** `sealed:v1:` + base64(iv ‖ tag ‖ ciphertext). */
export function seal(plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/**
 * The plain secret. A value stored before sealing existed (no prefix) is returned as it is, so
 * those keep working until `sealLegacy…` at start-up seals them. Throws when the value was
 * altered or sealed under another key.
 */
export function unseal(stored: string): string {
  if (!isSealed(stored)) return stored;
  const raw = Buffer.from(stored.slice(PREFIX.length), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(), raw.subarray(0, IV_BYTES));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
