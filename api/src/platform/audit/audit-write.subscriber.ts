import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { currentActor } from '../context/actor-storage';
import { AuditAction, AuditEvent } from './audit-event.entity';

const ACTIONS: Record<ChangeSetType, AuditAction> = {
  [ChangeSetType.CREATE]: AuditAction.CREATE,
  [ChangeSetType.UPDATE]: AuditAction.UPDATE,
  [ChangeSetType.DELETE]: AuditAction.DELETE,
  [ChangeSetType.DELETE_EARLY]: AuditAction.DELETE,
  [ChangeSetType.UPDATE_EARLY]: AuditAction.UPDATE,
};

/** Bookkeeping columns that change on every write and say nothing about what was changed. */
const IGNORED_FIELDS = new Set(['version', 'updatedAt', 'createdAt']);

export interface AuditWriteOptions {
  /** Entities whose writes are not audited here (sessions; the audit log itself is implicit). */
  skipEntities: ReadonlySet<string>;
  /** Which patient a written entity is about, for the audit row. */
  patientIdOf: (entityName: string, entity: object) => string | null | undefined;
}

/**
 * Writes one audit row per created, updated or deleted entity, with the names of the changed
 * fields (never their values), in the same flush and so the same transaction as the change:
 * no committed change without its audit row (AUD-02).
 */
export class AuditWriteSubscriber implements EventSubscriber {
  constructor(private readonly options: AuditWriteOptions) {}

  onFlush(args: FlushEventArgs): void {
    const actor = currentActor();
    for (const changeSet of args.uow.getChangeSets()) {
      if (changeSet.entity instanceof AuditEvent || this.options.skipEntities.has(changeSet.name)) continue;
      const entity = changeSet.entity as { id?: string; practice?: { id: string } };
      const practiceId = entity.practice?.id ?? actor?.practiceId ?? null;
      const fields =
        changeSet.type === ChangeSetType.DELETE
          ? []
          : Object.keys(changeSet.payload).filter((field) => !IGNORED_FIELDS.has(field));
      if (changeSet.type === ChangeSetType.UPDATE && fields.length === 0) continue;
      const event = args.em.create(AuditEvent, {
        practiceId,
        action: ACTIONS[changeSet.type],
        actorUserId: actor?.userId ?? null,
        actorName: actor?.name ?? 'system',
        actorRoles: [...(actor?.roles ?? [])],
        entityType: changeSet.name,
        entityId: entity.id ?? null,
        patientId: this.options.patientIdOf(changeSet.name, changeSet.entity) ?? null,
        fields: fields.sort(),
        ip: actor?.ip ?? null,
        requestId: actor?.requestId ?? null,
      } as AuditEvent);
      args.uow.computeChangeSet(event);
    }
  }
}
