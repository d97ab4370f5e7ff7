import { DomainError } from '../../../platform/errors/domain-error';
import { INSTRUMENT_CODES, INSTRUMENTS, type InstrumentCode } from './instruments';
import { bandsFor, MeasureInputError, MeasureInputErrorCode, scoreResponses, type Answers } from './scoring';

/** Answers in form order: `values[0]` answers item 1. */
function inFormOrder(code: InstrumentCode, values: number[]): Record<string, number> {
  const items = INSTRUMENTS[code].items;
  if (values.length !== items.length) throw new Error(`${code} needs ${items.length} values`);
  return Object.fromEntries(items.map((item, index) => [item.id, values[index]!]));
}

/** Answers reaching `total`, filling items in form order; `fixed` answers are kept as given. */
function withTotal(code: InstrumentCode, total: number, fixed: Record<string, number> = {}): Record<string, number> {
  let remaining = total - Object.values(fixed).reduce((sum, value) => sum + value, 0);
  const answers: Record<string, number> = { ...fixed };
  for (const item of INSTRUMENTS[code].items) {
    if (item.id in fixed) continue;
    const top = Math.max(...item.options.map((option) => option.value));
    answers[item.id] = Math.min(top, remaining);
    remaining -= answers[item.id]!;
  }
  if (remaining !== 0) throw new Error(`${code} cannot reach ${total} with ${JSON.stringify(fixed)}`);
  return answers;
}

function refusal(score: () => unknown): MeasureInputError {
  try {
    score();
  } catch (error) {
    if (error instanceof MeasureInputError) return error;
    throw error;
  }
  throw new Error('expected the answers to be refused');
}

const NO_SELF_HARM = { selfHarmThoughts: 0 };

describe('instrument definitions', () => {
  it('ships PHQ-9, PHQ-A, GAD-7, PCL-5 and AUDIT-C, and not the licensed C-SSRS', () => {
    expect([...INSTRUMENT_CODES].sort()).toEqual(['AUDITC', 'GAD7', 'PCL5', 'PHQ9', 'PHQA']);
    expect(JSON.stringify(INSTRUMENTS)).not.toMatch(/SSRS|Columbia/i);
  });

  it.each(INSTRUMENT_CODES)('%s bands cover every possible total exactly once', (code) => {
    const { bands, maxTotal } = INSTRUMENTS[code];
    for (let total = 0; total <= maxTotal; total++) {
      expect(bands.filter((band) => total >= band.min && total <= band.max)).toHaveLength(1);
    }
    expect(bands.at(-1)!.max).toBe(maxTotal);
  });

  it.each(INSTRUMENT_CODES)('%s has unique ids and answer values that run 0, 1, 2 … without gaps', (code) => {
    const { items, extraQuestions } = INSTRUMENTS[code];
    const ids = [...items, ...extraQuestions].map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of items) expect(item.options.map((option) => option.value)).toEqual(item.options.map((_, i) => i));
  });

  it.each([
    ['PHQ9', 9, 27, '44261-6'],
    ['PHQA', 9, 27, '89204-2'],
    ['GAD7', 7, 21, '70274-6'],
    ['PCL5', 20, 80, null],
    ['AUDITC', 3, 12, '75626-2'],
  ] as const)('%s has %i items, totals 0-%i and total-score LOINC %s', (code, items, maxTotal, loinc) => {
    expect(INSTRUMENTS[code].items).toHaveLength(items);
    expect(INSTRUMENTS[code].maxTotal).toBe(maxTotal);
    expect(INSTRUMENTS[code].loincTotalScore).toBe(loinc);
    expect(INSTRUMENTS[code].version).toEqual(expect.any(String));
  });

  it('PHQ-A asks about mood first and interest second, keyed by the same symptoms as the PHQ-9', () => {
    const phqa = INSTRUMENTS.PHQA.items.map((item) => item.id);
    const phq9 = INSTRUMENTS.PHQ9.items.map((item) => item.id);
    expect(phqa.slice(0, 2)).toEqual(['depressedMood', 'anhedonia']);
    expect(phq9.slice(0, 2)).toEqual(['anhedonia', 'depressedMood']);
    expect([...phqa].sort()).toEqual([...phq9].sort());
    expect(INSTRUMENTS.PHQA.items[0]!.text).toMatch(/irritable/);
    expect(INSTRUMENTS.PHQA.items[6]!.text).toMatch(/schoolwork/);
  });

  it('PHQ-A carries its four extra questions: past-year depression, difficulty and two suicide questions', () => {
    expect(INSTRUMENTS.PHQA.extraQuestions.map((q) => [q.id, q.kind])).toEqual([
      ['pastYearDepression', 'YES_NO'],
      ['difficulty', 'CHOICE'],
      ['pastMonthSuicidalThoughts', 'YES_NO'],
      ['lifetimeSuicideAttempt', 'YES_NO'],
    ]);
  });

  it('AUDIT-C offers five answers, 0 to 4, worded for each question', () => {
    const [frequency, quantity, heavy] = INSTRUMENTS.AUDITC.items;
    expect(frequency!.options.map((o) => o.label)).toEqual([
      'Never',
      'Monthly or less',
      '2-4 times a month',
      '2-3 times a week',
      '4 or more times a week',
    ]);
    expect(quantity!.options.map((o) => o.label)).toEqual(['1 or 2', '3 or 4', '5 or 6', '7 to 9', '10 or more']);
    expect(heavy!.options.map((o) => o.label)).toEqual([
      'Never',
      'Less than monthly',
      'Monthly',
      'Weekly',
      'Daily or almost daily',
    ]);
  });

  it('PCL-5 items fall into the DSM-5 clusters B 1-5, C 6-7, D 8-14, E 15-20, rated over the past month', () => {
    expect(INSTRUMENTS.PCL5.items.map((item) => item.cluster).join('')).toBe('BBBBBCCDDDDDDDEEEEEE');
    expect(INSTRUMENTS.PCL5.recallPeriod).toBe('the past month');
  });
});

describe('PHQ-9', () => {
  it('adds the nine item answers', () => {
    expect(scoreResponses('PHQ9', inFormOrder('PHQ9', [1, 2, 3, 0, 1, 2, 3, 0, 0])).total).toBe(12);
  });

  it.each([
    [0, 'Minimal', 'MINIMAL'],
    [4, 'Minimal', 'MINIMAL'],
    [5, 'Mild', 'LOW'],
    [9, 'Mild', 'LOW'],
    [10, 'Moderate', 'MODERATE'],
    [14, 'Moderate', 'MODERATE'],
    [15, 'Moderately severe', 'HIGH'],
    [19, 'Moderately severe', 'HIGH'],
    [20, 'Severe', 'VERY_HIGH'],
    [24, 'Severe', 'VERY_HIGH'],
  ])('a total of %i is %s', (total, label, level) => {
    const score = scoreResponses('PHQ9', withTotal('PHQ9', total, NO_SELF_HARM));
    expect(score.total).toBe(total);
    expect(score.band).toMatchObject({ label, level });
  });

  it('the maximum of 27 is severe', () => {
    expect(scoreResponses('PHQ9', withTotal('PHQ9', 27)).band.label).toBe('Severe');
  });

  it('10 screens positive for likely major depression and 9 does not', () => {
    const ten = scoreResponses('PHQ9', withTotal('PHQ9', 10, NO_SELF_HARM));
    expect(ten.positive).toBe(true);
    expect(ten.interpretation).toMatch(/likely major depression/);
    expect(scoreResponses('PHQ9', withTotal('PHQ9', 9, NO_SELF_HARM)).positive).toBe(false);
  });

  it.each([1, 2, 3])('item 9 answered %i raises the safety flag even when the total is minimal', (value) => {
    const score = scoreResponses('PHQ9', withTotal('PHQ9', value, { selfHarmThoughts: value }));
    expect(score.band.label).toBe('Minimal');
    expect(score.safetyFlag).toEqual({ itemId: 'selfHarmThoughts', reason: expect.stringMatching(/same-day/) });
    expect(score.interpretation).toMatch(/Safety: PHQ-9 item 9/);
  });

  it('item 9 answered "not at all" raises no flag, even with a severe total', () => {
    const score = scoreResponses('PHQ9', withTotal('PHQ9', 24, NO_SELF_HARM));
    expect(score.band.label).toBe('Severe');
    expect(score.safetyFlag).toBeNull();
    expect(score.interpretation).not.toMatch(/Safety/);
  });

  it('the difficulty question is optional and never changes the total', () => {
    const answers = withTotal('PHQ9', 12, NO_SELF_HARM);
    expect(scoreResponses('PHQ9', answers).total).toBe(12);
    expect(scoreResponses('PHQ9', { ...answers, difficulty: 3 }).total).toBe(12);
    expect(refusal(() => scoreResponses('PHQ9', { ...answers, difficulty: 4 })).message).toBe(
      'PHQ-9 question 10 must be a whole number from 0 to 3.',
    );
  });

  it('reports the instrument and form version with the score', () => {
    expect(scoreResponses('PHQ9', withTotal('PHQ9', 0))).toMatchObject({ instrument: 'PHQ9', version: '1' });
  });
});

describe('PHQ-A', () => {
  it('scores by symptom: the same symptom answers give the same total as on the PHQ-9', () => {
    const answers = { anhedonia: 3, depressedMood: 1, sleep: 2, fatigue: 0, appetite: 2 };
    const rest = { worthlessness: 0, concentration: 1, psychomotor: 0, selfHarmThoughts: 0 };
    expect(scoreResponses('PHQA', { ...answers, ...rest }).total).toBe(9);
    expect(scoreResponses('PHQ9', { ...answers, ...rest }).total).toBe(9);
  });

  it('names missing items by their PHQ-A position: mood is item 1, interest item 2', () => {
    const { depressedMood: _mood, ...noMood } = withTotal('PHQA', 0);
    expect(refusal(() => scoreResponses('PHQA', noMood)).message).toBe('PHQ-A item 1 is missing.');
    const { anhedonia: _interest, ...noInterest } = withTotal('PHQA', 0);
    expect(refusal(() => scoreResponses('PHQA', noInterest)).message).toBe('PHQ-A item 2 is missing.');
  });

  it.each([
    [4, 'Minimal'],
    [5, 'Mild'],
    [9, 'Mild'],
    [10, 'Moderate'],
    [14, 'Moderate'],
    [15, 'Moderately severe'],
    [19, 'Moderately severe'],
    [20, 'Severe'],
  ])('uses the PHQ-9 bands: %i is %s', (total, label) => {
    expect(scoreResponses('PHQA', withTotal('PHQA', total, NO_SELF_HARM)).band.label).toBe(label);
  });

  it('item 9 above 0 raises the safety flag', () => {
    expect(scoreResponses('PHQA', withTotal('PHQA', 1, { selfHarmThoughts: 1 })).safetyFlag?.itemId).toBe(
      'selfHarmThoughts',
    );
  });

  it('a Yes to serious thoughts of ending life in the past month raises the flag with a total of 0', () => {
    const score = scoreResponses('PHQA', { ...withTotal('PHQA', 0), pastMonthSuicidalThoughts: true });
    expect(score.total).toBe(0);
    expect(score.safetyFlag).toEqual({
      itemId: 'pastMonthSuicidalThoughts',
      reason: expect.stringMatching(/same-day/),
    });
  });

  it('a Yes to a suicide attempt at any time in life raises the flag with a total of 0', () => {
    const score = scoreResponses('PHQA', { ...withTotal('PHQA', 0), lifetimeSuicideAttempt: true });
    expect(score.safetyFlag?.itemId).toBe('lifetimeSuicideAttempt');
  });

  it('No to both suicide questions and item 9 at 0 raises no flag', () => {
    const answers = { ...withTotal('PHQA', 18, NO_SELF_HARM), pastMonthSuicidalThoughts: false };
    const score = scoreResponses('PHQA', { ...answers, lifetimeSuicideAttempt: false, pastYearDepression: true });
    expect(score.safetyFlag).toBeNull();
    expect(score.interpretation).not.toMatch(/Safety|left blank/);
  });

  it('with several triggers the flag is the first in form order and the interpretation lists every one', () => {
    const answers = { ...withTotal('PHQA', 2, { selfHarmThoughts: 2 }), pastMonthSuicidalThoughts: true };
    const score = scoreResponses('PHQA', { ...answers, lifetimeSuicideAttempt: true });
    expect(score.safetyFlag?.itemId).toBe('selfHarmThoughts');
    expect(score.interpretation.match(/Safety:/g)).toHaveLength(3);
  });

  it('a blank suicide question is pointed out so the clinician asks it in person', () => {
    const score = scoreResponses('PHQA', { ...withTotal('PHQA', 3, NO_SELF_HARM), pastMonthSuicidalThoughts: false });
    expect(score.safetyFlag).toBeNull();
    expect(score.interpretation).toMatch(/Suicide question 13 left blank: ask in person/);
  });

  it('past-year depression is reported but changes neither the total nor the flag', () => {
    const score = scoreResponses('PHQA', { ...withTotal('PHQA', 6, NO_SELF_HARM), pastYearDepression: true });
    expect(score.total).toBe(6);
    expect(score.safetyFlag).toBeNull();
    expect(score.interpretation).toMatch(/depressed or sad most days in the past year/);
  });

  it('yes/no questions take true or false, not 1 or "yes"', () => {
    const error = refusal(() => scoreResponses('PHQA', { ...withTotal('PHQA', 0), pastMonthSuicidalThoughts: 1 }));
    expect(error.message).toBe('PHQ-A question 12 must be yes or no.');
    expect(error.reason).toBe(MeasureInputErrorCode.ITEM_OUT_OF_RANGE);
  });
});

describe('GAD-7', () => {
  it.each([
    [0, 'Minimal'],
    [4, 'Minimal'],
    [5, 'Mild'],
    [9, 'Mild'],
    [10, 'Moderate'],
    [14, 'Moderate'],
    [15, 'Severe'],
    [21, 'Severe'],
  ])('a total of %i is %s', (total, label) => {
    const score = scoreResponses('GAD7', withTotal('GAD7', total));
    expect(score.total).toBe(total);
    expect(score.band.label).toBe(label);
  });

  it('10 screens positive for probable generalized anxiety disorder and 9 does not', () => {
    expect(scoreResponses('GAD7', withTotal('GAD7', 10)).interpretation).toMatch(/probable generalized anxiety/);
    expect(scoreResponses('GAD7', withTotal('GAD7', 10)).positive).toBe(true);
    expect(scoreResponses('GAD7', withTotal('GAD7', 9)).positive).toBe(false);
  });

  it('never raises a safety flag, even at the maximum', () => {
    expect(scoreResponses('GAD7', withTotal('GAD7', 21)).safetyFlag).toBeNull();
  });
});

describe('AUDIT-C', () => {
  const three = inFormOrder('AUDITC', [2, 1, 0]);
  const four = inFormOrder('AUDITC', [2, 1, 1]);

  it('3 is a positive screen for a woman and a negative one for a man', () => {
    expect(scoreResponses('AUDITC', three, { sex: 'FEMALE' })).toMatchObject({ total: 3, positive: true });
    expect(scoreResponses('AUDITC', three, { sex: 'MALE' })).toMatchObject({ total: 3, positive: false });
    expect(scoreResponses('AUDITC', three, { sex: 'MALE' }).band.label).toBe('Negative screen');
  });

  it('4 is a positive screen for a man', () => {
    const score = scoreResponses('AUDITC', four, { sex: 'MALE' });
    expect(score.positive).toBe(true);
    expect(score.interpretation).toMatch(/Cutoff 4 for men/);
  });

  it.each([
    ['null', { sex: null }],
    ['missing', {}],
    ['not female or male', { sex: 'UNKNOWN' as never }],
  ])('when sex is %s it uses the lower cutoff of 3 and says so', (_, context) => {
    const score = scoreResponses('AUDITC', three, context);
    expect(score.positive).toBe(true);
    expect(score.interpretation).toMatch(/Sex not recorded: used the lower cutoff of 3/);
  });

  it.each(['FEMALE', 'MALE'] as const)('8 or more is high-risk drinking, and 7 is not, for %s patients', (sex) => {
    expect(scoreResponses('AUDITC', inFormOrder('AUDITC', [4, 2, 2]), { sex }).band).toMatchObject({
      label: 'Positive screen, high risk',
      level: 'HIGH',
    });
    expect(scoreResponses('AUDITC', inFormOrder('AUDITC', [4, 2, 1]), { sex }).band.label).toBe('Positive screen');
  });

  it('someone who never drinks may skip questions 2 and 3 and scores 0', () => {
    const score = scoreResponses('AUDITC', { drinkingFrequency: 0 }, { sex: 'FEMALE' });
    expect(score).toMatchObject({ total: 0, positive: false });
  });

  it('questions 2 and 3 are required once the person drinks at all', () => {
    expect(refusal(() => scoreResponses('AUDITC', { drinkingFrequency: 1, heavyDrinkingFrequency: 0 })).message).toBe(
      'AUDIT-C item 2 is missing.',
    );
  });

  it('bands follow the sex-specific cutoff', () => {
    expect(bandsFor('AUDITC', { sex: 'MALE' })[0]).toMatchObject({ min: 0, max: 3 });
    expect(bandsFor('AUDITC', { sex: 'FEMALE' })[0]).toMatchObject({ min: 0, max: 2 });
  });
});

describe('PCL-5', () => {
  const allAt = (value: number) => inFormOrder('PCL5', Array<number>(20).fill(value));

  it('adds 20 items rated 0-4 into a total from 0 to 80', () => {
    expect(scoreResponses('PCL5', allAt(0)).total).toBe(0);
    expect(scoreResponses('PCL5', allAt(4)).total).toBe(80);
  });

  it('33 meets the default provisional PTSD cutoff and 32 does not', () => {
    const at33 = scoreResponses('PCL5', withTotal('PCL5', 33));
    expect(at33.positive).toBe(true);
    expect(at33.band.label).toBe('Provisional PTSD');
    expect(scoreResponses('PCL5', withTotal('PCL5', 32)).positive).toBe(false);
  });

  it('a practice cutoff of 31 makes 31 positive', () => {
    const score = scoreResponses('PCL5', withTotal('PCL5', 31), { pcl5Cutoff: 31 });
    expect(score.positive).toBe(true);
    expect(score.interpretation).toMatch(/at or above the provisional PTSD cutoff of 31/);
    expect(bandsFor('PCL5', { pcl5Cutoff: 31 })[0]).toMatchObject({ min: 0, max: 30 });
  });

  it.each([0, 81, 32.5, Number.NaN])('a cutoff of %s is refused', (pcl5Cutoff) => {
    expect(refusal(() => scoreResponses('PCL5', allAt(1), { pcl5Cutoff })).reason).toBe(
      MeasureInputErrorCode.CONTEXT_INVALID,
    );
  });

  it('meets the DSM-5 rule with exactly 1 B, 1 C, 2 D and 2 E items rated 2, even below the cutoff', () => {
    const answers = { ...allAt(0), intrusiveMemories: 2, avoidInternal: 2, amnesia: 2, blame: 2 };
    const score = scoreResponses('PCL5', { ...answers, startle: 2, sleepTrouble: 2 });
    expect(score.clusterRule).toEqual({ met: true, endorsed: { B: 1, C: 1, D: 2, E: 2 } });
    expect(score.positive).toBe(false);
    expect(score.interpretation).toMatch(/DSM-5 symptom pattern met/);
  });

  it('misses the DSM-5 rule with only one D item rated 2', () => {
    const answers = { ...allAt(0), intrusiveMemories: 2, avoidInternal: 2, amnesia: 2 };
    const score = scoreResponses('PCL5', { ...answers, startle: 2, sleepTrouble: 2 });
    expect(score.clusterRule).toEqual({ met: false, endorsed: { B: 1, C: 1, D: 1, E: 2 } });
  });

  it('items rated 1 ("a little bit") never count towards a cluster', () => {
    expect(scoreResponses('PCL5', allAt(1)).clusterRule).toEqual({ met: false, endorsed: { B: 0, C: 0, D: 0, E: 0 } });
  });

  it('a total over the cutoff can still miss the DSM-5 rule', () => {
    const score = scoreResponses(
      'PCL5',
      inFormOrder('PCL5', [4, 4, 4, 4, 4, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
    );
    expect(score.total).toBe(33);
    expect(score.positive).toBe(true);
    expect(score.clusterRule?.met).toBe(false);
  });

  it('never raises a safety flag', () => {
    expect(scoreResponses('PCL5', allAt(4)).safetyFlag).toBeNull();
  });
});

describe('refusing answers that cannot be scored', () => {
  it('names a missing item by its number, as a BAD_USER_INPUT domain error', () => {
    const { fatigue: _, ...answers } = withTotal('PHQ9', 5, NO_SELF_HARM);
    const error = refusal(() => scoreResponses('PHQ9', answers));
    expect(error.message).toBe('PHQ-9 item 4 is missing.');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      reason: MeasureInputErrorCode.ITEM_MISSING,
      code: 'BAD_USER_INPUT',
      field: 'fatigue',
    });
  });

  it('treats a null answer as missing', () => {
    const answers = { ...withTotal('GAD7', 5), troubleRelaxing: null } as unknown as Answers;
    expect(refusal(() => scoreResponses('GAD7', answers)).message).toBe('GAD-7 item 4 is missing.');
  });

  it.each([4, -1, 1.5, Number.NaN, '2', true])('refuses %p for a 0-3 item without quoting it', (value) => {
    const answers = { ...withTotal('PHQ9', 0), fatigue: value } as unknown as Answers;
    const error = refusal(() => scoreResponses('PHQ9', answers));
    expect(error.reason).toBe(MeasureInputErrorCode.ITEM_OUT_OF_RANGE);
    expect(error.message).toBe('PHQ-9 item 4 must be a whole number from 0 to 3.');
  });

  it('refuses a PCL-5 rating of 5', () => {
    const answers = { ...withTotal('PCL5', 0), startle: 5 };
    expect(refusal(() => scoreResponses('PCL5', answers)).message).toBe(
      'PCL-5 item 18 must be a whole number from 0 to 4.',
    );
  });

  it('refuses an unknown item id without repeating it, since it is free text from the client', () => {
    const answers = { ...withTotal('PHQ9', 0), 'Jane Doe 1990-04-01': 1 };
    const error = refusal(() => scoreResponses('PHQ9', answers));
    expect(error.reason).toBe(MeasureInputErrorCode.UNKNOWN_ITEM);
    expect(error.message).not.toMatch(/Jane|1990/);
  });

  it('refuses a total sent by the client instead of trusting it', () => {
    const error = refusal(() => scoreResponses('PHQ9', { ...withTotal('PHQ9', 3, NO_SELF_HARM), total: 0 }));
    expect(error.reason).toBe(MeasureInputErrorCode.UNKNOWN_ITEM);
  });

  it.each([null, [1, 2, 3], 'answers'])('refuses answers that are not an object: %p', (answers) => {
    expect(refusal(() => scoreResponses('GAD7', answers as unknown as Answers)).reason).toBe(
      MeasureInputErrorCode.ANSWERS_INVALID,
    );
  });

  it('refuses an instrument we do not ship', () => {
    const error = refusal(() => scoreResponses('CSSRS' as InstrumentCode, {}));
    expect(error.reason).toBe(MeasureInputErrorCode.UNKNOWN_INSTRUMENT);
  });
});
