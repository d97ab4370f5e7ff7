import {
  base32Decode,
  base32Encode,
  generateTotpSecret,
  hotp,
  otpauthUri,
  totpCode,
  totpStep,
  verifyTotp,
} from './totp';

/** RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890". */
const RFC_SEED = Buffer.from('12345678901234567890', 'ascii');
const RFC_SEED_BASE32 = base32Encode(RFC_SEED);

const RFC_6238_SHA1_VECTORS: [unixSeconds: number, step: number, code: string][] = [
  [59, 0x1, '94287082'],
  [1111111109, 0x23523ec, '07081804'],
  [1111111111, 0x23523ed, '14050471'],
  [1234567890, 0x273ef07, '89005924'],
  [2000000000, 0x3f940aa, '69279037'],
  [20000000000, 0x27bc86aa, '65353130'],
];

describe('RFC 6238 test vectors (SHA-1)', () => {
  it.each(RFC_6238_SHA1_VECTORS)('at %i s the step is %i and the 8-digit code %s', (seconds, step, code) => {
    expect(totpStep(seconds * 1000)).toBe(step);
    expect(hotp(RFC_SEED, step, 8)).toBe(code);
    expect(totpCode(RFC_SEED_BASE32, seconds * 1000, 8)).toBe(code);
  });

  it.each(RFC_6238_SHA1_VECTORS)(
    'at %i s the 6-digit code is the last six digits of the vector',
    (seconds, _s, code) => {
      expect(totpCode(RFC_SEED_BASE32, seconds * 1000)).toBe(code.slice(2));
    },
  );
});

describe('RFC 4226 HOTP test vectors', () => {
  const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
  it.each(expected.map((code, counter) => [counter, code]))('counter %i gives %s', (counter, code) => {
    expect(hotp(RFC_SEED, counter as number)).toBe(code);
  });
});

describe('verifyTotp', () => {
  const now = 1111111111 * 1000;
  const stepNow = totpStep(now);

  it('accepts the current code and says which step it matched', () => {
    expect(verifyTotp(RFC_SEED_BASE32, '050471', now)).toEqual({ ok: true, step: stepNow });
  });

  it('accepts one step of skew either way, not two', () => {
    expect(verifyTotp(RFC_SEED_BASE32, totpCode(RFC_SEED_BASE32, now - 30_000), now)).toEqual({
      ok: true,
      step: stepNow - 1,
    });
    expect(verifyTotp(RFC_SEED_BASE32, totpCode(RFC_SEED_BASE32, now + 30_000), now)).toEqual({
      ok: true,
      step: stepNow + 1,
    });
    expect(verifyTotp(RFC_SEED_BASE32, totpCode(RFC_SEED_BASE32, now - 60_000), now)).toEqual({
      ok: false,
      reason: 'INVALID',
    });
    expect(verifyTotp(RFC_SEED_BASE32, totpCode(RFC_SEED_BASE32, now + 60_000), now)).toEqual({
      ok: false,
      reason: 'INVALID',
    });
  });

  it('refuses a code of a step already used, and an older one (replay)', () => {
    expect(verifyTotp(RFC_SEED_BASE32, '050471', now, stepNow)).toEqual({ ok: false, reason: 'REPLAYED' });
    const previous = totpCode(RFC_SEED_BASE32, now - 30_000);
    expect(verifyTotp(RFC_SEED_BASE32, previous, now, stepNow)).toEqual({ ok: false, reason: 'REPLAYED' });
    const next = totpCode(RFC_SEED_BASE32, now + 30_000);
    expect(verifyTotp(RFC_SEED_BASE32, next, now, stepNow)).toEqual({ ok: true, step: stepNow + 1 });
  });

  it('refuses wrong and malformed codes', () => {
    expect(verifyTotp(RFC_SEED_BASE32, '000000', now)).toEqual({ ok: false, reason: 'INVALID' });
    expect(verifyTotp(RFC_SEED_BASE32, '05047', now)).toEqual({ ok: false, reason: 'INVALID' });
    expect(verifyTotp(RFC_SEED_BASE32, 'abcdef', now)).toEqual({ ok: false, reason: 'INVALID' });
    expect(verifyTotp(RFC_SEED_BASE32, '14050471', now)).toEqual({ ok: false, reason: 'INVALID' });
  });

  it('ignores spaces typed inside the code', () => {
    expect(verifyTotp(RFC_SEED_BASE32, '050 471', now).ok).toBe(true);
  });
});

describe('secrets and provisioning', () => {
  it('generates distinct 160-bit secrets that round-trip through base32', () => {
    const a = generateTotpSecret();
    const b = generateTotpSecret();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(a)).toHaveLength(20);
    expect(base32Encode(base32Decode(a))).toBe(a);
  });

  it('encodes the RFC 4648 examples', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW6YTBOI').toString()).toBe('foobar');
  });

  it('builds an otpauth URI with issuer, algorithm, digits and period', () => {
    const uri = otpauthUri('JBSWY3DPEHPK3PXP', 'Handoff', 'dana@example.com');
    expect(uri).toBe(
      'otpauth://totp/Handoff%3Adana%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Handoff&algorithm=SHA1&digits=6&period=30',
    );
  });
});
