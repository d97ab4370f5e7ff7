import { isSealed, seal, unseal } from './sealed-secret';

process.env.HANDOFF_SEAL_KEY ??= Buffer.alloc(32, 7).toString('base64');

describe('sealed secrets', () => {
  it('seal and unseal round-trip, and the sealed text does not contain the secret', () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const sealed = seal(secret);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain(secret);
    expect(unseal(sealed)).toBe(secret);
  });

  it('sealing the same secret twice gives two different texts (a fresh IV each time)', () => {
    expect(seal('same')).not.toBe(seal('same'));
  });

  it('an altered sealed value does not open', () => {
    const sealed = seal('JBSWY3DPEHPK3PXP');
    const body = Buffer.from(sealed.slice('sealed:v1:'.length), 'base64');
    body.writeUInt8(body.readUInt8(body.length - 1) ^ 1, body.length - 1);
    expect(() => unseal(`sealed:v1:${body.toString('base64')}`)).toThrow();
  });

  it('a value stored before sealing existed is read as it is', () => {
    expect(unseal('JBSWY3DPEHPK3PXP')).toBe('JBSWY3DPEHPK3PXP');
  });
});
