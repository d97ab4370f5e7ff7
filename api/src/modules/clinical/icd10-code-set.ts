import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { pgArray } from '../../platform/db/sql';

/** One code of the ICD-10-CM code set (Source: CDC/NCHS), in the fiscal year it was looked up in. */
@DataClassOf(DataClass.DIRECTORY)
@ObjectType({ description: 'An ICD-10-CM code (Source: CDC/NCHS).' })
export class Icd10Code {
  @Field({ description: 'With the dot after the third character, e.g. F41.1.' })
  code!: string;

  @Field()
  description!: string;

  @Field({ description: 'False for a category header: never valid on a claim.' })
  billable!: boolean;

  @Field(() => Int, {
    description: 'The code set it comes from: FY N runs from October 1 of N-1 to September 30 of N.',
  })
  fiscalYear!: number;
}

/** The fiscal year of a date (YYYY-MM-DD): ICD-10-CM changes every October 1. */
export function fiscalYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 10 ? year + 1 : year;
}

let loadedYears: Promise<{ first: number; last: number }> | null = null;

/**
 * The loaded code set to judge a date by: its own fiscal year's, else the nearest one loaded
 * (years arrive by migration, so the range is read once per process).
 */
export async function codeSetYearFor(em: EntityManager, date: string): Promise<number> {
  loadedYears ??= em
    .getConnection()
    .execute<{ first: number; last: number }[]>(
      'select min(fiscal_year) as first, max(fiscal_year) as last from icd10_code',
    )
    .then(([row]) => ({ first: row!.first, last: row!.last }));
  const { first, last } = await loadedYears;
  return Math.min(Math.max(fiscalYearOf(date), first), last);
}

const CODE_LIKE = /^[A-Z][0-9][0-9A-Z]?(\.?[0-9A-Z]{0,4})?$/;

/** "f411" or "F41.1 " → "F41.1": people type codes without the dot and in lower case. */
export function normalizeIcd10(input: string): string {
  const compact = input.trim().toUpperCase().replace('.', '');
  return compact.length > 3 ? `${compact.slice(0, 3)}.${compact.slice(3)}` : compact;
}

export function looksLikeIcd10(input: string): boolean {
  return CODE_LIKE.test(input.trim().toUpperCase());
}

interface CodeRow {
  code: string;
  description: string;
  billable: boolean;
  fiscalYear: number;
}

const SELECT = `select code, description, billable, fiscal_year as "fiscalYear" from icd10_code`;

/**
 * Codes matching a code prefix ("F41", "f41.1") or the words of a title ("generalized anx"),
 * mental and behavioral (chapter F) first, then in code order; headers included, flagged.
 */
export async function searchIcd10(
  em: EntityManager,
  search: string,
  { fiscalYear, first }: { fiscalYear: number; first: number },
): Promise<Icd10Code[]> {
  const text = search.trim();
  if (text === '') return [];
  const order = `order by (left(code, 1) <> 'F'), code limit ?`;
  if (looksLikeIcd10(text)) {
    return em
      .getConnection()
      .execute<CodeRow[]>(`${SELECT} where fiscal_year = ? and code like ? ${order}`, [
        fiscalYear,
        `${normalizeIcd10(text).replace(/[\\%_]/g, '')}%`,
        first,
      ]);
  }
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[\\%_]/g, ''))
    .filter((word) => word.length > 0);
  if (words.length === 0) return [];
  return em
    .getConnection()
    .execute<CodeRow[]>(
      `${SELECT} where fiscal_year = ? and ${words.map(() => 'lower(description) like ?').join(' and ')} ${order}`,
      [fiscalYear, ...words.map((word) => `%${word}%`), first],
    );
}

/** The given codes as the code set of `fiscalYear` has them (absent: not a code that year). */
export async function lookupIcd10(
  em: EntityManager,
  codes: readonly string[],
  fiscalYear: number,
): Promise<Map<string, Icd10Code>> {
  if (codes.length === 0) return new Map();
  const rows = await em
    .getConnection()
    .execute<CodeRow[]>(`${SELECT} where fiscal_year = ? and code = any(?::text[])`, [fiscalYear, pgArray(codes)]);
  return new Map(rows.map((row) => [row.code, Object.assign(new Icd10Code(), row)]));
}

/** Billable codes under a header (for the "choose a more specific code" message). */
export async function billableChildren(
  em: EntityManager,
  header: string,
  fiscalYear: number,
  first = 5,
): Promise<string[]> {
  const rows = await em
    .getConnection()
    .execute<{ code: string }[]>(
      `select code from icd10_code where fiscal_year = ? and code like ? and billable order by code limit ?`,
      [fiscalYear, `${header}%`, first],
    );
  return rows.map((row) => row.code);
}
