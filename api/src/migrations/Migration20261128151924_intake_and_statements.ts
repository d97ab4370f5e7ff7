import { Migration } from '@mikro-orm/migrations';

/** Intake fields (preferred language, referral source, the guarantor's email) and sent statements. */
export class Migration20261128151924IntakeAndStatements extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "patient" add column "preferred_language" text null, add column "referral_source" text null, add column "guarantor_email" text null;`,
    );
    this.addSql(
      `create table "statement" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "patient_id" uuid not null, "balance_cents" int not null, "sent_to" text null, "sent_by" varchar(255) not null, constraint "statement_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "statement_patient_id_created_at_index" on "statement" ("patient_id", "created_at");`);
    this.addSql(
      `alter table "statement" add constraint "statement_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "statement" add constraint "statement_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`,
    );
  }
}
