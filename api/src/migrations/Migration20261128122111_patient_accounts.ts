import { Migration } from '@mikro-orm/migrations';

/**
 * Patient accounts: an append-only ledger (balance = sum of entries), payments with idempotency
 * keys, the practice's financial policy, and the local card processor's own tables.
 */
export class Migration20261128122111PatientAccounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "payment" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "patient_id" uuid not null, "amount_cents" int not null, "method" text check ("method" in ('CASH', 'CHECK', 'CARD')) not null, "status" text check ("status" in ('APPROVED', 'DECLINED')) not null, "check_number" text null, "card_brand" text null, "card_last4" text null, "processor_reference" text null, "decline_reason" text null, "appointment_id" uuid null, "idempotency_key" text not null, "received_by" varchar(255) not null, constraint "payment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "payment_patient_id_index" on "payment" ("patient_id");`);
    this.addSql(
      `alter table "payment" add constraint "payment_practice_id_idempotency_key_unique" unique ("practice_id", "idempotency_key");`,
    );
    this.addSql(
      `create table "ledger_entry" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "patient_id" uuid not null, "kind" text check ("kind" in ('CHARGE', 'FEE', 'PAYMENT', 'ADJUSTMENT')) not null, "amount_cents" int not null, "description" varchar(255) not null, "posted_at" timestamptz not null, "appointment_id" uuid null, "payment_id" uuid null, constraint "ledger_entry_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "ledger_entry_patient_id_posted_at_index" on "ledger_entry" ("patient_id", "posted_at");`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "ledger_entry" add constraint "ledger_entry_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ledger_entry" add constraint "ledger_entry_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "practice" add column "late_cancel_window_hours" int not null default 24, add column "late_cancel_fee_cents" int not null default 5000, add column "no_show_fee_cents" int not null default 7500;`,
    );

    // The ledger is append-only: corrections are new entries, never edits.
    this.addSql(`create function ledger_entry_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'ledger_entry is append-only' using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger ledger_entry_no_update before update or delete on ledger_entry
      for each row execute function ledger_entry_refuse_change();`);

    // The local payment processor (adapters/payment): what a real processor keeps on its side.
    this.addSql(`create table local_processor_card (token text primary key, brand text not null, last4 text not null,
      decline_reason text null, created_at timestamptz not null default now());`);
    this.addSql(`create table local_processor_charge (idempotency_key text primary key, token text not null,
      amount_cents int not null, approved boolean not null, reference text null, created_at timestamptz not null default now());`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists local_processor_charge;`);
    this.addSql(`drop table if exists local_processor_card;`);
    this.addSql(`drop table if exists "ledger_entry" cascade;`);
    this.addSql(`drop function if exists ledger_entry_refuse_change();`);
    this.addSql(`drop table if exists "payment" cascade;`);
    this.addSql(
      `alter table "practice" drop column "late_cancel_window_hours", drop column "late_cancel_fee_cents", drop column "no_show_fee_cents";`,
    );
  }
}
