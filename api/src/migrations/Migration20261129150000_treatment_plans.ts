import { Migration } from '@mikro-orm/migrations';

/**
 * Treatment plans, one row per version, and the patient's signature requests. A version that was
 * in effect (ACTIVE, then SUPERSEDED) is the record of the care that was planned: the database
 * refuses to change or delete it, except that the active version may be superseded once. At most
 * one draft and one active version per patient.
 */
export class Migration20261129150000TreatmentPlans extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "treatment_plan_version" (
      "id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "patient_id" uuid not null, "version_number" int not null,
      "status" text check ("status" in ('DRAFT', 'ACTIVE', 'SUPERSEDED')) not null default 'DRAFT',
      "content" jsonb not null, "review_due_on" date null, "author_id" uuid not null,
      "activated_at" timestamptz null, "activated_by_id" uuid null, "superseded_at" timestamptz null,
      "version" int not null default 1,
      constraint "treatment_plan_version_pkey" primary key ("id"),
      constraint "treatment_plan_version_activated" check (("status" = 'DRAFT') = ("activated_at" is null)),
      constraint "treatment_plan_version_superseded" check (("status" = 'SUPERSEDED') = ("superseded_at" is not null)));`);
    this.addSql(
      `alter table "treatment_plan_version" add constraint "treatment_plan_version_patient_id_version_number_unique" unique ("patient_id", "version_number");`,
    );
    this.addSql(
      `create unique index "treatment_plan_version_one_draft" on "treatment_plan_version" ("patient_id") where "status" = 'DRAFT';`,
    );
    this.addSql(
      `create unique index "treatment_plan_version_one_active" on "treatment_plan_version" ("patient_id") where "status" = 'ACTIVE';`,
    );
    // planReviewsDueFor: the active plans of a day's patients by review date.
    this.addSql(
      `create index "treatment_plan_version_review_due" on "treatment_plan_version" ("practice_id", "review_due_on") where "status" = 'ACTIVE';`,
    );
    for (const [column, table] of [
      ['practice_id', 'practice'],
      ['patient_id', 'patient'],
      ['author_id', 'staff_member'],
      ['activated_by_id', 'staff_member'],
    ] as const) {
      const onDelete = column === 'practice_id' || column === 'patient_id' ? 'cascade' : 'restrict';
      this.addSql(
        `alter table "treatment_plan_version" add constraint "treatment_plan_version_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete ${onDelete};`,
      );
    }

    this.addSql(`create table "treatment_plan_signature_request" (
      "id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "plan_version_id" uuid not null, "patient_id" uuid not null, "requested_by_id" uuid not null,
      "requested_at" timestamptz not null,
      "status" text check ("status" in ('PENDING', 'SIGNED', 'DECLINED')) not null default 'PENDING',
      "signed_at" timestamptz null,
      constraint "treatment_plan_signature_request_pkey" primary key ("id"),
      constraint "treatment_plan_signature_request_signed" check (("status" = 'SIGNED') = ("signed_at" is not null)));`);
    this.addSql(
      `create index "treatment_plan_signature_request_plan_version_id_index" on "treatment_plan_signature_request" ("plan_version_id");`,
    );
    this.addSql(
      `create unique index "treatment_plan_signature_request_one_pending" on "treatment_plan_signature_request" ("plan_version_id") where "status" = 'PENDING';`,
    );
    for (const [column, table] of [
      ['practice_id', 'practice'],
      ['plan_version_id', 'treatment_plan_version'],
      ['patient_id', 'patient'],
      ['requested_by_id', 'staff_member'],
    ] as const) {
      const onDelete = column === 'requested_by_id' ? 'restrict' : 'cascade';
      this.addSql(
        `alter table "treatment_plan_signature_request" add constraint "treatment_plan_signature_request_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete ${onDelete};`,
      );
    }

    this.addSql(`create function treatment_plan_version_locked() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old.status <> 'DRAFT' then
            raise exception 'a treatment plan that was in effect cannot be deleted' using errcode = 'check_violation';
          end if;
          return old;
        end if;
        if old.status = 'DRAFT' then
          if new.status = 'SUPERSEDED' then
            raise exception 'a draft is activated, not superseded' using errcode = 'check_violation';
          end if;
          return new;
        end if;
        if new.content is distinct from old.content or new.review_due_on is distinct from old.review_due_on
          or new.patient_id is distinct from old.patient_id or new.practice_id is distinct from old.practice_id
          or new.author_id is distinct from old.author_id or new.version_number is distinct from old.version_number
          or new.activated_at is distinct from old.activated_at
          or new.activated_by_id is distinct from old.activated_by_id
          or new.created_at is distinct from old.created_at
          or (old.status = 'SUPERSEDED' and (new.status is distinct from old.status
                                             or new.superseded_at is distinct from old.superseded_at))
          or (old.status = 'ACTIVE' and new.status = 'DRAFT') then
          raise exception 'a treatment plan that was in effect cannot change: revise it' using errcode = 'check_violation';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger treatment_plan_version_locked before update or delete on treatment_plan_version
      for each row execute function treatment_plan_version_locked();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "treatment_plan_signature_request";');
    this.addSql('drop table if exists "treatment_plan_version";');
    this.addSql('drop function if exists treatment_plan_version_locked();');
  }
}
