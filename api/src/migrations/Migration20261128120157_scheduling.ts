import { Migration } from '@mikro-orm/migrations';

/** Scheduling: appointment types, appointments with their attendees, working hours, time off. */
export class Migration20261128120157Scheduling extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "appointment_type" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "default_minutes" int not null, "color" varchar(7) not null, "default_cpt_code" text null, "telehealth" boolean not null default false, "group" boolean not null default false, "active" boolean not null default true, constraint "appointment_type_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "appointment_type_practice_id_name_index" on "appointment_type" ("practice_id", "name");`,
    );

    this.addSql(
      `create table "appointment" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "provider_id" uuid not null, "facility_id" uuid not null, "room_id" uuid null, "appointment_type_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "status" text check ("status" in ('SCHEDULED', 'CONFIRMED', 'ARRIVED', 'IN_SESSION', 'COMPLETED', 'NO_SHOW', 'CANCELLED', 'LATE_CANCELLED')) not null default 'SCHEDULED', "telehealth_url" text null, "cancel_reason" text null, "overridden_warnings" text[] not null default '{}', "override_reason" text null, "version" int not null default 1, constraint "appointment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "appointment_practice_id_facility_id_starts_at_index" on "appointment" ("practice_id", "facility_id", "starts_at");`,
    );

    this.addSql(
      `create table "appointment_attendee" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "appointment_id" uuid not null, "patient_id" uuid not null, "attendance" text check ("attendance" in ('EXPECTED', 'ATTENDED', 'NO_SHOW', 'CANCELLED')) not null default 'EXPECTED', constraint "appointment_attendee_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "appointment_attendee_patient_id_index" on "appointment_attendee" ("patient_id");`);
    this.addSql(
      `alter table "appointment_attendee" add constraint "appointment_attendee_appointment_id_patient_id_unique" unique ("appointment_id", "patient_id");`,
    );

    this.addSql(
      `create table "time_off" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "provider_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "reason" text null, constraint "time_off_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "time_off_provider_id_starts_at_index" on "time_off" ("provider_id", "starts_at");`);

    this.addSql(
      `create table "working_hours" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "provider_id" uuid not null, "facility_id" uuid not null, "weekday" smallint not null, "start_time" varchar(5) not null, "end_time" varchar(5) not null, constraint "working_hours_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "working_hours_provider_id_weekday_index" on "working_hours" ("provider_id", "weekday");`,
    );

    this.addSql(
      `alter table "appointment_type" add constraint "appointment_type_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "appointment" add constraint "appointment_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_provider_id_foreign" foreign key ("provider_id") references "staff_member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_room_id_foreign" foreign key ("room_id") references "room" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_appointment_type_id_foreign" foreign key ("appointment_type_id") references "appointment_type" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "appointment_attendee" add constraint "appointment_attendee_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "appointment_attendee" add constraint "appointment_attendee_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "appointment_attendee" add constraint "appointment_attendee_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "time_off" add constraint "time_off_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "time_off" add constraint "time_off_provider_id_foreign" foreign key ("provider_id") references "staff_member" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "working_hours" add constraint "working_hours_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "working_hours" add constraint "working_hours_provider_id_foreign" foreign key ("provider_id") references "staff_member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "working_hours" add constraint "working_hours_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on update cascade;`,
    );

    // A provider or a room is never double-booked, whatever the concurrency: appointments that
    // still hold their time may not overlap (RELEASED_STATUSES in appointment.entity.ts).
    this.addSql(
      `alter table "appointment" add constraint "appointment_ends_after_start" check ("ends_at" > "starts_at" and "ends_at" <= "starts_at" + interval '8 hours');`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_provider_no_overlap" exclude using gist ("provider_id" with =, tstzrange("starts_at", "ends_at") with &&) where ("status" not in ('CANCELLED', 'LATE_CANCELLED', 'NO_SHOW'));`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_room_no_overlap" exclude using gist ("room_id" with =, tstzrange("starts_at", "ends_at") with &&) where ("room_id" is not null and "status" not in ('CANCELLED', 'LATE_CANCELLED', 'NO_SHOW'));`,
    );
    // Patients' own bookings (double-booking warning) and time off by range.
    this.addSql(
      `create index "appointment_attendee_appointment_id_index" on "appointment_attendee" ("appointment_id");`,
    );
    this.addSql(
      `create index "time_off_provider_range" on "time_off" using gist ("provider_id", tstzrange("starts_at", "ends_at"));`,
    );
  }

  override async down(): Promise<void> {
    for (const table of ['appointment_attendee', 'appointment', 'appointment_type', 'time_off', 'working_hours']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }
}
