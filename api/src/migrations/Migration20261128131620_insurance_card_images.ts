import { Migration } from '@mikro-orm/migrations';

/** Insurance card photos, one per policy and side, stored in PostgreSQL. */
export class Migration20261128131620InsuranceCardImages extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "insurance_card_image" ("id" uuid not null, "practice_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "policy_id" uuid not null, "patient_id" uuid not null, "side" text check ("side" in ('FRONT', 'BACK')) not null, "content_type" varchar(255) not null, "byte_size" int not null, "data" bytea not null, "uploaded_by" varchar(255) not null, constraint "insurance_card_image_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "insurance_card_image" add constraint "insurance_card_image_policy_id_side_unique" unique ("policy_id", "side");`,
    );
    this.addSql(
      `alter table "insurance_card_image" add constraint "insurance_card_image_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "insurance_card_image" add constraint "insurance_card_image_policy_id_foreign" foreign key ("policy_id") references "insurance_policy" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "insurance_card_image" cascade;`);
  }
}
