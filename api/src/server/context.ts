import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { AuditReadCollector } from '../platform/audit/audit-read-collector';
import type { ActingUser } from '../platform/context/actor-storage';
import type { CookieJar, RequestContext, Viewer } from '../platform/context/request-context';
import { PRACTICE_FILTER } from '../platform/db/practice-scoped.entity';
import type { EventBus } from '../platform/realtime/event-bus';
import type { Mailer } from '../platform/mail/mailer';
import { accessFor, sessionService } from '../modules/identity';

const NO_COOKIES: CookieJar = { setSession: () => undefined, clearSession: () => undefined };

export function actingUser(ctx: RequestContext): ActingUser | null {
  const viewer = ctx.viewer;
  if (!viewer) return null;
  return {
    practiceId: viewer.practiceId,
    userId: viewer.userId,
    name: viewer.displayName,
    roles: viewer.roles,
    ip: ctx.ip,
    requestId: ctx.requestId,
  };
}

/**
 * Builds the context of one operation: a fresh EntityManager fork bound to the viewer's
 * practice, the viewer from the session cookie, and the viewer's read decisions, computed once.
 */
export async function createRequestContext(
  orm: MikroORM,
  { events, mailer }: { events: EventBus; mailer: Mailer },
  sessionToken: string | undefined,
  ip: string | null,
  cookies: CookieJar = NO_COOKIES,
): Promise<RequestContext> {
  const em = orm.em.fork();
  const session = sessionToken ? await sessionService.resolveWithRelationships(em, sessionToken) : null;
  const viewer: Viewer | null = session?.viewer ?? null;
  if (viewer) em.setFilterParams(PRACTICE_FILTER, { practiceId: viewer.practiceId });
  const access = accessFor(viewer, session?.careRelationships ?? []);
  return {
    requestId: randomUUID(),
    ip,
    em,
    viewer,
    access,
    auditReads: new AuditReadCollector(),
    cookies,
    events,
    mailer,
  };
}

/** Writes the request's audited reads; called when the response is ready. */
export async function flushAuditedReads(ctx: RequestContext): Promise<void> {
  const actor = actingUser(ctx);
  if (!actor || ctx.auditReads.size === 0) return;
  await ctx.auditReads.flush(ctx.em, actor);
}
