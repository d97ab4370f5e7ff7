import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedStatement } from '../db/sql';
import type { AuditAction } from './audit-event.entity';

/** What is written for one event; the database adds seq, time and the hash chain. */
export interface AuditEntry {
  practiceId: string | null;
  action: AuditAction;
  actorUserId?: string | null;
  actorName?: string | null;
  actorRoles?: readonly string[];
  entityType?: string | null;
  entityId?: string | null;
  patientId?: string | null;
  fields?: readonly string[];
  reason?: string | null;
  ip?: string | null;
  requestId?: string | null;
}

const COLUMNS = [
  'practice_id',
  'action',
  'actor_user_id',
  'actor_name',
  'actor_roles',
  'entity_type',
  'entity_id',
  'patient_id',
  'fields',
  'reason',
  'ip',
  'request_id',
].join(', ');

/**
 * One text for any number of rows (the rows travel as one JSON parameter, read back as audit_event
 * records), so it is a prepared statement: every request that reads clinical data runs it.
 */
const INSERT_SQL = `insert into audit_event (${COLUMNS})
  select ${COLUMNS} from json_populate_recordset(null::audit_event, ?::json)`;

/**
 * Appends events in one INSERT (reads are batched per request). Runs in the EntityManager's
 * current transaction when there is one, so a write and its audit row commit together.
 */
export async function appendAuditEntries(em: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((entry) => ({
    practice_id: entry.practiceId,
    action: entry.action,
    actor_user_id: entry.actorUserId ?? null,
    actor_name: entry.actorName ?? null,
    actor_roles: entry.actorRoles ?? [],
    entity_type: entry.entityType ?? null,
    entity_id: entry.entityId ?? null,
    patient_id: entry.patientId ?? null,
    fields: entry.fields ?? [],
    reason: entry.reason ?? null,
    ip: entry.ip ?? null,
    request_id: entry.requestId ?? null,
  }));
  await preparedStatement(em, 'audit_append', INSERT_SQL, [JSON.stringify(rows)]);
}

export interface AuditChainReport {
  ok: boolean;
  checkedCount: number;
  /** The first row whose hash, link to its predecessor or sequence number does not hold. */
  firstBrokenEventId: string | null;
  firstBrokenSeq: string | null;
}

/**
 * Walks one practice's chain inside the database: each row's hash must equal the digest of
 * its own content and the previous row's hash, and sequence numbers must have no gaps. A
 * changed row breaks its own hash; a deleted or inserted row breaks the next link.
 */
export async function verifyAuditChain(em: EntityManager, practiceId: string): Promise<AuditChainReport> {
  const [row] = await em
    .getConnection()
    .execute<{ checked: string; broken_id: string | null; broken_seq: string | null }[]>(
      `with chain as (
       select e.id, e.seq,
              e.hash = audit_event_digest(e) as hash_ok,
              e.prev_hash is not distinct from lag(e.hash) over w as link_ok,
              e.seq = coalesce(lag(e.seq) over w, 0) + 1 as seq_ok
         from audit_event e
        where e.practice_id = ?
       window w as (order by e.seq)
     )
     select (select count(*) from chain) as checked,
            b.id as broken_id, b.seq as broken_seq
       from (select 1) one
       left join lateral (
         select id, seq from chain where not (hash_ok and link_ok and seq_ok) order by seq limit 1
       ) b on true`,
      [practiceId],
    );
  return {
    ok: !row?.broken_id,
    checkedCount: Number(row?.checked ?? 0),
    firstBrokenEventId: row?.broken_id ?? null,
    firstBrokenSeq: row?.broken_seq ?? null,
  };
}
