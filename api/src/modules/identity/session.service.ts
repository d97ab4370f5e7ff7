import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/context/request-context';
import { pgArray, preparedStatement } from '../../platform/db/sql';
import { Role } from '../../platform/permissions/role';
import { careRelationshipsSql, type CareRelationship } from './access.service';
import type { SessionPolicy } from './session-policy';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface SessionRow {
  user_id: string;
  practice_id: string;
  expires_at: Date;
  email: string;
  staff_member_id: string | null;
  patient_id: string | null;
  roles: Role[] | null;
  staff_name: string | null;
  patient_name: string | null;
  /** `[patient id, emergency]` pairs; only for clinicians, and only when asked for. */
  care_relationships?: [string, boolean][] | null;
}

export interface ResolvedSession {
  viewer: Viewer;
  /** A clinician's care relationships (empty for other roles), read in the same statement. */
  careRelationships: CareRelationship[];
}

/**
 * The live session's viewer, checking idle and absolute expiry. Activity is written at most every
 * 15 s: a screen's burst of requests costs one write, not one each (the idle timeout is minutes,
 * so 15 s of precision changes nothing a user notices). `extraColumns` may read `live`, `u`, `sm`.
 */
function sessionSql(extraColumns = ''): string {
  return `with live as (
       select user_id, practice_id, expires_at from session
        where token_hash = ? and revoked_at is null and expires_at > now()
          and last_seen_at > now() - make_interval(secs => ?)
     ), touched as (
       update session set last_seen_at = now()
        where token_hash = ? and last_seen_at < now() - interval '15 seconds' and exists (select 1 from live)
     )
     select live.user_id, live.practice_id, live.expires_at, u.email, u.staff_member_id, u.patient_id,
            sm.roles, sm.first_name || ' ' || sm.last_name as staff_name,
            coalesce(p.preferred_name, p.legal_first_name) || ' ' || p.legal_last_name as patient_name
            ${extraColumns}
       from live
       join app_user u on u.id = live.user_id and u.active
       left join staff_member sm on sm.id = u.staff_member_id and sm.active
       left join patient p on p.id = u.patient_id`;
}

const SESSION_SQL = sessionSql();
const SESSION_WITH_RELATIONSHIPS_SQL = sessionSql(`,
  case when '${Role.CLINICIAN}' = any(sm.roles) then (
    select json_agg(json_build_array(r.patient_id, r.emergency))
      from (${careRelationshipsSql('live.practice_id', 'sm.id')}) r
  ) end as care_relationships`);

/**
 * Server-side sessions in PostgreSQL (any API instance can serve any request). Each request
 * checks idle and absolute expiry and records activity (at most every 15 s) in one statement.
 */
export class SessionService {
  constructor(private readonly policy: SessionPolicy) {}

  /** Creates a session and returns the secret token for the cookie (256 bits, CSPRNG). */
  async create(em: EntityManager, userId: string, practiceId: string, ip: string | null) {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.policy.absoluteSeconds * 1000);
    await em
      .getConnection()
      .execute(
        'insert into session (token_hash, user_id, practice_id, created_at, last_seen_at, expires_at, ip) values (?, ?, ?, now(), now(), ?, ?)',
        [hashToken(token), userId, practiceId, expiresAt, ip],
      );
    return { token, expiresAt };
  }

  /** The viewer of a live session, or null when it is unknown, revoked, idle too long or past its end. */
  async resolve(em: EntityManager, token: string): Promise<Viewer | null> {
    return (await this.lookup(em, token, SESSION_SQL))?.viewer ?? null;
  }

  /**
   * The viewer of a live session and, for a clinician, their care relationships: one statement,
   * as every GraphQL request needs both before it can decide anything (a round trip fewer each).
   */
  resolveWithRelationships(em: EntityManager, token: string): Promise<ResolvedSession | null> {
    return this.lookup(em, token, SESSION_WITH_RELATIONSHIPS_SQL);
  }

  private async lookup(em: EntityManager, token: string, sql: string): Promise<ResolvedSession | null> {
    const tokenHash = hashToken(token);
    // Prepared: every request runs it, and planning it cost more than running it.
    const rows = await preparedStatement<SessionRow>(em, 'session', sql, [
      tokenHash,
      this.policy.idleSeconds,
      tokenHash,
    ]);
    const row = rows[0];
    if (!row) return null;
    const roles = row.patient_id ? [Role.PATIENT] : (row.roles ?? []);
    if (roles.length === 0) return null;
    return {
      viewer: {
        userId: row.user_id,
        practiceId: row.practice_id,
        email: row.email,
        roles,
        staffMemberId: row.staff_member_id ?? undefined,
        patientId: row.patient_id ?? undefined,
        displayName: row.staff_name ?? row.patient_name ?? row.email,
        sessionTokenHash: tokenHash,
        sessionExpiresAt: new Date(row.expires_at),
      },
      careRelationships: (row.care_relationships ?? []).map(([patientId, emergency]) => ({ patientId, emergency })),
    };
  }

  /** Whether a session is still live, without counting as activity (subscription events are not activity). */
  async isAlive(em: EntityManager, tokenHash: string): Promise<boolean> {
    return (await this.liveAmong(em, [tokenHash])).has(tokenHash);
  }

  /**
   * Which of these sessions are still live, in one statement (a live calendar group checks its
   * members together), without counting as activity.
   */
  async liveAmong(em: EntityManager, tokenHashes: readonly string[]): Promise<Set<string>> {
    if (tokenHashes.length === 0) return new Set();
    const rows = await em.getConnection().execute<{ token_hash: string }[]>(
      `select token_hash from session
        where token_hash = any(?::text[]) and revoked_at is null and expires_at > now()
          and last_seen_at > now() - make_interval(secs => ?)`,
      [pgArray(tokenHashes), this.policy.idleSeconds],
    );
    return new Set(rows.map((row) => row.token_hash));
  }

  async revoke(em: EntityManager, tokenHash: string): Promise<void> {
    await em
      .getConnection()
      .execute('update session set revoked_at = now() where token_hash = ? and revoked_at is null', [tokenHash]);
  }
}
