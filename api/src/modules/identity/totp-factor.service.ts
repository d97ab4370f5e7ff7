import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/context/request-context';
import { domainErrors } from '../../platform/errors/domain-error';
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
 * The staff TOTP factor: enrol (a pending secret), confirm with a first code (it becomes the active one),
 * and consume a code at a sensitive step such as signing a controlled-substance prescription.
 *
 * Every accepted code moves the stored last-used time step forward in one conditional UPDATE, so the same
 * code can never be accepted twice, even by two requests racing (ASVS 6.5.1, security.md MFA-02).
 * The secret is stored in plain text in staff_member.totp_secret: encryption with a KMS key (MFA-02) is
 * not done yet.
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
    staff.totpPendingSecret = secret;
    await em.flush();
    return { secret, otpauthUri: otpauthUri(secret, ISSUER, viewer.email) };
  }

  /** Activates the pending secret once the authenticator proves it holds it. */
  async confirm(em: EntityManager, viewer: Viewer, code: string, now = Date.now()): Promise<Date> {
    const staff = await this.staffOf(em, viewer);
    if (!staff.totpPendingSecret) {
      throw totpError(TotpErrorCode.TOTP_NO_PENDING_ENROLLMENT, 'Start the authenticator set-up first.');
    }
    const match = verifyTotp(staff.totpPendingSecret, code, now, null);
    if (!match.ok)
      throw totpError(TotpErrorCode.TOTP_CODE_INVALID, 'That code is not correct. Try the next one.', 'code');
    staff.totpSecret = staff.totpPendingSecret;
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
    if (!row?.totp_secret) return 'NOT_ENROLLED';
    const match = verifyTotp(row.totp_secret, code, now, row.totp_last_used_step);
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
