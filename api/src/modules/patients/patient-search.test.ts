import { parsePatientSearch } from './patient-search';

describe('parsePatientSearch', () => {
  it('reads an ISO or US date as a date of birth', () => {
    expect(parsePatientSearch('1984-03-09')).toEqual({ kind: 'dateOfBirth', date: '1984-03-09' });
    expect(parsePatientSearch('3/9/1984')).toEqual({ kind: 'dateOfBirth', date: '1984-03-09' });
  });

  it('reads a phone number with punctuation as digits', () => {
    expect(parsePatientSearch('(512) 555-0142')).toEqual({ kind: 'digits', digits: '5125550142' });
  });

  it('reads "Last, First" as name words', () => {
    expect(parsePatientSearch('  Okafor, Ada ')).toEqual({
      kind: 'name',
      words: ['okafor', 'ada'],
      text: 'okafor ada',
    });
  });

  it('treats an empty search as the whole list', () => {
    expect(parsePatientSearch('   ')).toEqual({ kind: 'all' });
  });
});
