import { Migration } from '@mikro-orm/migrations';

/**
 * Group notes (one shared part per group session; each member keeps a ProgressNote of service
 * GROUP pointing at it) and per-payer telehealth coding rules. A signed group note is locked like
 * a signed progress note, and a member's note cannot be moved to another group once signed.
 */
export class Migration20261129170000GroupNotesAndPayerTelehealth extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "payer" add column "telehealth_rules" jsonb null;`);

    this.addSql(`create table "group_note" (
      "id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "appointment_id" uuid not null, "author_id" uuid not null, "date_of_service" date not null,
      "shared" jsonb not null default '{}',
      "status" text check ("status" in ('DRAFT', 'SIGNED')) not null default 'DRAFT',
      "version" int not null default 1,
      "signed_at" timestamptz null,
      constraint "group_note_pkey" primary key ("id"),
      constraint "group_note_signed_has_time" check (("status" = 'SIGNED') = ("signed_at" is not null)));`);
    this.addSql(
      `alter table "group_note" add constraint "group_note_appointment_id_unique" unique ("appointment_id");`,
    );
    this.addSql(`create index "group_note_author_id_status_index" on "group_note" ("author_id", "status");`);
    for (const [column, table, onDelete] of [
      ['practice_id', 'practice', 'cascade'],
      ['appointment_id', 'appointment', 'restrict'],
      ['author_id', 'staff_member', 'restrict'],
    ] as const) {
      this.addSql(
        `alter table "group_note" add constraint "group_note_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete ${onDelete};`,
      );
    }
    this.addSql(`create function group_note_locked() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old.status = 'SIGNED' then
            raise exception 'a signed group note cannot be deleted' using errcode = 'check_violation';
          end if;
          return old;
        end if;
        if old.status = 'SIGNED' and (
             new.status is distinct from old.status or new.signed_at is distinct from old.signed_at
          or new.shared is distinct from old.shared or new.date_of_service is distinct from old.date_of_service
          or new.author_id is distinct from old.author_id or new.appointment_id is distinct from old.appointment_id) then
          raise exception 'a signed group note cannot change: write an addendum' using errcode = 'check_violation';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger group_note_locked before update or delete on group_note
      for each row execute function group_note_locked();`);

    this.addSql(`alter table "progress_note" add column "group_note_id" uuid null;`);
    this.addSql(
      `alter table "progress_note" add constraint "progress_note_group_note_id_foreign" foreign key ("group_note_id") references "group_note" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `create index "progress_note_group_note_id_index" on "progress_note" ("group_note_id") where "group_note_id" is not null;`,
    );
    this.addSql(`alter table "progress_note" drop constraint if exists "progress_note_service_check";`);
    this.addSql(
      `alter table "progress_note" add constraint "progress_note_service_check" check ("service" in ('PSYCHOTHERAPY', 'INTAKE', 'INTAKE_MEDICAL', 'FAMILY_WITH_PATIENT', 'FAMILY_WITHOUT_PATIENT', 'CRISIS', 'EM_WITH_PSYCHOTHERAPY', 'EM_ONLY', 'GROUP'));`,
    );
    // A GROUP note always belongs to a group note, and only GROUP notes do.
    this.addSql(
      `alter table "progress_note" add constraint "progress_note_group_member" check (("service" = 'GROUP') = ("group_note_id" is not null));`,
    );
    // The lock of signed notes now covers the group link too.
    this.addSql(`create or replace function progress_note_locked() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old.status = 'SIGNED' then
            raise exception 'a signed progress note cannot be deleted' using errcode = 'check_violation';
          end if;
          return old;
        end if;
        if old.status = 'SIGNED' and (
             new.status is distinct from old.status or new.signed_at is distinct from old.signed_at
          or new.content is distinct from old.content or new.service is distinct from old.service
          or new.format is distinct from old.format or new.date_of_service is distinct from old.date_of_service
          or new.patient_id is distinct from old.patient_id or new.author_id is distinct from old.author_id
          or new.appointment_id is distinct from old.appointment_id
          or new.group_note_id is distinct from old.group_note_id
          or (old.cosigned_at is not null and (new.cosigned_at is distinct from old.cosigned_at
                                              or new.cosigner_id is distinct from old.cosigner_id))) then
          raise exception 'a signed progress note cannot change: write an addendum' using errcode = 'check_violation';
        end if;
        return new;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "progress_note" drop constraint if exists "progress_note_group_member";`);
    this.addSql(`alter table "progress_note" drop constraint if exists "progress_note_group_note_id_foreign";`);
    this.addSql(`alter table "progress_note" drop column if exists "group_note_id";`);
    this.addSql(`drop table if exists "group_note";`);
    this.addSql('drop function if exists group_note_locked();');
    this.addSql(`alter table "payer" drop column if exists "telehealth_rules";`);
  }
}
