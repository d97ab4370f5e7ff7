import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/context/request-context';
import { isSealed, seal, unseal } from '../../platform/crypto/sealed-secret';
import { domainErrors } from '../../platform/errors/domain-error';
import { logger } from '../../platform/logger';
import { StaffMember } from './staff-member.entity';
import { generateTotpSecret, otpauthUri, verifyTotp } from './totp';

export enum TotpErrorCode {
  STAFF_ONLY = 'STAFF_ONLY',
  TOTP_NO_PENDING_ENROLLMENT = 'TOTP_NO_PENDING_ENROLLMENT',
  TOTP_CURRENT_CODE_REQUIRED = 'TOTP_CURRENT_CODE_REQUIRED',
  TOTP_CODE_INVALID = 'TOTP_CODE_INVALID',
  TOTP_CODE_REPLAYED = 'TOTP_CODE_REPLAYED',
}

export const totpError = domainErrors<TotpErrorCode>({
  [TotpErrorCode.STAFF_ONLY]: 'FORBIDDEN',
  [TotpErrorCode.TOTP_NO_PENDING_ENROLLMENT]: 'BAD_USER_INPUT',
  [TotpErrorCode.TOTP_CURRENT_CODE_REQUIRED]: 'BAD_USER_INPUT',
  [TotpErrorCode.TOTP_CODE_INVALID]: 'BAD_USER_INPUT',
  [TotpErrorCode.TOTP_CODE_REPLAYED]: 'BAD_USER_INPUT',
});

/** What checking a second-factor code found; callers turn it into their own typed error. */
export type SecondFactorResult = 'ACCEPTED' | 'NOT_ENROLLED' | 'INVALID' | 'REPLAYED';

const ISSUER = 'Handoff';

/**
 * The plain secret, or null when it cannot be opened (the sealing key was replaced): the factor is
 * then as good as not enrolled, and the staff member sets up the authenticator again.
 */
function openSecret(stored: string): string | null {
  try {
    return unseal(stored);
  } catch {
    logger.warn('an authenticator secret could not be opened: sealing key changed?');
    return null;
  }
}

/**
 * The staff TOTP factor: enrol (a pending secret), confirm with a first code (it becomes the active one),
 * and consume a code at a sensitive step such as signing a controlled-substance prescription.
 *
 * Every accepted code moves the stored last-used time step forward in one conditional UPDATE, so the same
 * code can never be accepted twice, even by two requests racing (ASVS 6.5.1, security.md MFA-02).
 * Secrets are stored sealed (platform/crypto/sealed-secret.ts: AES-256-GCM under a key outside the
 * database), opened only to check a code.
 */
export class TotpFactorService {
  /**
   * Starts (or restarts) enrolment. Replacing an active factor needs a current code from it, so a hijacked
   * session alone cannot swap in the attacker's authenticator (security.md MFA-02).
   */
  async enroll(
    em: EntityManager,
    viewer: Viewer,
    currentCode: string | null | undefined,
  ): Promise<{ secret: string; otpauthUri: string }> {
    const staff = await this.staffOf(em, viewer);
    if (staff.totpSecret) {
      if (!currentCode) {
        throw totpError(
          TotpErrorCode.TOTP_CURRENT_CODE_REQUIRED,
          'An authenticator is already set up: enter a code from it to replace it.',
          'currentCode',
        );
      }
      this.throwUnlessAccepted(await this.consumeCode(em, staff.id, currentCode), 'currentCode');
    }
    const secret = generateTotpSecret();
    staff.totpPendingSecret = seal(secret);
    await em.flush();
    return { secret, otpauthUri: otpauthUri(secret, ISSUER, viewer.email) };
  }

  /** Activates the pending secret once the authenticator proves it holds it. */
  async confirm(em: EntityManager, viewer: Viewer, code: string, now = Date.now()): Promise<Date> {
    const staff = await this.staffOf(em, viewer);
    if (!staff.totpPendingSecret) {
      throw totpError(TotpErrorCode.TOTP_NO_PENDING_ENROLLMENT, 'Start the authenticator set-up first.');
    }
    const pending = openSecret(staff.totpPendingSecret);
    if (!pending) throw totpError(TotpErrorCode.TOTP_NO_PENDING_ENROLLMENT, 'Start the authenticator set-up first.');
    const match = verifyTotp(pending, code, now, null);
    if (!match.ok)
      throw totpError(TotpErrorCode.TOTP_CODE_INVALID, 'That code is not correct. Try the next one.', 'code');
    staff.totpSecret = seal(pending);
    staff.totpPendingSecret = null;
    staff.totpEnabledAt = new Date(now);
    // The confirming code is spent: it cannot also sign a prescription.
    staff.totpLastUsedStep = match.step;
    await em.flush();
    return staff.totpEnabledAt;
  }

  /**
   * Checks a code of the staff member's active factor and, when it is good, spends it. Runs in the caller's
   * transaction when there is one, so a refused signing does not spend the code.
   */
  async consumeCode(
    em: EntityManager,
    staffMemberId: string,
    code: string,
    now = Date.now(),
  ): Promise<SecondFactorResult> {
    const connection = em.getConnection();
    const transaction = em.getTransactionContext();
    const [row] = await connection.execute<{ totp_secret: string | null; totp_last_used_step: number | null }[]>(
      'select totp_secret, totp_last_used_step from staff_member where id = ?',
      [staffMemberId],
      'all',
      transaction,
    );
    const secret = row?.totp_secret ? openSecret(row.totp_secret) : null;
    if (!secret) return 'NOT_ENROLLED';
    const match = verifyTotp(secret, code, now, row!.totp_last_used_step);
    if (!match.ok) return match.reason;
    const result = await connection.execute<{ affectedRows: number }>(
      `update staff_member set totp_last_used_step = ?
        where id = ? and (totp_last_used_step is null or totp_last_used_step < ?)`,
      [match.step, staffMemberId, match.step],
      'run',
      transaction,
    );
    return result.affectedRows === 1 ? 'ACCEPTED' : 'REPLAYED';
  }

  /**
   * Seals secrets stored before sealing existed (start-up, after migrations): a database dump holds
   * no plain seed from then on. Returns how many were sealed.
   */
  async sealLegacySecrets(em: EntityManager): Promise<number> {
    const connection = em.getConnection();
    const rows = await connection.execute<
      { id: string; totp_secret: string | null; totp_pending_secret: string | null }[]
    >(
      `select id, totp_secret, totp_pending_secret from staff_member
        where totp_secret not like 'sealed:%' or totp_pending_secret not like 'sealed:%'`,
    );
    const sealed = (value: string | null) => (value === null || isSealed(value) ? value : seal(value));
    for (const row of rows) {
      await connection.execute('update staff_member set totp_secret = ?, totp_pending_secret = ? where id = ?', [
        sealed(row.totp_secret),
        sealed(row.totp_pending_secret),
        row.id,
      ]);
    }
    return rows.length;
  }

  private throwUnlessAccepted(result: SecondFactorResult, field: string): void {
    if (result === 'REPLAYED') {
      throw totpError(TotpErrorCode.TOTP_CODE_REPLAYED, 'That code was already used. Wait for the next one.', field);
    }
    if (result !== 'ACCEPTED') {
      throw totpError(TotpErrorCode.TOTP_CODE_INVALID, 'That code is not correct. Try the next one.', field);
    }
  }

  private async staffOf(em: EntityManager, viewer: Viewer): Promise<StaffMember> {
    const staff = viewer.staffMemberId
      ? await em.findOne(StaffMember, { id: viewer.staffMemberId }, { populate: ['totpSecret', 'totpPendingSecret'] })
      : null;
    if (!staff) throw totpError(TotpErrorCode.STAFF_ONLY, 'Only staff sign-ins have an authenticator here.');
    return staff;
  }
}

export const totpFactorService = new TotpFactorService();
