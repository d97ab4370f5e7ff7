import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from './audit-event.entity';
import { appendAuditEntries, type AuditEntry } from './audit-log';

export interface ReadActor {
  practiceId: string;
  userId: string;
  name: string;
  roles: readonly string[];
  ip: string | null;
  requestId: string;
}

interface PendingRead {
  entityType: string;
  entityId: string | null;
  patientId: string;
  fields: Set<string>;
  emergency: boolean;
}

/**
 * Collects the audited fields (CLINICAL, PSYCHOTHERAPY_NOTE, SUBSTANCE_USE) read during one
 * request and writes them as one row per (entity, row) at the end of the request: who, which
 * patient, which fields, when, from where (45 CFR 164.312(b); ONC 170.315(d)(2)).
 */
export class AuditReadCollector {
  private readonly pending = new Map<string, PendingRead>();

  record(entityType: string, entityId: string | null, patientId: string, field: string, emergency: boolean): void {
    const key = `${entityType}:${entityId ?? patientId}`;
    let read = this.pending.get(key);
    if (!read) {
      read = { entityType, entityId, patientId, fields: new Set(), emergency };
      this.pending.set(key, read);
    }
    read.fields.add(field);
  }

  get size(): number {
    return this.pending.size;
  }

  /** Writes and forgets what was collected (subscriptions flush once per event). */
  async flush(em: EntityManager, actor: ReadActor): Promise<void> {
    if (this.pending.size === 0) return;
    const entries: AuditEntry[] = [...this.pending.values()].map((read) => ({
      practiceId: actor.practiceId,
      action: read.emergency ? AuditAction.EMERGENCY_ACCESS : AuditAction.READ,
      actorUserId: actor.userId,
      actorName: actor.name,
      actorRoles: actor.roles,
      entityType: read.entityType,
      entityId: read.entityId,
      patientId: read.patientId,
      fields: [...read.fields].sort(),
      ip: actor.ip,
      requestId: actor.requestId,
    }));
    this.pending.clear();
    await appendAuditEntries(em, entries);
  }
}
