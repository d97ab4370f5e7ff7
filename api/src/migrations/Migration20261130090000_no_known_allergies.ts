import { Migration } from '@mikro-orm/migrations';

/** "No known allergies" as a confirmed fact (who, which day), not the mere absence of allergy rows. */
export class Migration20261130090000NoKnownAllergies extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "patient" add column "no_known_allergies_on" date null,
      add column "no_known_allergies_by_id" uuid null references "staff_member" ("id") on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "patient" drop column "no_known_allergies_on", drop column "no_known_allergies_by_id";`);
  }
}
