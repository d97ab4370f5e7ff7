/**
 * Turns what a front-desk user types into a search: a date is a date of birth, digits are a
 * phone number or an MRN, anything else is words of a name (matched with the trigram index).
 */
export type PatientSearch =
  | { kind: 'all' }
  | { kind: 'dateOfBirth'; date: string }
  | { kind: 'digits'; digits: string }
  | { kind: 'name'; words: string[]; text: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const PHONE_OR_MRN = /^[\d\s().+-]+$/;

export function parsePatientSearch(input: string | null | undefined): PatientSearch {
  const text = (input ?? '').trim().toLowerCase();
  if (text === '') return { kind: 'all' };
  if (ISO.test(text)) return { kind: 'dateOfBirth', date: text };
  const us = US.exec(text);
  if (us) {
    const [, month, day, year] = us as unknown as [string, string, string, string];
    return { kind: 'dateOfBirth', date: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` };
  }
  if (PHONE_OR_MRN.test(text)) return { kind: 'digits', digits: text.replace(/\D/g, '') };
  const words = text.split(/[\s,]+/).filter((w) => w.length > 0);
  return { kind: 'name', words, text: words.join(' ') };
}

/**
 * Counting stops after this many matches: "500+ matches" tells the front desk to keep typing as
 * well as an exact figure would, and it keeps a search's cost bounded however large the practice.
 */
export const PATIENT_COUNT_LIMIT = 500;

/** Byte order, whatever the database's collation: the order patient_practice_name stores. */
const LAST_NAME = `lower(p.legal_last_name) collate "C"`;
const FIRST_NAME = `lower(p.legal_first_name) collate "C"`;

export interface PatientSearchSql {
  text: string;
  params: unknown[];
}

const escapeLike = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/** SQL conditions joined with `and`, and their parameters in order. */
class Conditions {
  constructor(
    readonly sql: string[] = [],
    readonly params: unknown[] = [],
  ) {}
  add(sql: string, ...params: unknown[]): this {
    this.sql.push(sql);
    this.params.push(...params);
    return this;
  }
  and(other: Conditions): Conditions {
    return new Conditions([...this.sql, ...other.sql], [...this.params, ...other.params]);
  }
  get text(): string {
    return this.sql.join(' and ');
  }
}

/**
 * One statement that answers a search page: `total` (matches counted up to PATIENT_COUNT_LIMIT + 1)
 * and `ids` (the page, in order). Every typed word must start a word of the name, preferred name
 * or MRN ("smi" finds Smith and Smita, not Kasmir). Patients whose last name starts with a typed
 * word come first, then the others, each alphabetically by last and first name. That first group
 * is read in order from the index patient_practice_name and stops at the page's end; the others
 * and the capped count come through the trigram index. So a search costs about the same in a
 * practice three times the size.
 */
export function patientSearchSql(
  search: PatientSearch,
  practiceId: string,
  onlyPatientIds: string | null,
  first: number,
  offset: number,
): PatientSearchSql {
  const matches = new Conditions().add('p.practice_id = ?', practiceId);
  if (onlyPatientIds !== null) matches.add('p.id = any(?::uuid[])', onlyPatientIds);
  // Name searches only: conditions the trigram index can answer (implied by `matches`, which
  // checks the start of a word), and the last-name prefixes that put a patient in the first group.
  const trigrams = new Conditions();
  let lastNameStarts: Conditions | null = null;
  switch (search.kind) {
    case 'all':
      break;
    case 'dateOfBirth':
      matches.add('p.date_of_birth = ?', search.date);
      break;
    case 'digits':
      matches.add(
        '(p.mrn like ? or (length(?) >= 4 and p.phone_digits like ?))',
        `${search.digits}%`,
        search.digits,
        `%${search.digits}%`,
      );
      break;
    case 'name': {
      const words = search.words.map(escapeLike);
      for (const word of words) {
        matches.add(`(' ' || p.search_text) like ?`, `% ${word}%`);
        trigrams.add('p.search_text like ?', `%${word}%`);
      }
      lastNameStarts = new Conditions(
        [`(${words.map(() => `${LAST_NAME} like ?`).join(' or ')})`],
        words.map((word) => `${word}%`),
      );
      break;
    }
  }
  const end = offset + first + 1;
  const sorted = (tier: number, where: Conditions) => ({
    sql: `(select p.id, ${tier} as tier, ${LAST_NAME} as last_name, ${FIRST_NAME} as first_name
             from patient p where ${where.text} order by 3, 4, 1 limit ?)`,
    params: [...where.params, end],
  });
  const groups = lastNameStarts
    ? [
        sorted(0, matches.and(lastNameStarts)),
        sorted(1, matches.and(trigrams).add(`not ${lastNameStarts.text}`, ...lastNameStarts.params)),
      ]
    : [sorted(0, matches)];
  const counted = matches.and(trigrams);
  return {
    text: `select
        (select count(*) from (select 1 from patient p where ${counted.text}
                                limit ${PATIENT_COUNT_LIMIT + 1}) counted)::int as total,
        (select array_agg(id order by tier, last_name, first_name, id) from (
           select * from (${groups.map((g) => g.sql).join(' union all ')}) hits
            order by tier, last_name, first_name, id limit ? offset ?) page) as ids`,
    params: [...counted.params, ...groups.flatMap((g) => g.params), first + 1, offset],
  };
}
