import { Migration } from '@mikro-orm/migrations';

/**
 * HIPAA psychotherapy notes in a table of their own (45 CFR 164.501 protects them only when kept
 * separate from the record). Nothing references this table: no progress note, appointment or
 * patient column can lead to a note, only the note to them.
 */
export class Migration20261129151000PsychotherapyNotes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "psychotherapy_note" (
      "id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "patient_id" uuid not null, "author_id" uuid not null, "appointment_id" uuid null,
      "text" text not null, "version" int not null default 1,
      constraint "psychotherapy_note_pkey" primary key ("id"));`);
    this.addSql(
      `create index "psychotherapy_note_patient_id_author_id_index" on "psychotherapy_note" ("patient_id", "author_id");`,
    );
    for (const [column, table, onDelete] of [
      ['practice_id', 'practice', 'cascade'],
      ['patient_id', 'patient', 'cascade'],
      ['author_id', 'staff_member', 'restrict'],
      // A cancelled-and-purged appointment leaves the note, without the link.
      ['appointment_id', 'appointment', 'set null'],
    ] as const) {
      this.addSql(
        `alter table "psychotherapy_note" add constraint "psychotherapy_note_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete ${onDelete};`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "psychotherapy_note";');
  }
}
