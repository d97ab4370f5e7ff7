import { Migration } from '@mikro-orm/migrations';

/** Recurring bookings: a series row holding the RRULE, and each occurrence pointing to it. */
export class Migration20261128121558AppointmentSeries extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "appointment_series" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "rrule" text not null, constraint "appointment_series_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "appointment_series" add constraint "appointment_series_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "appointment" add column "series_id" uuid null;`);
    this.addSql(
      `alter table "appointment" add constraint "appointment_series_id_foreign" foreign key ("series_id") references "appointment_series" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "appointment_series_id_index" on "appointment" ("series_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appointment" drop column "series_id";`);
    this.addSql(`drop table if exists "appointment_series" cascade;`);
  }
}
