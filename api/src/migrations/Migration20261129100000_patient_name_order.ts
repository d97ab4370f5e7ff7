import { Migration } from '@mikro-orm/migrations';

/**
 * Patient lists and name searches read patients in (lower last name, lower first name, id) order,
 * byte-wise: this index gives that order and the last-name prefix range, so a page stops reading
 * at its end (patient-search.ts). It replaces the case-sensitive name index nothing reads any more.
 */
export class Migration20261129100000PatientNameOrder extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists patient_practice_id_legal_last_name_legal_first_name_index;`);
    this.addSql(
      `create index patient_practice_name on patient (practice_id, (lower(legal_last_name) collate "C"), (lower(legal_first_name) collate "C"), id);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists patient_practice_name;`);
    this.addSql(
      `create index patient_practice_id_legal_last_name_legal_first_name_index on patient (practice_id, legal_last_name, legal_first_name);`,
    );
  }
}
