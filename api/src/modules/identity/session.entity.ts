import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from './user.entity';

/**
 * A server-side session. The cookie holds a 256-bit random token; only its SHA-256 is stored,
 * so a database read does not yield usable sessions. Not practice-filtered: it is looked up
 * before the practice is known (and only by the hash of a secret).
 */
@Entity({ tableName: 'session' })
@Index({ properties: ['user'] })
export class Session {
  @PrimaryKey({ type: 'text' })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'uuid' })
  practiceId!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'timestamptz' })
  lastSeenAt: Opt<Date> = new Date();

  /** Absolute expiry: the session ends here however active it is. */
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  ip?: string | null;
}

/**
 * Failed sign-in counter per email address, kept whether or not an account has that email, so
 * that throttling behaves identically for known and unknown addresses (no user enumeration).
 */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  /** SHA-256 of the lower-cased email: the table does not list who tried to sign in. */
  @PrimaryKey({ type: 'text' })
  emailHash!: string;

  @Property({ type: 'integer' })
  failureCount: Opt<number> = 0;

  @Property({ type: 'timestamptz' })
  windowStartedAt: Opt<Date> = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;
}
