import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Migration } from '@mikro-orm/migrations';

/** The shipped code sets (CDC/NCHS, public domain): api/data/icd10/icd10cm-codes-fy<year>.tsv.gz. */
export const ICD10_FISCAL_YEARS = [2026, 2027];
const ROWS_PER_STATEMENT = 10_000;

/** code, billable (1/0), description per line, after a header line. */
export function readIcd10File(fiscalYear: number): Array<[code: string, billable: boolean, description: string]> {
  const file = join(__dirname, '..', '..', 'data', 'icd10', `icd10cm-codes-fy${fiscalYear}.tsv.gz`);
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n').slice(1);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [code, billable, description] = line.split('\t') as [string, string, string];
      return [code, billable === '1', description.trim()];
    });
}

/**
 * The ICD-10-CM code set, every code of each fiscal year we ship (headers included, flagged not
 * billable): diagnoses are picked from it and claims are checked against the year of their date
 * of service (domain.md §4). Reference data shared by every practice, so no practice_id.
 */
export class Migration20261129110000Icd10CodeSet extends Migration {
  override async up(): Promise<void> {
    // Byte-order collation: `code like 'F41%'` is then a range read of the primary key.
    await this.execute(`create table icd10_code (
      fiscal_year smallint not null,
      code text collate "C" not null,
      billable boolean not null,
      description text not null,
      constraint icd10_code_pkey primary key (fiscal_year, code));`);
    await this.execute(
      `create index icd10_code_description_trgm on icd10_code using gin (lower(description) gin_trgm_ops);`,
    );
    for (const fiscalYear of ICD10_FISCAL_YEARS) {
      const rows = readIcd10File(fiscalYear);
      for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
        await this.execute(
          `insert into icd10_code (fiscal_year, code, billable, description)
           select ?, r->>0, (r->>1)::boolean, r->>2 from jsonb_array_elements(?::jsonb) r`,
          [fiscalYear, JSON.stringify(rows.slice(start, start + ROWS_PER_STATEMENT))],
        );
      }
    }
    await this.execute('analyze icd10_code;');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists icd10_code;');
  }
}
