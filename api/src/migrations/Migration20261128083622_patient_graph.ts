import { Migration } from '@mikro-orm/migrations';

export class Migration20261128083622PatientGraph extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_event" ("id" bigserial primary key, "practice_id" uuid null, "seq" bigint null, "occurred_at" timestamptz not null default clock_timestamp(), "action" text check ("action" in ('LOGIN', 'LOGIN_FAILED', 'LOGOUT', 'CREATE', 'UPDATE', 'DELETE', 'READ', 'EMERGENCY_ACCESS')) not null, "actor_user_id" uuid null, "actor_name" text null, "actor_roles" text[] not null default '{}', "entity_type" text null, "entity_id" text null, "patient_id" uuid null, "fields" text[] not null default '{}', "reason" text null, "ip" text null, "request_id" text null, "prev_hash" bytea null, "hash" bytea null);`,
    );
    this.addSql(
      `create index "audit_event_practice_id_actor_user_id_occurred_at_index" on "audit_event" ("practice_id", "actor_user_id", "occurred_at");`,
    );
    this.addSql(
      `create index "audit_event_practice_id_patient_id_occurred_at_index" on "audit_event" ("practice_id", "patient_id", "occurred_at");`,
    );
    this.addSql(
      `create index "audit_event_practice_id_occurred_at_index" on "audit_event" ("practice_id", "occurred_at");`,
    );

    this.addSql(
      `create table "login_throttle" ("email_hash" text not null, "failure_count" int not null default 0, "window_started_at" timestamptz not null, "locked_until" timestamptz null, constraint "login_throttle_pkey" primary key ("email_hash"));`,
    );

    this.addSql(
      `create table "practice" ("id" uuid not null, "name" varchar(255) not null, "slug" varchar(255) not null, "mrn_counter" int not null default 0, "created_at" timestamptz not null, constraint "practice_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "practice" add constraint "practice_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "payer" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "payer_code" varchar(255) not null, "kind" text check ("kind" in ('COMMERCIAL', 'MEDICARE', 'MEDICAID', 'TRICARE', 'OTHER')) not null, "phone" text null, constraint "payer_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "patient" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "mrn" varchar(255) not null, "legal_first_name" varchar(255) not null, "legal_last_name" varchar(255) not null, "preferred_name" text null, "pronouns" text null, "date_of_birth" date not null, "sex_assigned_at_birth" text check ("sex_assigned_at_birth" in ('FEMALE', 'MALE', 'INTERSEX', 'UNKNOWN')) not null, "gender_identity" text null, "mobile_phone" text null, "home_phone" text null, "email" text null, "address_line1" varchar(255) null, "address_line2" text null, "address_city" varchar(255) null, "address_state" varchar(255) null, "address_postal_code" varchar(255) null, "emergency_contact_name" varchar(255) null, "emergency_contact_relationship" varchar(255) null, "emergency_contact_phone" varchar(255) null, "guarantor_name" varchar(255) null, "guarantor_relationship" varchar(255) null, "guarantor_phone" text null, "status" text check ("status" in ('ACTIVE', 'INACTIVE')) not null default 'ACTIVE', "portal_status" text check ("portal_status" in ('NOT_INVITED', 'INVITED', 'ACTIVE', 'DISABLED')) not null default 'NOT_INVITED', "scheduling_preferences" text null, "version" int not null default 1, constraint "patient_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "patient_practice_id_date_of_birth_index" on "patient" ("practice_id", "date_of_birth");`,
    );
    this.addSql(
      `create index "patient_practice_id_legal_last_name_legal_first_name_index" on "patient" ("practice_id", "legal_last_name", "legal_first_name");`,
    );
    this.addSql(`alter table "patient" add constraint "patient_practice_id_mrn_unique" unique ("practice_id", "mrn");`);

    this.addSql(
      `create table "insurance_policy" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "patient_id" uuid not null, "payer_id" uuid not null, "member_id" varchar(255) not null, "group_number" text null, "subscriber_name" varchar(255) not null, "subscriber_date_of_birth" date null, "relationship_to_subscriber" text check ("relationship_to_subscriber" in ('SELF', 'SPOUSE', 'CHILD', 'OTHER')) not null, "priority" text check ("priority" in ('PRIMARY', 'SECONDARY', 'TERTIARY')) not null, "copay_cents" int not null default 0, "effective_from" date not null, "effective_to" date null, "version" int not null default 1, constraint "insurance_policy_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "insurance_policy_patient_id_index" on "insurance_policy" ("patient_id");`);

    this.addSql(
      `create table "facility" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "address_line1" varchar(255) not null, "city" varchar(255) not null, "state" varchar(2) not null, "postal_code" varchar(10) not null, "phone" varchar(255) not null, "time_zone" varchar(255) not null, "place_of_service_code" varchar(2) not null, constraint "facility_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "facility_practice_id_name_index" on "facility" ("practice_id", "name");`);

    this.addSql(
      `create table "diagnosis" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "patient_id" uuid not null, "icd10code" varchar(255) not null, "description" varchar(255) not null, "is_primary" boolean not null default false, "clinical_note" text null, "status" text check ("status" in ('ACTIVE', 'RESOLVED')) not null default 'ACTIVE', "diagnosed_on" date not null, constraint "diagnosis_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "diagnosis_patient_id_index" on "diagnosis" ("patient_id");`);

    this.addSql(
      `create table "room" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "facility_id" uuid not null, constraint "room_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "staff_member" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "first_name" varchar(255) not null, "last_name" varchar(255) not null, "credentials" varchar(255) not null, "npi" text null, "roles" text[] not null, "can_prescribe" boolean not null default false, "calendar_color" text not null default '#4263eb', "supervisor_id" uuid null, "active" boolean not null default true, constraint "staff_member_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "staff_member_practice_id_last_name_first_name_index" on "staff_member" ("practice_id", "last_name", "first_name");`,
    );

    this.addSql(
      `create table "emergency_access_grant" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "patient_id" uuid not null, "staff_member_id" uuid not null, "reason" text not null, "expires_at" timestamptz not null, constraint "emergency_access_grant_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "emergency_access_grant_staff_member_id_expires_at_index" on "emergency_access_grant" ("staff_member_id", "expires_at");`,
    );

    this.addSql(
      `create table "care_team_member" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "patient_id" uuid not null, "staff_member_id" uuid not null, "role" text check ("role" in ('PRIMARY_CLINICIAN', 'PRESCRIBER', 'SUPERVISOR')) not null, constraint "care_team_member_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "care_team_member_staff_member_id_index" on "care_team_member" ("staff_member_id");`);
    this.addSql(
      `alter table "care_team_member" add constraint "care_team_member_patient_id_staff_member_id_role_unique" unique ("patient_id", "staff_member_id", "role");`,
    );

    this.addSql(
      `create table "app_user" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(255) not null, "password_hash" varchar(255) not null, "staff_member_id" uuid null, "patient_id" uuid null, "active" boolean not null default true, "last_login_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`alter table "app_user" add constraint "app_user_staff_member_id_unique" unique ("staff_member_id");`);
    this.addSql(`alter table "app_user" add constraint "app_user_patient_id_unique" unique ("patient_id");`);
    this.addSql(`create index "app_user_practice_id_index" on "app_user" ("practice_id");`);

    this.addSql(
      `create table "session" ("token_hash" text not null, "user_id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" text null, constraint "session_pkey" primary key ("token_hash"));`,
    );
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    this.addSql(
      `alter table "payer" add constraint "payer_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "patient" add constraint "patient_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "insurance_policy" add constraint "insurance_policy_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "insurance_policy" add constraint "insurance_policy_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "insurance_policy" add constraint "insurance_policy_payer_id_foreign" foreign key ("payer_id") references "payer" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "facility" add constraint "facility_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "diagnosis" add constraint "diagnosis_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "diagnosis" add constraint "diagnosis_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "room" add constraint "room_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "room" add constraint "room_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "staff_member" add constraint "staff_member_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "staff_member" add constraint "staff_member_supervisor_id_foreign" foreign key ("supervisor_id") references "staff_member" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "emergency_access_grant" add constraint "emergency_access_grant_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "emergency_access_grant" add constraint "emergency_access_grant_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "emergency_access_grant" add constraint "emergency_access_grant_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "care_team_member" add constraint "care_team_member_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "care_team_member" add constraint "care_team_member_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "care_team_member" add constraint "care_team_member_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "payer" drop constraint "payer_practice_id_foreign";`);

    this.addSql(`alter table "patient" drop constraint "patient_practice_id_foreign";`);

    this.addSql(`alter table "insurance_policy" drop constraint "insurance_policy_practice_id_foreign";`);

    this.addSql(`alter table "facility" drop constraint "facility_practice_id_foreign";`);

    this.addSql(`alter table "diagnosis" drop constraint "diagnosis_practice_id_foreign";`);

    this.addSql(`alter table "room" drop constraint "room_practice_id_foreign";`);

    this.addSql(`alter table "staff_member" drop constraint "staff_member_practice_id_foreign";`);

    this.addSql(`alter table "emergency_access_grant" drop constraint "emergency_access_grant_practice_id_foreign";`);

    this.addSql(`alter table "care_team_member" drop constraint "care_team_member_practice_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_practice_id_foreign";`);

    this.addSql(`alter table "insurance_policy" drop constraint "insurance_policy_payer_id_foreign";`);

    this.addSql(`alter table "insurance_policy" drop constraint "insurance_policy_patient_id_foreign";`);

    this.addSql(`alter table "diagnosis" drop constraint "diagnosis_patient_id_foreign";`);

    this.addSql(`alter table "emergency_access_grant" drop constraint "emergency_access_grant_patient_id_foreign";`);

    this.addSql(`alter table "care_team_member" drop constraint "care_team_member_patient_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_patient_id_foreign";`);

    this.addSql(`alter table "room" drop constraint "room_facility_id_foreign";`);

    this.addSql(`alter table "staff_member" drop constraint "staff_member_supervisor_id_foreign";`);

    this.addSql(
      `alter table "emergency_access_grant" drop constraint "emergency_access_grant_staff_member_id_foreign";`,
    );

    this.addSql(`alter table "care_team_member" drop constraint "care_team_member_staff_member_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_staff_member_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "login_throttle" cascade;`);

    this.addSql(`drop table if exists "practice" cascade;`);

    this.addSql(`drop table if exists "payer" cascade;`);

    this.addSql(`drop table if exists "patient" cascade;`);

    this.addSql(`drop table if exists "insurance_policy" cascade;`);

    this.addSql(`drop table if exists "facility" cascade;`);

    this.addSql(`drop table if exists "diagnosis" cascade;`);

    this.addSql(`drop table if exists "room" cascade;`);

    this.addSql(`drop table if exists "staff_member" cascade;`);

    this.addSql(`drop table if exists "emergency_access_grant" cascade;`);

    this.addSql(`drop table if exists "care_team_member" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);
  }
}
