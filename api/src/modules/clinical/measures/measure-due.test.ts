import { type Completion, type DueAssignment, measuresDue } from './measure-due';

const assignment = (overrides: Partial<DueAssignment>): DueAssignment => ({
  id: 'a1',
  instrument: 'PHQ9',
  schedule: 'ONCE',
  startsOn: '2027-03-01',
  active: true,
  ...overrides,
});
const done = (completedOn: string, instrument: Completion['instrument'] = 'PHQ9'): Completion => ({
  instrument,
  completedOn,
});

describe('ONCE', () => {
  it('is due from its start until completed', () => {
    const once = [assignment({})];
    expect(measuresDue(once, [], [], '2027-02-28')).toEqual([]);
    expect(measuresDue(once, [], [], '2027-03-01')).toEqual([
      { instrument: 'PHQ9', assignmentId: 'a1', schedule: 'ONCE', lastCompletedOn: null },
    ]);
    expect(measuresDue(once, [done('2027-03-04')], [], '2027-03-10')).toEqual([]);
  });

  it('is still due on the days before the completion, and a completion before the start does not count', () => {
    const once = [assignment({})];
    expect(measuresDue(once, [done('2027-03-04')], [], '2027-03-03')).toHaveLength(1);
    expect(measuresDue(once, [done('2027-02-20')], [], '2027-03-03')).toHaveLength(1);
  });

  it('is not fulfilled by another instrument', () => {
    expect(measuresDue([assignment({})], [done('2027-03-02', 'GAD7')], [], '2027-03-03')).toHaveLength(1);
  });
});

describe('BEFORE_EVERY_APPOINTMENT', () => {
  const each = [assignment({ schedule: 'BEFORE_EVERY_APPOINTMENT', instrument: 'GAD7' })];

  it('is due only on appointment days', () => {
    expect(measuresDue(each, [], ['2027-03-02'], '2027-03-02')).toEqual([
      { instrument: 'GAD7', assignmentId: 'a1', schedule: 'BEFORE_EVERY_APPOINTMENT', lastCompletedOn: null },
    ]);
    expect(measuresDue(each, [], ['2027-03-02'], '2027-03-03')).toEqual([]);
  });

  it('is done for the day once completed that day, and due again at the next appointment', () => {
    const completions = [done('2027-03-02', 'GAD7')];
    const days = ['2027-03-02', '2027-03-09'];
    expect(measuresDue(each, completions, days, '2027-03-02')).toEqual([]);
    expect(measuresDue(each, completions, days, '2027-03-09')).toEqual([
      expect.objectContaining({ instrument: 'GAD7', lastCompletedOn: '2027-03-02' }),
    ]);
  });
});

describe('EVERY_N_WEEKS', () => {
  const every4 = [assignment({ schedule: 'EVERY_N_WEEKS', intervalWeeks: 4 })];

  it('is due when never completed', () => {
    expect(measuresDue(every4, [], [], '2027-03-01')).toHaveLength(1);
  });

  it('is due again exactly N weeks after the last completion, not a day earlier', () => {
    const completions = [done('2027-03-01'), done('2027-03-03')];
    expect(measuresDue(every4, completions, [], '2027-03-30')).toEqual([]);
    expect(measuresDue(every4, completions, [], '2027-03-31')).toEqual([
      expect.objectContaining({ lastCompletedOn: '2027-03-03' }),
    ]);
  });

  it('refuses an assignment without an interval', () => {
    expect(() => measuresDue([assignment({ schedule: 'EVERY_N_WEEKS' })], [], [], '2027-03-02')).toThrow(RangeError);
  });
});

it('a stopped assignment is never due', () => {
  expect(measuresDue([assignment({ active: false })], [], ['2027-03-02'], '2027-03-02')).toEqual([]);
});

it('lists an instrument once even when two assignments of it are due', () => {
  const two = [
    assignment({ id: 'a1', schedule: 'BEFORE_EVERY_APPOINTMENT' }),
    assignment({ id: 'a2', schedule: 'EVERY_N_WEEKS', intervalWeeks: 2 }),
    assignment({ id: 'a3', instrument: 'GAD7' }),
  ];
  const due = measuresDue(two, [], ['2027-03-02'], '2027-03-02');
  expect(due.map((d) => [d.instrument, d.assignmentId])).toEqual([
    ['PHQ9', 'a1'],
    ['GAD7', 'a3'],
  ]);
});
