import { Migration } from '@mikro-orm/migrations';

/** Charges created from signed progress notes, and fee schedules (per payer or practice default). */
export class Migration20261129130000Charges extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "charge" (
      "id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "patient_id" uuid not null, "progress_note_id" uuid not null, "appointment_id" uuid null,
      "rendering_provider_id" uuid not null, "payer_id" uuid null, "date_of_service" date not null,
      "status" text check ("status" in ('READY', 'HELD')) not null,
      "lines" jsonb not null, "diagnosis_codes" jsonb not null, "findings" jsonb not null default '[]',
      "line_fees_cents" jsonb not null, "total_cents" int not null check ("total_cents" >= 0),
      constraint "charge_pkey" primary key ("id"));`);
    this.addSql(`alter table "charge" add constraint "charge_progress_note_id_unique" unique ("progress_note_id");`);
    this.addSql(
      `create index "charge_practice_id_status_date_of_service_index" on "charge" ("practice_id", "status", "date_of_service");`,
    );
    this.addSql(`create index "charge_patient_id_index" on "charge" ("patient_id");`);
    for (const [column, table, onDelete] of [
      ['practice_id', 'practice', 'cascade'],
      ['patient_id', 'patient', 'cascade'],
      ['progress_note_id', 'progress_note', 'restrict'],
      ['appointment_id', 'appointment', 'set null'],
      ['rendering_provider_id', 'staff_member', 'restrict'],
      ['payer_id', 'payer', 'restrict'],
    ] as const) {
      this.addSql(
        `alter table "charge" add constraint "charge_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete ${onDelete};`,
      );
    }

    this.addSql(`create table "fee_schedule_entry" (
      "id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "payer_id" uuid null, "cpt" varchar(255) not null, "fee_cents" int not null check ("fee_cents" >= 0),
      constraint "fee_schedule_entry_pkey" primary key ("id"));`);
    this.addSql(
      `alter table "fee_schedule_entry" add constraint "fee_schedule_entry_practice_id_payer_id_cpt_unique" unique nulls not distinct ("practice_id", "payer_id", "cpt");`,
    );
    this.addSql(
      `alter table "fee_schedule_entry" add constraint "fee_schedule_entry_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "fee_schedule_entry" add constraint "fee_schedule_entry_payer_id_foreign" foreign key ("payer_id") references "payer" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "charge";');
    this.addSql('drop table if exists "fee_schedule_entry";');
  }
}
