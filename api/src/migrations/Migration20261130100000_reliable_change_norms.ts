import { Migration } from '@mikro-orm/migrations';

/**
 * A practice's own reliable-change norms per instrument (SD and reliability), over the defaults:
 * `{"PHQ9": {"sd": 5.5, "reliability": 0.84}}`; an instrument mapped to null has reliable change off.
 */
export class Migration20261130100000ReliableChangeNorms extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "practice" add column "reliable_change_norms" jsonb not null default '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "practice" drop column "reliable_change_norms";`);
  }
}
