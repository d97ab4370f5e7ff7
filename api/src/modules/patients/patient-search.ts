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
