import { Migration } from '@mikro-orm/migrations';

/** Signed consents (typed e-signature, version, expiry, revocation). */
export class Migration20261128124923Consents extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "consent" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "patient_id" uuid not null, "kind" text check ("kind" in ('TREATMENT', 'HIPAA_NOTICE', 'TELEHEALTH', 'FINANCIAL_POLICY', 'RELEASE_OF_INFORMATION')) not null, "version" varchar(255) not null, "signer_name" varchar(255) not null, "signer_relationship" varchar(255) not null, "typed_signature" varchar(255) not null, "signed_at" timestamptz not null, "signed_from_ip" text null, "release_to" text null, "expires_on" date null, "revoked_at" timestamptz null, "revoked_reason" text null, constraint "consent_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "consent_patient_id_kind_index" on "consent" ("patient_id", "kind");`);
    this.addSql(
      `alter table "consent" add constraint "consent_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "consent" add constraint "consent_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "consent" cascade;`);
  }
}
