import { Migration } from '@mikro-orm/migrations';

const foreignKey = (table: string, column: string, target: string, onDelete: 'cascade' | 'restrict' | 'set null') =>
  `alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}") references "${target}" ("id") on update cascade on delete ${onDelete};`;

/**
 * Medications, allergies, prescriptions and PDMP checks; prescriber credentials and the TOTP second factor on
 * staff_member. A signed prescription is a legal record: the database refuses any change to what was
 * prescribed once it is signed (only its transmission status may still move) and refuses to delete it.
 */
export class Migration20261129160000Medications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "staff_member"
      add column "dea_number" text null,
      add column "state_license_number" text null,
      add column "state_license_state" text null,
      add column "totp_secret" text null,
      add column "totp_pending_secret" text null,
      add column "totp_enabled_at" timestamptz null,
      add column "totp_last_used_step" int null,
      add constraint "staff_member_state_license_state_check" check ("state_license_state" ~ '^[A-Z]{2}$');`);

    this.addSql(`create table "medication" (
      "id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "patient_id" uuid not null, "drug_id" text null, "drug_name" text not null,
      "strength" text null, "form" text null, "sig" text null,
      "prescriber_id" uuid null, "outside_prescriber_name" text null,
      "started_on" date null, "stopped_on" date null, "reason" text null, "stop_reason" text null,
      "status" text check ("status" in ('ACTIVE', 'STOPPED')) not null default 'ACTIVE',
      "prescription_id" uuid null,
      constraint "medication_pkey" primary key ("id"),
      constraint "medication_stopped_has_date" check (("status" = 'STOPPED') = ("stopped_on" is not null)),
      constraint "medication_dates_in_order" check ("stopped_on" is null or "started_on" is null or "stopped_on" >= "started_on"));`);
    this.addSql(`create index "medication_patient_id_status_index" on "medication" ("patient_id", "status");`);
    this.addSql(foreignKey('medication', 'practice_id', 'practice', 'cascade'));
    this.addSql(foreignKey('medication', 'patient_id', 'patient', 'cascade'));
    this.addSql(foreignKey('medication', 'prescriber_id', 'staff_member', 'restrict'));

    this.addSql(`create table "allergy" (
      "id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "patient_id" uuid not null, "substance" text not null, "reaction" text null,
      "severity" text check ("severity" in ('MILD', 'MODERATE', 'SEVERE', 'UNKNOWN')) not null default 'UNKNOWN',
      "noted_on" date not null, "removed_at" timestamptz null, "removed_by_id" uuid null,
      constraint "allergy_pkey" primary key ("id"));`);
    this.addSql(`create index "allergy_patient_id_index" on "allergy" ("patient_id") where "removed_at" is null;`);
    this.addSql(foreignKey('allergy', 'practice_id', 'practice', 'cascade'));
    this.addSql(foreignKey('allergy', 'patient_id', 'patient', 'cascade'));
    this.addSql(foreignKey('allergy', 'removed_by_id', 'staff_member', 'restrict'));

    this.addSql(`create table "pdmp_check" (
      "id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "patient_id" uuid not null, "checked_by_id" uuid not null, "checked_at" timestamptz not null,
      "method" text check ("method" in ('INTEGRATED', 'STATE_PORTAL')) not null,
      "result_summary" text not null, "source" text not null,
      constraint "pdmp_check_pkey" primary key ("id"));`);
    this.addSql(
      `create index "pdmp_check_patient_id_checked_by_id_checked_at_index" on "pdmp_check" ("patient_id", "checked_by_id", "checked_at");`,
    );
    this.addSql(foreignKey('pdmp_check', 'practice_id', 'practice', 'cascade'));
    this.addSql(foreignKey('pdmp_check', 'patient_id', 'patient', 'cascade'));
    this.addSql(foreignKey('pdmp_check', 'checked_by_id', 'staff_member', 'restrict'));

    this.addSql(`create table "prescription" (
      "id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "patient_id" uuid not null, "drafted_by_id" uuid not null, "prescriber_id" uuid null,
      "drug_id" text not null, "drug_name" text not null, "strength" text not null, "form" text null,
      "controlled_schedule" text null check ("controlled_schedule" in ('II', 'III', 'IV', 'V')),
      "quantity" double precision not null check ("quantity" > 0),
      "unit" text check ("unit" in ('TABLET', 'CAPSULE', 'MILLILITER')) not null,
      "refills" int not null check ("refills" >= 0), "days_supply" int not null check ("days_supply" > 0),
      "sig" text not null, "substitution_allowed" boolean not null default true,
      "pharmacy" jsonb not null, "alerts" jsonb not null default '[]', "unscreened_medications" jsonb not null default '[]',
      "override_reason" text null,
      "status" text check ("status" in ('DRAFT', 'SIGNED')) not null default 'DRAFT',
      "signed_at" timestamptz null, "second_factor_verified_at" timestamptz null, "pdmp_check_id" uuid null,
      "message_id" text null, "transmission_status" text null check ("transmission_status" in ('QUEUED')),
      "queued_at" timestamptz null, "outbox_file" text null,
      constraint "prescription_pkey" primary key ("id"),
      constraint "prescription_signed_has_signer" check (("status" = 'SIGNED') = ("signed_at" is not null and "prescriber_id" is not null)),
      constraint "prescription_controlled_needs_epcs_checks" check ("status" = 'DRAFT' or "controlled_schedule" is null
        or ("second_factor_verified_at" is not null and "pdmp_check_id" is not null)));`);
    this.addSql(`create index "prescription_patient_id_created_at_index" on "prescription" ("patient_id", "created_at");`);
    this.addSql(foreignKey('prescription', 'practice_id', 'practice', 'cascade'));
    this.addSql(foreignKey('prescription', 'patient_id', 'patient', 'cascade'));
    this.addSql(foreignKey('prescription', 'drafted_by_id', 'staff_member', 'restrict'));
    this.addSql(foreignKey('prescription', 'prescriber_id', 'staff_member', 'restrict'));
    this.addSql(foreignKey('prescription', 'pdmp_check_id', 'pdmp_check', 'restrict'));
    this.addSql(foreignKey('medication', 'prescription_id', 'prescription', 'set null'));

    this.addSql(`create function prescription_locked() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old.status = 'SIGNED' then
            raise exception 'a signed prescription cannot be deleted' using errcode = 'check_violation';
          end if;
          return old;
        end if;
        if old.status = 'SIGNED' and (
             (to_jsonb(new) - array['updated_at', 'transmission_status', 'queued_at', 'outbox_file'])
             is distinct from (to_jsonb(old) - array['updated_at', 'transmission_status', 'queued_at', 'outbox_file'])) then
          raise exception 'a signed prescription cannot change' using errcode = 'check_violation';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "prescription_locked" before update or delete on "prescription"
      for each row execute function prescription_locked();`);
  }
}
