import { Migration } from '@mikro-orm/migrations';

/**
 * The "locked once signed" triggers of progress notes, group notes and treatment plan versions
 * compared a list of protected columns, so a column added later was unprotected until someone
 * remembered to list it (ids and creation times never were). They now compare the whole row
 * except the columns that may still change after signing, as the prescription's trigger does:
 * a new column is locked by default.
 */
export class Migration20261130110000SignedRowsLockedWhole extends Migration {
  override async up(): Promise<void> {
    // After signing: the optimistic-lock version and updated_at move with the co-signature, which
    // may be given (or its co-signer named) until it is given, and never changed after.
    this.addSql(`create or replace function progress_note_locked() returns trigger language plpgsql as $$
      declare
        may_change constant text[] := array['updated_at', 'version', 'cosigner_id', 'cosigned_at'];
      begin
        if tg_op = 'DELETE' then
          if old.status = 'SIGNED' then
            raise exception 'a signed progress note cannot be deleted' using errcode = 'check_violation';
          end if;
          return old;
        end if;
        if old.status = 'SIGNED' and (
             (to_jsonb(new) - may_change) is distinct from (to_jsonb(old) - may_change)
          or (old.cosigned_at is not null and (new.cosigned_at is distinct from old.cosigned_at
                                              or new.cosigner_id is distinct from old.cosigner_id))) then
          raise exception 'a signed progress note cannot change: write an addendum' using errcode = 'check_violation';
        end if;
        return new;
      end $$;`);
    this.addSql(`create or replace function group_note_locked() returns trigger language plpgsql as $$
      declare
        may_change constant text[] := array['updated_at', 'version'];
      begin
        if tg_op = 'DELETE' then
          if old.status = 'SIGNED' then
            raise exception 'a signed group note cannot be deleted' using errcode = 'check_violation';
          end if;
          return old;
        end if;
        if old.status = 'SIGNED' and (to_jsonb(new) - may_change) is distinct from (to_jsonb(old) - may_change) then
          raise exception 'a signed group note cannot change: write an addendum' using errcode = 'check_violation';
        end if;
        return new;
      end $$;`);
    // A version in effect may only be superseded (once); a superseded one never changes again.
    this.addSql(`create or replace function treatment_plan_version_locked() returns trigger language plpgsql as $$
      declare
        may_change constant text[] := array['updated_at', 'version', 'status', 'superseded_at'];
      begin
        if tg_op = 'DELETE' then
          if old.status <> 'DRAFT' then
            raise exception 'a treatment plan that was in effect cannot be deleted' using errcode = 'check_violation';
          end if;
          return old;
        end if;
        if old.status = 'DRAFT' then
          if new.status = 'SUPERSEDED' then
            raise exception 'a draft is activated, not superseded' using errcode = 'check_violation';
          end if;
          return new;
        end if;
        if (to_jsonb(new) - may_change) is distinct from (to_jsonb(old) - may_change)
          or (old.status = 'SUPERSEDED' and (new.status is distinct from old.status
                                             or new.superseded_at is distinct from old.superseded_at))
          or (old.status = 'ACTIVE' and new.status = 'DRAFT') then
          raise exception 'a treatment plan that was in effect cannot change: revise it' using errcode = 'check_violation';
        end if;
        return new;
      end $$;`);
  }

  override async down(): Promise<void> {
    // Nothing to undo: the whole-row lock protects everything the column lists did, so the schema
    // before this migration works with it unchanged (the earlier bodies are in their own migrations).
  }
}
