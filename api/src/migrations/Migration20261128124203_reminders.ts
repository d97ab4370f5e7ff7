import { Migration } from '@mikro-orm/migrations';

/**
 * Appointment reminders: the patient's consented channels, the practice's lead time, and the
 * log that makes each reminder go out exactly once (claimed by a unique insert before sending).
 */
export class Migration20261128124203Reminders extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "practice" add column "reminder_hours_before" int not null default 24;`);
    this.addSql(`alter table "patient" add column "reminder_channels" text[] not null default '{}';`);
    this.addSql(`create table notification_log (
      id uuid primary key default gen_random_uuid(),
      practice_id uuid not null references practice (id) on delete cascade,
      appointment_id uuid not null references appointment (id) on delete cascade,
      patient_id uuid not null references patient (id),
      channel text not null check (channel in ('EMAIL', 'SMS')),
      kind text not null check (kind in ('REMINDER')),
      starts_at timestamptz not null,
      sent_at timestamptz not null default now(),
      unique (appointment_id, patient_id, channel, kind, starts_at));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists notification_log;`);
    this.addSql(`alter table "patient" drop column "reminder_channels";`);
    this.addSql(`alter table "practice" drop column "reminder_hours_before";`);
  }
}
