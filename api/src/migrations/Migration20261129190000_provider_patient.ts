import { Migration } from '@mikro-orm/migrations';

/**
 * Which patients each provider has (non-cancelled) visits with, kept by triggers: the care-team
 * check of every clinician request reads ~a caseload of rows by index instead of joining all of
 * the provider's appointments ever (5,220 for a two-year caseload in the bench: 35–350 ms).
 * Each change re-derives only the (provider, patient) pairs it touches, from the patient's own
 * appointments (indexed, tens of rows).
 */
export class Migration20261129190000ProviderPatient extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "provider_patient" (
      "provider_id" uuid not null, "patient_id" uuid not null, "practice_id" uuid not null,
      constraint "provider_patient_pkey" primary key ("provider_id", "patient_id"));`);
    this.addSql(`create index "provider_patient_patient_id_index" on "provider_patient" ("patient_id");`);
    this.addSql(`create function refresh_provider_patient(p_provider uuid, p_patient uuid) returns void
      language plpgsql as $$
      begin
        if p_provider is null then return; end if;
        -- Concurrent bookings and cancellations of one pair take turns, and each decision reads
        -- the other's committed rows (a fresh snapshot per statement): no stale pair survives.
        perform pg_advisory_xact_lock(hashtextextended(p_provider::text || p_patient::text, 0));
        if exists (select 1 from appointment_attendee at join appointment a on a.id = at.appointment_id
                    where at.patient_id = p_patient and a.provider_id = p_provider
                      and a.status not in ('CANCELLED', 'LATE_CANCELLED')) then
          insert into provider_patient (provider_id, patient_id, practice_id)
            select p_provider, p_patient, p.practice_id from patient p where p.id = p_patient
            on conflict do nothing;
        else
          delete from provider_patient where provider_id = p_provider and patient_id = p_patient;
        end if;
      end $$;`);
    this.addSql(`create function provider_patient_from_attendee() returns trigger language plpgsql as $$
      declare provider uuid;
      begin
        if tg_op <> 'DELETE' then
          perform refresh_provider_patient((select provider_id from appointment where id = new.appointment_id), new.patient_id);
        end if;
        if tg_op <> 'INSERT' then
          provider := (select provider_id from appointment where id = old.appointment_id);
          if provider is null then
            -- The appointment itself is being deleted (cascade): re-derive every pair of the patient.
            perform refresh_provider_patient(pp.provider_id, old.patient_id)
               from provider_patient pp where pp.patient_id = old.patient_id;
          else
            perform refresh_provider_patient(provider, old.patient_id);
          end if;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "appointment_attendee_provider_patient"
      after insert or delete or update of "patient_id", "appointment_id" on "appointment_attendee"
      for each row execute function provider_patient_from_attendee();`);
    this.addSql(`create function provider_patient_from_appointment() returns trigger language plpgsql as $$
      begin
        perform refresh_provider_patient(new.provider_id, at.patient_id)
           from appointment_attendee at where at.appointment_id = new.id;
        if old.provider_id is distinct from new.provider_id then
          perform refresh_provider_patient(old.provider_id, at.patient_id)
             from appointment_attendee at where at.appointment_id = new.id;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "appointment_provider_patient"
      after update of "provider_id", "status" on "appointment"
      for each row when (old.provider_id is distinct from new.provider_id or old.status is distinct from new.status)
      execute function provider_patient_from_appointment();`);
    this.addSql(`insert into provider_patient (provider_id, patient_id, practice_id)
      select distinct a.provider_id, at.patient_id, a.practice_id
        from appointment_attendee at join appointment a on a.id = at.appointment_id
       where a.status not in ('CANCELLED', 'LATE_CANCELLED');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "appointment_provider_patient" on "appointment";`);
    this.addSql(`drop trigger "appointment_attendee_provider_patient" on "appointment_attendee";`);
    this.addSql(`drop function provider_patient_from_appointment();`);
    this.addSql(`drop function provider_patient_from_attendee();`);
    this.addSql(`drop function refresh_provider_patient(uuid, uuid);`);
    this.addSql(`drop table "provider_patient";`);
  }
}
