import { Migration } from '@mikro-orm/migrations';

/** Portal invitations: single-use, expiring activation links (only the token's hash is kept). */
export class Migration20261128123712PortalInvitations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "portal_invitation" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "patient_id" uuid not null, "email" varchar(255) not null, "token_hash" varchar(255) not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, "sent_by" varchar(255) not null, constraint "portal_invitation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "portal_invitation" add constraint "portal_invitation_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `create index "portal_invitation_patient_id_created_at_index" on "portal_invitation" ("patient_id", "created_at");`,
    );
    this.addSql(
      `alter table "portal_invitation" add constraint "portal_invitation_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "portal_invitation" add constraint "portal_invitation_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_invitation" cascade;`);
  }
}
