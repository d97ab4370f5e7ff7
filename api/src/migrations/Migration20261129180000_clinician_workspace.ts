import { Migration } from '@mikro-orm/migrations';

/** "My day" reads one provider's appointments of one day: (provider, start) answers it directly. */
export class Migration20261129180000ClinicianWorkspace extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "appointment_provider_id_starts_at_index" on "appointment" ("provider_id", "starts_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "appointment_provider_id_starts_at_index";`);
  }
}
