import { Migration } from '@mikro-orm/migrations';

/** Onset and resolution dates and the problem-list order of diagnoses. */
export class Migration20261129111000DiagnosisDetails extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "diagnosis" add column "onset_date" date null, add column "resolved_on" date null, add column "position" int not null default 0;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "diagnosis" drop column "onset_date", drop column "resolved_on", drop column "position";`,
    );
  }
}
