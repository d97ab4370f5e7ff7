import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../../platform/audit/audit-event.entity';
import { appendAuditEntries } from '../../platform/audit/audit-log';
import type { Viewer } from '../../platform/context/request-context';
import { IdentityErrorCode, SIGN_IN_FAILED_MESSAGE, identityError } from './identity.errors';
import { verifyAgainstDummy, verifyPassword } from './password';
import { LOCKOUT } from './session-policy';
import type { SessionService } from './session.service';

interface Attempt {
  email: string;
  password: string;
  ip: string | null;
  requestId: string;
}

interface Candidate {
  id: string;
  practice_id: string;
  password_hash: string;
  active: boolean;
}

/**
 * Sign-in: throttled per email address (known or not), constant answer, audited either way.
 * `em` must be unscoped (filters off): the practice is not known until the user is found.
 */
export class LoginService {
  constructor(private readonly sessions: SessionService) {}

  async login(em: EntityManager, attempt: Attempt): Promise<{ viewer: Viewer; token: string }> {
    const email = attempt.email.trim().toLowerCase();
    const emailHash = createHash('sha256').update(email).digest('hex');
    const connection = em.getConnection();

    const [lock] = await connection.execute<{ locked: boolean }[]>(
      'select locked_until > now() as locked from login_throttle where email_hash = ?',
      [emailHash],
    );
    const [user] = await connection.execute<Candidate[]>(
      'select id, practice_id, password_hash, active from app_user where email = ?',
      [email],
    );
    // Always spend one argon2 verification, so timing does not tell locked, unknown and wrong apart.
    const passwordOk = user
      ? await verifyPassword(user.password_hash, attempt.password)
      : await verifyAgainstDummy(attempt.password);

    if (!user || !passwordOk || !user.active || lock?.locked) {
      await this.recordFailure(em, emailHash, user, attempt);
      throw identityError(IdentityErrorCode.SIGN_IN_FAILED, SIGN_IN_FAILED_MESSAGE);
    }

    await connection.execute('delete from login_throttle where email_hash = ?', [emailHash]);
    const { token } = await this.sessions.create(em, user.id, user.practice_id, attempt.ip);
    const viewer = await this.sessions.resolve(em, token);
    if (!viewer) throw identityError(IdentityErrorCode.SIGN_IN_FAILED, SIGN_IN_FAILED_MESSAGE);
    await connection.execute('update app_user set last_login_at = now() where id = ?', [user.id]);
    await appendAuditEntries(em, [
      {
        practiceId: viewer.practiceId,
        action: AuditAction.LOGIN,
        actorUserId: viewer.userId,
        actorName: viewer.displayName,
        actorRoles: viewer.roles,
        ip: attempt.ip,
        requestId: attempt.requestId,
      },
    ]);
    return { viewer, token };
  }

  /** Counts the failure (atomically, so parallel guesses all count) and locks after too many. */
  private async recordFailure(em: EntityManager, emailHash: string, user: Candidate | undefined, attempt: Attempt) {
    await em.getConnection().execute(
      `insert into login_throttle (email_hash, failure_count, window_started_at, locked_until)
       values (?, 1, now(), null)
       on conflict (email_hash) do update set
         failure_count = case when login_throttle.window_started_at < now() - make_interval(secs => ?)
                              then 1 else login_throttle.failure_count + 1 end,
         window_started_at = case when login_throttle.window_started_at < now() - make_interval(secs => ?)
                                  then now() else login_throttle.window_started_at end,
         locked_until = case when login_throttle.locked_until > now() then login_throttle.locked_until
                             when login_throttle.window_started_at >= now() - make_interval(secs => ?)
                                  and login_throttle.failure_count + 1 >= ?
                             then now() + make_interval(secs => ?) else null end`,
      [
        emailHash,
        LOCKOUT.windowSeconds,
        LOCKOUT.windowSeconds,
        LOCKOUT.windowSeconds,
        LOCKOUT.maxFailures,
        LOCKOUT.lockSeconds,
      ],
    );
    await appendAuditEntries(em, [
      {
        practiceId: user?.practice_id ?? null,
        action: AuditAction.LOGIN_FAILED,
        actorUserId: user?.id ?? null,
        // The attempted address is not stored (it may not be anyone's); its hash links repeated tries.
        entityType: 'LoginAttempt',
        entityId: emailHash.slice(0, 16),
        ip: attempt.ip,
        requestId: attempt.requestId,
      },
    ]);
  }
}
