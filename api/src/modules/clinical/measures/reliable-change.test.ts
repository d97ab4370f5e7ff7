import {
  classifyChange,
  DEFAULT_RELIABLE_CHANGE_NORMS,
  isRemission,
  isResponse,
  minimumReliableChange,
  normsFor,
  notImproving,
  reliableChangeIndex,
  standardErrorOfDifference,
  type ReliableChangeNorms,
} from './reliable-change';

const PHQ9_NORMS: ReliableChangeNorms = { sd: 5.5, reliability: 0.84 };

describe('Jacobson-Truax reliable change', () => {
  it('PHQ-9 worked example: SD 5.5 and r .84 give SE 2.2, Sdiff 3.1 and a threshold of about 6 points', () => {
    const sdiff = standardErrorOfDifference(PHQ9_NORMS);
    expect(sdiff / Math.SQRT2).toBeCloseTo(2.2, 5);
    expect(sdiff).toBeCloseTo(3.11, 2);
    expect(minimumReliableChange(PHQ9_NORMS)).toBeCloseTo(6.1, 1);
    expect(DEFAULT_RELIABLE_CHANGE_NORMS.PHQ9).toEqual(PHQ9_NORMS);
  });

  it('with a PHQ-9 SD of 5 the threshold is about 5.5 points', () => {
    expect(minimumReliableChange({ sd: 5, reliability: 0.84 })).toBeCloseTo(5.5, 1);
  });

  it('the GAD-7 default threshold is between 4 and 6 points (Bischoff 2020: 5.59)', () => {
    expect(minimumReliableChange(DEFAULT_RELIABLE_CHANGE_NORMS.GAD7!)).toBeCloseTo(5.6, 1);
  });

  it('the PCL-5 default threshold is about 10 points, in line with VA guidance', () => {
    expect(minimumReliableChange(DEFAULT_RELIABLE_CHANGE_NORMS.PCL5!)).toBeCloseTo(10.3, 1);
  });

  it('the PHQ-A borrows the PHQ-9 norms, and the AUDIT-C screen has none', () => {
    expect(DEFAULT_RELIABLE_CHANGE_NORMS.PHQA).toEqual(PHQ9_NORMS);
    expect(DEFAULT_RELIABLE_CHANGE_NORMS.AUDITC).toBeNull();
  });

  it('the index is the change over Sdiff, negative when symptoms fall', () => {
    expect(reliableChangeIndex(20, 10, PHQ9_NORMS)).toBeCloseTo(-3.21, 2);
    expect(reliableChangeIndex(10, 20, PHQ9_NORMS)).toBeCloseTo(3.21, 2);
  });

  it.each([
    { sd: 0, reliability: 0.8 },
    { sd: -5, reliability: 0.8 },
    { sd: 5, reliability: 1 },
    { sd: 5, reliability: -0.1 },
    { sd: Number.NaN, reliability: 0.8 },
  ])('refuses norms %p', (norms) => {
    expect(() => minimumReliableChange(norms)).toThrow(RangeError);
  });

  it("a practice's own norms replace the default, and null switches reliable change off", () => {
    const own = { sd: 6, reliability: 0.9 };
    expect(normsFor('PHQ9', { PHQ9: own })).toBe(own);
    expect(normsFor('GAD7', { PHQ9: own })).toBe(DEFAULT_RELIABLE_CHANGE_NORMS.GAD7);
    expect(normsFor('PHQ9', { PHQ9: null })).toBeNull();
  });
});

describe('classifyChange', () => {
  it.each([
    [18, 11, 'IMPROVED', 'a reliable 7-point drop that is still at or above 10'],
    [15, 8, 'RECOVERED', 'a reliable drop from the clinical range to below 10'],
    [10, 3, 'RECOVERED', 'a reliable drop from exactly 10, which is in the clinical range'],
    [9, 2, 'IMPROVED', 'a reliable drop that started below 10, so there was nothing to recover from'],
    [16, 10, 'UNCHANGED', 'a 6-point drop: RCI 1.93 falls just short of 1.96 with the default norms'],
    [10, 16, 'UNCHANGED', 'a 6-point rise'],
    [8, 15, 'DETERIORATED', 'a reliable 7-point rise'],
    [12, 12, 'UNCHANGED', 'no change'],
  ] as const)('PHQ-9 %i → %i is %s: %s', (baseline, latest, category, _why) => {
    expect(classifyChange(baseline, latest, 'PHQ9')).toBe(category);
  });

  it('with reliability .85 a 6-point PHQ-9 drop becomes reliable', () => {
    const norms = normsFor('PHQ9', { PHQ9: { sd: 5.5, reliability: 0.85 } });
    expect(minimumReliableChange(norms!)).toBeLessThan(6);
    expect(classifyChange(15, 9, 'PHQ9', norms)).toBe('RECOVERED');
    expect(classifyChange(16, 10, 'PHQ9', norms)).toBe('IMPROVED');
  });

  it('the PHQ-A is classified like the PHQ-9', () => {
    expect(classifyChange(15, 8, 'PHQA')).toBe('RECOVERED');
    expect(classifyChange(16, 10, 'PHQA')).toBe('UNCHANGED');
  });

  it.each([
    [14, 7, 'RECOVERED', 'a reliable drop to below 8'],
    [14, 8, 'IMPROVED', 'a reliable drop to 8, which is not below 8'],
    [10, 5, 'UNCHANGED', 'a 5-point drop, under the 5.6-point threshold'],
    [4, 10, 'DETERIORATED', 'a 6-point rise'],
  ] as const)('GAD-7 %i → %i is %s: %s', (baseline, latest, category, _why) => {
    expect(classifyChange(baseline, latest, 'GAD7')).toBe(category);
  });

  it('PCL-5 change is judged against a 10.3-point threshold and the provisional cutoff', () => {
    expect(classifyChange(50, 30, 'PCL5')).toBe('RECOVERED');
    expect(classifyChange(50, 40, 'PCL5')).toBe('UNCHANGED');
    expect(classifyChange(45, 32, 'PCL5')).toBe('RECOVERED');
    expect(classifyChange(45, 32, 'PCL5', DEFAULT_RELIABLE_CHANGE_NORMS.PCL5, 31)).toBe('IMPROVED');
  });

  it('AUDIT-C change is not classified', () => {
    expect(classifyChange(8, 2, 'AUDITC')).toBeNull();
  });

  it.each([
    [28, 10],
    [10, -1],
    [10.5, 10],
  ])('refuses PHQ-9 totals outside 0-27: %p → %p', (baseline, latest) => {
    expect(() => classifyChange(baseline, latest, 'PHQ9')).toThrow(RangeError);
  });
});

describe('response and remission', () => {
  it('a drop of exactly half is a response (20 → 10) and less than half is not (20 → 11)', () => {
    expect(isResponse(20, 10)).toBe(true);
    expect(isResponse(20, 11)).toBe(false);
    expect(isResponse(15, 7)).toBe(true);
  });

  it('a baseline of 0 can never show a response', () => {
    expect(isResponse(0, 0)).toBe(false);
  });

  it.each(['PHQ9', 'PHQA', 'GAD7'] as const)('%s remission is a total below 5', (code) => {
    expect(isRemission(code, 4)).toBe(true);
    expect(isRemission(code, 5)).toBe(false);
  });

  it.each(['PCL5', 'AUDITC'] as const)('%s has no remission definition', (code) => {
    expect(isRemission(code, 0)).toBeNull();
  });
});

describe('notImproving', () => {
  const today = '2026-03-01';

  it('is too early to say before 8 weeks have passed since the first score', () => {
    const series = [
      { date: '2026-01-10', total: 16 },
      { date: '2026-02-20', total: 16 },
    ];
    expect(notImproving(series, 8, 'PHQ9', PHQ9_NORMS, today)).toBe(false);
  });

  it('after 8 weeks, a 2-point PHQ-9 drop is not improving', () => {
    const series = [
      { date: '2026-01-01', total: 16 },
      { date: '2026-02-26', total: 14 },
    ];
    expect(notImproving(series, 8, 'PHQ9', PHQ9_NORMS, today)).toBe(true);
  });

  it('after 8 weeks, a reliable 7-point drop is improving', () => {
    const series = [
      { date: '2026-01-01', total: 16 },
      { date: '2026-02-26', total: 9 },
    ];
    expect(notImproving(series, 8, 'PHQ9', PHQ9_NORMS, today)).toBe(false);
  });

  it('counts from exactly 8 weeks (56 days) after the first score', () => {
    expect(notImproving([{ date: '2026-01-04', total: 16 }], 8, 'PHQ9', PHQ9_NORMS, today)).toBe(true);
    expect(notImproving([{ date: '2026-01-05', total: 16 }], 8, 'PHQ9', PHQ9_NORMS, today)).toBe(false);
  });

  it('a patient not re-measured since the first score counts as not improving', () => {
    expect(
      notImproving([{ date: '2025-12-01', total: 12 }], 8, 'GAD7', DEFAULT_RELIABLE_CHANGE_NORMS.GAD7, today),
    ).toBe(true);
  });

  it('judges the latest score, so a relapse after early improvement is not improving', () => {
    const series = [
      { date: '2025-12-01', total: 18 },
      { date: '2026-01-05', total: 8 },
      { date: '2026-02-23', total: 17 },
    ];
    expect(notImproving(series, 8, 'PHQ9', PHQ9_NORMS, today)).toBe(true);
  });

  it('sorts the series by date, so the order it arrives in does not matter', () => {
    const series = [
      { date: '2026-02-26', total: 9 },
      { date: '2026-01-01', total: 16 },
    ];
    expect(notImproving(series, 8, 'PHQ9', PHQ9_NORMS, today)).toBe(false);
  });

  it('uses the norms it is given', () => {
    const series = [
      { date: '2026-01-01', total: 16 },
      { date: '2026-02-26', total: 10 },
    ];
    expect(notImproving(series, 8, 'PHQ9', PHQ9_NORMS, today)).toBe(true);
    expect(notImproving(series, 8, 'PHQ9', { sd: 5.5, reliability: 0.85 }, today)).toBe(false);
  });

  it('is false with no scores and null for an instrument without norms', () => {
    expect(notImproving([], 8, 'PHQ9', PHQ9_NORMS, today)).toBe(false);
    expect(notImproving([{ date: '2025-01-01', total: 9 }], 8, 'AUDITC', null, today)).toBeNull();
  });

  it('refuses impossible dates and a non-positive number of weeks', () => {
    expect(() => notImproving([{ date: '2026-02-30', total: 9 }], 8, 'PHQ9', PHQ9_NORMS, today)).toThrow(RangeError);
    expect(() => notImproving([], 8, 'PHQ9', PHQ9_NORMS, '03/01/2026')).toThrow(RangeError);
    expect(() => notImproving([], 0, 'PHQ9', PHQ9_NORMS, today)).toThrow(RangeError);
  });
});
