import { Migration } from '@mikro-orm/migrations';

/**
 * What the ORM cannot express: trigram search columns and indexes, and the audit log's
 * append-only, hash-chained guarantees, held by the database itself.
 */
export class Migration20261128090000SearchAndAuditChain extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create extension if not exists btree_gist;`);

    // Patient search: name words and MRN in one lower-cased column, phone digits in another.
    this.addSql(`alter table patient add column search_text text generated always as
      (lower(legal_first_name || ' ' || legal_last_name || ' ' || coalesce(preferred_name, '') || ' ' || mrn)) stored;`);
    this.addSql(`alter table patient add column phone_digits text generated always as
      (regexp_replace(coalesce(mobile_phone, ''), '\\D', '', 'g') || ' ' || regexp_replace(coalesce(home_phone, ''), '\\D', '', 'g')) stored;`);
    this.addSql(`create index patient_search_text_trgm on patient using gin (search_text gin_trgm_ops);`);
    this.addSql(`create index patient_phone_digits_trgm on patient using gin (phone_digits gin_trgm_ops);`);
    this.addSql(`create index patient_practice_mrn_prefix on patient (practice_id, mrn text_pattern_ops);`);
    this.addSql(`create index care_team_member_practice_staff on care_team_member (practice_id, staff_member_id);`);
    this.addSql(`create index staff_member_supervisor on staff_member (supervisor_id);`);

    // Audit chain: one sequence per practice (and one for sign-in failures with no practice).
    this.addSql(
      `create unique index audit_event_practice_seq on audit_event (practice_id, seq) where practice_id is not null;`,
    );
    this.addSql(`create unique index audit_event_orphan_seq on audit_event (seq) where practice_id is null;`);

    // The digest covers every column but id and hash; timestamps are rendered in UTC so the
    // digest does not depend on the session's time zone.
    this.addSql(`create function audit_event_digest(e audit_event) returns bytea language sql stable as $$
      select sha256(coalesce(e.prev_hash, ''::bytea) || convert_to(json_build_array(
        e.seq, e.practice_id, (e.occurred_at at time zone 'UTC'), e.action, e.actor_user_id, e.actor_name,
        e.actor_roles, e.entity_type, e.entity_id, e.patient_id, e.fields, e.reason, e.ip, e.request_id
      )::text, 'UTF8'))
    $$;`);

    // Appends are serialised per practice by a transaction-scoped advisory lock, so concurrent
    // writers cannot fork the chain; the head is read after the lock is held.
    this.addSql(`create function audit_event_chain() returns trigger language plpgsql as $$
      declare head record;
      begin
        perform pg_advisory_xact_lock(hashtext('audit_event:' || coalesce(new.practice_id::text, 'none')));
        if new.practice_id is null then
          select seq, hash into head from audit_event where practice_id is null order by seq desc limit 1;
        else
          select seq, hash into head from audit_event where practice_id = new.practice_id order by seq desc limit 1;
        end if;
        new.seq := coalesce(head.seq, 0) + 1;
        new.prev_hash := head.hash;
        new.occurred_at := clock_timestamp();
        new.hash := audit_event_digest(new);
        return new;
      end
    $$;`);
    this.addSql(
      `create trigger audit_event_chain before insert on audit_event for each row execute function audit_event_chain();`,
    );

    // Append-only (ONC 170.315(d)(2)): the database refuses to change or remove an event.
    this.addSql(`create function audit_event_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
      end
    $$;`);
    this.addSql(`create trigger audit_event_no_update before update or delete on audit_event
      for each row execute function audit_event_refuse_change();`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on audit_event
      for each statement execute function audit_event_refuse_change();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_event_no_truncate on audit_event;`);
    this.addSql(`drop trigger if exists audit_event_no_update on audit_event;`);
    this.addSql(`drop trigger if exists audit_event_chain on audit_event;`);
    this.addSql(`drop function if exists audit_event_refuse_change();`);
    this.addSql(`drop function if exists audit_event_chain();`);
    this.addSql(`drop function if exists audit_event_digest(audit_event);`);
    this.addSql(`drop index if exists audit_event_orphan_seq;`);
    this.addSql(`drop index if exists audit_event_practice_seq;`);
    this.addSql(`drop index if exists staff_member_supervisor;`);
    this.addSql(`drop index if exists care_team_member_practice_staff;`);
    this.addSql(`drop index if exists patient_practice_mrn_prefix;`);
    this.addSql(`drop index if exists patient_phone_digits_trgm;`);
    this.addSql(`drop index if exists patient_search_text_trgm;`);
    this.addSql(`alter table patient drop column if exists phone_digits;`);
    this.addSql(`alter table patient drop column if exists search_text;`);
  }
}
