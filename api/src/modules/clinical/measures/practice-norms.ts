import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../../../platform/audit/audit-event.entity';
import { appendAuditEntries } from '../../../platform/audit/audit-log';
import type { RequestContext } from '../../../platform/context/request-context';
import { INSTRUMENTS, type InstrumentCode } from './instruments';
import { MeasuresErrorCode, measuresError } from './measures.errors';
import {
  DEFAULT_RELIABLE_CHANGE_NORMS,
  minimumReliableChange,
  normsFor,
  type ReliableChangeNorms,
} from './reliable-change';

export type NormOverrides = Partial<Record<InstrumentCode, ReliableChangeNorms | null>>;

/** What a practice screen shows per instrument: the norms in force, the default, and whose they are. */
export interface InstrumentNormsRead {
  instrument: InstrumentCode;
  norms: (ReliableChangeNorms & { minimumReliableChange: number }) | null;
  defaultNorms: (ReliableChangeNorms & { minimumReliableChange: number }) | null;
  practiceSet: boolean;
}

const view = (norms: ReliableChangeNorms | null) =>
  norms ? { ...norms, minimumReliableChange: minimumReliableChange(norms) } : null;

/** The practice's own norms (instrument → norms, or null for "off"); the defaults apply to the rest. */
export async function practiceNormOverrides(em: EntityManager, practiceId: string): Promise<NormOverrides> {
  const [row] = await em
    .getConnection()
    .execute<{ norms: NormOverrides }[]>('select reliable_change_norms as norms from practice where id = ?', [
      practiceId,
    ]);
  return row?.norms ?? {};
}

export function normsTable(overrides: NormOverrides): InstrumentNormsRead[] {
  return (Object.keys(INSTRUMENTS) as InstrumentCode[]).map((instrument) => ({
    instrument,
    norms: view(normsFor(instrument, overrides)),
    defaultNorms: view(DEFAULT_RELIABLE_CHANGE_NORMS[instrument]),
    practiceSet: Object.hasOwn(overrides, instrument),
  }));
}

/**
 * Norms a practice may set: a positive SD no larger than the instrument's whole range, and a
 * reliability from 0 up to (not including) 1 (at 1 every change would be "reliable").
 */
function validNorms(instrument: InstrumentCode, norms: ReliableChangeNorms): ReliableChangeNorms {
  const { maxTotal, title } = INSTRUMENTS[instrument];
  const problems = [
    ...(Number.isFinite(norms.sd) && norms.sd > 0 && norms.sd <= maxTotal
      ? []
      : [`the SD must be above 0 and at most ${maxTotal} (the highest ${title} total)`]),
    ...(Number.isFinite(norms.reliability) && norms.reliability >= 0 && norms.reliability < 1
      ? []
      : ['the reliability must be from 0 up to, not including, 1']),
  ];
  if (problems.length > 0) {
    throw measuresError(
      MeasuresErrorCode.NORMS_INVALID,
      `These norms cannot be used: ${problems.join('; ')}.`,
      'norms',
      {
        problems,
      },
    );
  }
  return { sd: norms.sd, reliability: norms.reliability };
}

/**
 * Sets (norms) or switches off (null) an instrument's reliable change for the practice, or puts
 * the default back (`reset`). One statement on the practice row, so two managers changing two
 * instruments at once both win; audited as an update of the practice with what changed.
 */
export async function changePracticeNorms(
  ctx: RequestContext,
  instrument: InstrumentCode,
  change: { set: ReliableChangeNorms | null } | { reset: true },
): Promise<InstrumentNormsRead[]> {
  const practiceId = ctx.viewer!.practiceId;
  const norms = 'set' in change && change.set ? validNorms(instrument, change.set) : null;
  return ctx.em.transactional(async (em) => {
    const [row] = await em.getConnection().execute<{ norms: NormOverrides }[]>(
      'reset' in change
        ? `update practice set reliable_change_norms = reliable_change_norms - ?::text where id = ?
            returning reliable_change_norms as norms`
        : `update practice set reliable_change_norms = reliable_change_norms || jsonb_build_object(?::text, ?::jsonb)
            where id = ? returning reliable_change_norms as norms`,
      'reset' in change ? [instrument, practiceId] : [instrument, JSON.stringify(norms), practiceId],
      'all',
      em.getTransactionContext(),
    );
    const viewer = ctx.viewer!;
    await appendAuditEntries(em, [
      {
        practiceId,
        action: AuditAction.UPDATE,
        actorUserId: viewer.userId,
        actorName: viewer.displayName,
        actorRoles: viewer.roles,
        entityType: 'Practice',
        entityId: practiceId,
        fields: ['reliableChangeNorms'],
        reason:
          'reset' in change
            ? `${instrument} reliable-change norms back to the default`
            : norms
              ? `${instrument} reliable-change norms set to SD ${norms.sd}, reliability ${norms.reliability}`
              : `${instrument} reliable change switched off`,
        ip: ctx.ip,
        requestId: ctx.requestId,
      },
    ]);
    return normsTable(row!.norms);
  });
}
