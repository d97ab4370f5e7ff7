import { Migration } from '@mikro-orm/migrations';

/**
 * Progress notes and their addenda. Signed notes are immutable in the database itself (DESIGN.md
 * "Data"): after signing only the co-signature may be added, a signed note cannot be deleted, and
 * addenda are append-only. A bug or a hand-written UPDATE cannot rewrite the medical record.
 */
export class Migration20261129120000ProgressNotes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "progress_note" (
      "id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "patient_id" uuid not null, "appointment_id" uuid null, "author_id" uuid not null,
      "date_of_service" date not null,
      "service" text check ("service" in ('PSYCHOTHERAPY', 'INTAKE', 'INTAKE_MEDICAL', 'FAMILY_WITH_PATIENT', 'FAMILY_WITHOUT_PATIENT', 'CRISIS', 'EM_WITH_PSYCHOTHERAPY', 'EM_ONLY')) not null,
      "format" text check ("format" in ('SOAP', 'DAP', 'BIRP', 'GIRP')) not null default 'SOAP',
      "content" jsonb not null default '{}',
      "status" text check ("status" in ('DRAFT', 'SIGNED')) not null default 'DRAFT',
      "version" int not null default 1,
      "signed_at" timestamptz null, "cosigner_id" uuid null, "cosigned_at" timestamptz null,
      constraint "progress_note_pkey" primary key ("id"),
      constraint "progress_note_signed_has_time" check (("status" = 'SIGNED') = ("signed_at" is not null)));`);
    this.addSql(
      `alter table "progress_note" add constraint "progress_note_appointment_id_patient_id_unique" unique ("appointment_id", "patient_id");`,
    );
    this.addSql(`create index "progress_note_author_id_status_index" on "progress_note" ("author_id", "status");`);
    this.addSql(
      `create index "progress_note_patient_id_date_of_service_index" on "progress_note" ("patient_id", "date_of_service");`,
    );
    this.addSql(
      `create index "progress_note_cosigner_id_index" on "progress_note" ("cosigner_id") where "cosigned_at" is null;`,
    );
    for (const [column, table] of [
      ['practice_id', 'practice'],
      ['patient_id', 'patient'],
      ['appointment_id', 'appointment'],
      ['author_id', 'staff_member'],
      ['cosigner_id', 'staff_member'],
    ] as const) {
      const onDelete = column === 'practice_id' || column === 'patient_id' ? 'cascade' : 'restrict';
      this.addSql(
        `alter table "progress_note" add constraint "progress_note_${column.replace('_id', '')}_id_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete ${onDelete};`,
      );
    }

    this.addSql(`create table "note_addendum" (
      "id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "note_id" uuid not null, "patient_id" uuid not null, "author_id" uuid not null,
      "text" text not null, "signed_at" timestamptz not null,
      constraint "note_addendum_pkey" primary key ("id"));`);
    this.addSql(`create index "note_addendum_note_id_index" on "note_addendum" ("note_id");`);
    for (const [column, table] of [
      ['practice_id', 'practice'],
      ['note_id', 'progress_note'],
      ['patient_id', 'patient'],
      ['author_id', 'staff_member'],
    ] as const) {
      const onDelete = column === 'author_id' ? 'restrict' : 'cascade';
      this.addSql(
        `alter table "note_addendum" add constraint "note_addendum_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete ${onDelete};`,
      );
    }

    this.addSql(`create function progress_note_locked() returns trigger language plpgsql as $$
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
          or (old.cosigned_at is not null and (new.cosigned_at is distinct from old.cosigned_at
                                              or new.cosigner_id is distinct from old.cosigner_id))) then
          raise exception 'a signed progress note cannot change: write an addendum' using errcode = 'check_violation';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger progress_note_locked before update or delete on progress_note
      for each row execute function progress_note_locked();`);
    this.addSql(`create function note_addendum_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'addenda are append-only' using errcode = 'check_violation';
      end $$;`);
    this.addSql(`create trigger note_addendum_append_only before update or delete on note_addendum
      for each row execute function note_addendum_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "note_addendum";');
    this.addSql('drop table if exists "progress_note";');
    this.addSql('drop function if exists note_addendum_append_only();');
    this.addSql('drop function if exists progress_note_locked();');
  }
}
