import { Migration } from '@mikro-orm/migrations';

const INSTRUMENTS = `('PHQ9', 'PHQA', 'GAD7', 'PCL5', 'AUDITC')`;

/**
 * Measurement-based care: assignments, scored administrations and safety alerts. The database
 * holds what it can: one active assignment per patient and instrument, an interval exactly for
 * EVERY_N_WEEKS, scores that never change once written (computed by the server; a later UPDATE
 * could otherwise rewrite a result a decision was made on), and an acknowledgement that is whole
 * (who, when, what) with a note when the action is OTHER.
 */
export class Migration20261129140000Measures extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "measure_assignment" (
      "id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "patient_id" uuid not null,
      "instrument" text check ("instrument" in ${INSTRUMENTS}) not null,
      "schedule" text check ("schedule" in ('ONCE', 'BEFORE_EVERY_APPOINTMENT', 'EVERY_N_WEEKS')) not null,
      "interval_weeks" int null check ("interval_weeks" between 1 and 52),
      "starts_on" date not null, "assigned_by_id" uuid not null,
      "stopped_at" timestamptz null, "stopped_by_id" uuid null,
      constraint "measure_assignment_pkey" primary key ("id"),
      constraint "measure_assignment_interval_for_weekly" check (("schedule" = 'EVERY_N_WEEKS') = ("interval_weeks" is not null)),
      constraint "measure_assignment_stop_is_whole" check (("stopped_at" is null) = ("stopped_by_id" is null)));`);
    this.addSql(`create index "measure_assignment_patient_id_index" on "measure_assignment" ("patient_id");`);
    this.addSql(`create unique index "measure_assignment_one_active" on "measure_assignment" ("patient_id", "instrument")
      where "stopped_at" is null;`);

    this.addSql(`create table "measure_administration" (
      "id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "patient_id" uuid not null,
      "instrument" text check ("instrument" in ${INSTRUMENTS}) not null,
      "instrument_version" text not null, "assignment_id" uuid null,
      "administered_at" timestamptz not null, "administered_on" date not null,
      "source" text check ("source" in ('IN_CLINIC', 'PORTAL')) not null,
      "administered_by_id" uuid null,
      "responses" jsonb not null, "item_scores" jsonb not null,
      "total" int not null check ("total" >= 0),
      "severity_label" text not null,
      "severity_level" text check ("severity_level" in ('MINIMAL', 'LOW', 'MODERATE', 'HIGH', 'VERY_HIGH')) not null,
      "positive" boolean null, "interpretation" text not null,
      "safety_flags" jsonb not null default '[]',
      constraint "measure_administration_pkey" primary key ("id"));`);
    this.addSql(`create index "measure_administration_patient_id_instrument_administered_at_index"
      on "measure_administration" ("patient_id", "instrument", "administered_at");`);

    this.addSql(`create table "safety_alert" (
      "id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "patient_id" uuid not null, "administration_id" uuid not null,
      "instrument" text check ("instrument" in ${INSTRUMENTS}) not null,
      "flags" jsonb not null, "recipient_staff_ids" uuid[] not null,
      "acknowledged_at" timestamptz null, "acknowledged_by_id" uuid null,
      "action" text null check ("action" in ('SAFETY_PLAN_REVIEWED', 'CRISIS_ASSESSMENT_DONE', 'CONTACTED_PATIENT', 'EMERGENCY_SERVICES', 'OTHER')),
      "action_note" text null,
      constraint "safety_alert_pkey" primary key ("id"),
      constraint "safety_alert_ack_is_whole" check (
        ("acknowledged_at" is null) = ("acknowledged_by_id" is null) and ("acknowledged_at" is null) = ("action" is null)),
      constraint "safety_alert_other_has_note" check ("action" is distinct from 'OTHER' or "action_note" is not null));`);
    this.addSql(`create index "safety_alert_patient_id_index" on "safety_alert" ("patient_id");`);
    this.addSql(`create index "safety_alert_recipient_staff_ids_index" on "safety_alert" using gin ("recipient_staff_ids");`);
    this.addSql(`create index "safety_alert_open_index" on "safety_alert" ("patient_id") where "acknowledged_at" is null;`);

    const foreignKeys: [table: string, column: string, target: string, onDelete: string][] = [
      ['measure_assignment', 'practice_id', 'practice', 'cascade'],
      ['measure_assignment', 'patient_id', 'patient', 'cascade'],
      ['measure_assignment', 'assigned_by_id', 'staff_member', 'restrict'],
      ['measure_assignment', 'stopped_by_id', 'staff_member', 'restrict'],
      ['measure_administration', 'practice_id', 'practice', 'cascade'],
      ['measure_administration', 'patient_id', 'patient', 'cascade'],
      ['measure_administration', 'assignment_id', 'measure_assignment', 'set null'],
      ['measure_administration', 'administered_by_id', 'staff_member', 'restrict'],
      ['safety_alert', 'practice_id', 'practice', 'cascade'],
      ['safety_alert', 'patient_id', 'patient', 'cascade'],
      ['safety_alert', 'administration_id', 'measure_administration', 'cascade'],
      ['safety_alert', 'acknowledged_by_id', 'staff_member', 'restrict'],
    ];
    for (const [table, column, target, onDelete] of foreignKeys) {
      this.addSql(
        `alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}") references "${target}" ("id") on update cascade on delete ${onDelete};`,
      );
    }

    // Only the link to an assignment may change (set null if the assignment row ever goes).
    this.addSql(`create function measure_administration_scored() returns trigger language plpgsql as $$
      begin
        if (new.patient_id, new.instrument, new.instrument_version, new.administered_at, new.administered_on,
            new.source, new.administered_by_id, new.responses, new.item_scores, new.total, new.severity_label,
            new.severity_level, new.positive, new.interpretation, new.safety_flags)
           is distinct from
           (old.patient_id, old.instrument, old.instrument_version, old.administered_at, old.administered_on,
            old.source, old.administered_by_id, old.responses, old.item_scores, old.total, old.severity_label,
            old.severity_level, old.positive, old.interpretation, old.safety_flags) then
          raise exception 'a scored measure cannot change' using errcode = 'check_violation';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger measure_administration_scored before update on measure_administration
      for each row execute function measure_administration_scored();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "safety_alert";');
    this.addSql('drop table if exists "measure_administration";');
    this.addSql('drop table if exists "measure_assignment";');
    this.addSql('drop function if exists measure_administration_scored();');
  }
}
