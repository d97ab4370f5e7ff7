import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../../../platform/audit/audit-event.entity';
import { appendAuditEntries, type AuditEntry } from '../../../platform/audit/audit-log';
import type { RequestContext } from '../../../platform/context/request-context';
import { Practice } from '../../../platform/db/practice.entity';
import { isUuid } from '../../../platform/db/sql';
import { forbiddenError } from '../../../platform/errors/domain-error';
import { StaffMember } from '../../identity';
import type { MeasureAdministration } from './measure-administration.entity';
import { SafetyAlertAction } from './measure-enums';
import { MeasuresErrorCode, measuresError } from './measures.errors';
import { SafetyAlert } from './safety-alert.entity';
import type { SafetyFlag } from './scoring';

const NOTE_MAX = 2000;

/**
 * Safety alerts from positive suicide-risk screens. Raising happens inside the transaction that
 * stores the administration (no flagged score without its alert); each raise and each
 * acknowledgement is also written to the audit log as an explicit event, beside the ORM's
 * automatic row, so "who was told, who acted, how" reads straight from the log.
 *
 * The audit log has no dedicated actions for alerts (its action check constraint is platform's):
 * the events are CREATE/UPDATE on entity type SafetyAlert with a reason starting
 * SAFETY_ALERT_RAISED / SAFETY_ALERT_ACKNOWLEDGED. The reason never carries the item or the note
 * (the audit log is read by managers, who may not read CLINICAL data).
 */
export class SafetyAlertService {
  /** Raises the alert for the patient's care-team clinicians and the clinician who recorded it. */
  async raise(
    ctx: RequestContext,
    em: EntityManager,
    administration: MeasureAdministration,
    flags: readonly SafetyFlag[],
  ): Promise<SafetyAlert> {
    const recipients = await this.treatingClinicians(em, administration.patient.id);
    const recorder = administration.administeredBy?.id;
    if (recorder && !recipients.includes(recorder)) recipients.push(recorder);
    const alert = em.create(SafetyAlert, {
      practice: em.getReference(Practice, ctx.viewer!.practiceId),
      patient: administration.patient,
      administration,
      instrument: administration.instrument,
      flags: flags.map((flag) => ({ itemId: flag.itemId, reason: flag.reason })),
      recipientStaffIds: recipients,
    });
    await em.flush();
    await appendAuditEntries(em, [
      this.auditEntry(ctx, alert, AuditAction.CREATE, ['flags', 'recipientStaffIds'], {
        reason: `SAFETY_ALERT_RAISED for ${recipients.length} clinician(s): ${recipients.join(', ')}`,
      }),
    ]);
    return alert;
  }

  /** Records what the clinician did; closes the alert for every recipient. */
  async acknowledge(
    ctx: RequestContext,
    id: string,
    action: SafetyAlertAction,
    note: string | null | undefined,
  ): Promise<SafetyAlert> {
    const staffId = staffIdOf(ctx);
    const text = note?.trim() || null;
    if (action === SafetyAlertAction.OTHER && !text) {
      throw measuresError(MeasuresErrorCode.ALERT_NOTE_REQUIRED, 'Say what was done in the note.', 'note');
    }
    if (text && text.length > NOTE_MAX) {
      throw measuresError(MeasuresErrorCode.ALERT_NOTE_REQUIRED, `Keep the note under ${NOTE_MAX} characters.`, 'note');
    }
    return ctx.em.transactional(async (em) => {
      // Row lock: two recipients acknowledging at once must not both "close" it.
      const alert = await this.reachable(ctx, em, id, { lock: true });
      if (alert.acknowledgedAt) {
        throw measuresError(MeasuresErrorCode.ALERT_ALREADY_ACKNOWLEDGED, 'This alert has already been acknowledged.');
      }
      alert.acknowledgedAt = new Date();
      alert.acknowledgedBy = em.getReference(StaffMember, staffId, { wrapped: true });
      alert.action = action;
      alert.actionNote = text;
      await em.flush();
      await appendAuditEntries(em, [
        this.auditEntry(ctx, alert, AuditAction.UPDATE, ['acknowledgedAt', 'acknowledgedBy', 'action', 'actionNote'], {
          reason: `SAFETY_ALERT_ACKNOWLEDGED: ${action}`,
        }),
      ]);
      return alert;
    });
  }

  /** The viewer's alerts, newest first: open (unacknowledged), closed, or both. */
  async mine(ctx: RequestContext, open: boolean | null | undefined): Promise<SafetyAlert[]> {
    const staffId = staffIdOf(ctx);
    const rows = await ctx.em.getConnection().execute<{ id: string }[]>(
      `select id from safety_alert
        where practice_id = ? and recipient_staff_ids @> array[?]::uuid[]
          ${open === true ? 'and acknowledged_at is null' : open === false ? 'and acknowledged_at is not null' : ''}
        order by created_at desc limit 200`,
      [ctx.viewer!.practiceId, staffId],
    );
    if (rows.length === 0) return [];
    const alerts = await ctx.em.find(SafetyAlert, { id: { $in: rows.map((row) => row.id) } });
    // Still on the care team (or under an emergency grant): an alert must not outlive access to the chart.
    return alerts
      .filter((alert) => ctx.access.hasCareRelationship(alert.patient.id))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }

  /**
   * An alert raised for the viewer about a patient they still have a care relationship with;
   * anything else is NOT_FOUND (an id must not confirm that an alert exists).
   */
  async reachable(
    ctx: RequestContext,
    em: EntityManager,
    id: string,
    { lock = false }: { lock?: boolean } = {},
  ): Promise<SafetyAlert> {
    const staffId = staffIdOf(ctx);
    const alert = isUuid(id)
      ? await em.findOne(SafetyAlert, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {})
      : null;
    if (!alert || !alert.recipientStaffIds.includes(staffId) || !ctx.access.hasCareRelationship(alert.patient.id)) {
      throw measuresError(MeasuresErrorCode.ALERT_NOT_FOUND, 'No safety alert with this id.');
    }
    return alert;
  }

  /** Active clinicians on the patient's care team (any care-team role). */
  private async treatingClinicians(em: EntityManager, patientId: string): Promise<string[]> {
    const rows = await em.getConnection().execute<{ staff_member_id: string }[]>(
      `select distinct ctm.staff_member_id
         from care_team_member ctm
         join staff_member sm on sm.id = ctm.staff_member_id
        where ctm.patient_id = ? and sm.active and 'CLINICIAN' = any(sm.roles)
        order by ctm.staff_member_id`,
      [patientId],
      'all',
      em.getTransactionContext(),
    );
    return rows.map((row) => row.staff_member_id);
  }

  private auditEntry(
    ctx: RequestContext,
    alert: SafetyAlert,
    action: AuditAction,
    fields: string[],
    { reason }: { reason: string },
  ): AuditEntry {
    const viewer = ctx.viewer!;
    return {
      practiceId: viewer.practiceId,
      action,
      actorUserId: viewer.userId,
      actorName: viewer.displayName,
      actorRoles: viewer.roles,
      entityType: 'SafetyAlert',
      entityId: alert.id,
      patientId: alert.patient.id,
      fields,
      reason,
      ip: ctx.ip,
      requestId: ctx.requestId,
    };
  }
}

export function staffIdOf(ctx: RequestContext): string {
  const id = ctx.viewer?.staffMemberId;
  if (!id) throw forbiddenError();
  return id;
}

export const safetyAlertService = new SafetyAlertService();
