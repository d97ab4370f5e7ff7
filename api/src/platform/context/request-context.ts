import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../permissions/access';
import type { Role } from '../permissions/role';
import type { AuditReadCollector } from '../audit/audit-read-collector';
import type { EventBus } from '../realtime/event-bus';
import type { Mailer } from '../mail/mailer';

/** The signed-in person, as the session says. */
export interface Viewer {
  userId: string;
  practiceId: string;
  email: string;
  roles: Role[];
  staffMemberId?: string | undefined;
  patientId?: string | undefined;
  displayName: string;
  sessionTokenHash: string;
  sessionExpiresAt: Date;
}

export interface CookieJar {
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
}

/** Everything a resolver may use for one GraphQL operation. */
export interface RequestContext {
  requestId: string;
  ip: string | null;
  /** A fork per request; its practice filter is bound to the viewer's practice. */
  em: EntityManager;
  viewer: Viewer | null;
  /** The read decisions for this viewer, computed once. */
  access: Access;
  auditReads: AuditReadCollector;
  cookies: CookieJar;
  /** Where domain events are published for subscriptions. */
  events: EventBus;
  /** Outgoing email (SMTP, or the local outbox). */
  mailer: Mailer;
}
