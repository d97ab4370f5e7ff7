/**
 * Jacobson-Truax (1991) reliable change and the outcome categories of measurement-based care
 * (domain.md §5.1). Higher totals mean worse symptoms on every instrument here, so a negative
 * change index is improvement.
 */
import { DEFAULT_PCL5_CUTOFF, INSTRUMENTS, type InstrumentCode } from './instruments';

/** Population figures for the instrument's total score. Practices may configure their own. */
export interface ReliableChangeNorms {
  /** Standard deviation of baseline (clinical-sample) totals. */
  sd: number;
  /** Test-retest reliability or Cronbach's α, from 0 up to (not including) 1. */
  reliability: number;
}

/** Two-tailed 95%: a change is reliable when |RCI| is greater than this. */
export const RELIABLE_CHANGE_Z = 1.96;

/**
 * Default norms; `null` where reliable change is not applicable.
 *
 * - PHQ-9: domain.md §5.1 worked example (SD 5.5, r .84). Threshold 6.10 points, so on
 *   whole-number totals a 7-point change is reliable and a 6-point one is not (RCI 1.93).
 *   NHS Talking Therapies' "drop of 6" is the rounded figure; reliability .85 would give 5.90.
 * - PHQ-A: no adolescent norms in our references; it shares the PHQ-9's 0-27 scale and bands.
 * - GAD-7: Bischoff et al. 2020 (Psychology, Community & Health 8(1):176-187), 14-28-day
 *   test-retest r = .87 and a published RCI of 5.59 ("rounded to 6"). SD 5.6 is the baseline SD
 *   that this r and RCI imply (back-calculated; the paper's abstract does not quote it). Threshold 5.60.
 * - PCL-5: J Affect Disord 2020;277:368-374 (PMC7443209) Table 3, SD 12.40 and α .91. Threshold
 *   10.3 points, consistent with VA guidance (5-10 points reliable, 10-20 clinically meaningful).
 * - AUDIT-C: a three-item screen with no published reliable-change norms.
 */
export const DEFAULT_RELIABLE_CHANGE_NORMS: Readonly<Record<InstrumentCode, ReliableChangeNorms | null>> = {
  PHQ9: { sd: 5.5, reliability: 0.84 },
  PHQA: { sd: 5.5, reliability: 0.84 },
  GAD7: { sd: 5.6, reliability: 0.87 },
  PCL5: { sd: 12.4, reliability: 0.91 },
  AUDITC: null,
};

/**
 * "Recovered" means starting at or above this total and ending below it (Jacobson-Truax
 * criterion c in practice): PHQ-9 and PHQ-A 10, GAD-7 8 (the NHS Talking Therapies caseness
 * cutoffs), PCL-5 the default provisional cutoff; pass the practice's own to `classifyChange`.
 */
export const RECOVERY_CUTOFFS: Readonly<Record<InstrumentCode, number | null>> = {
  PHQ9: 10,
  PHQA: 10,
  GAD7: 8,
  PCL5: DEFAULT_PCL5_CUTOFF,
  AUDITC: null,
};

/** Remission is a total below this (PHQ-9 <5 is the HEDIS-style definition); not defined for the screens. */
const REMISSION_BELOW: Readonly<Record<InstrumentCode, number | null>> = {
  PHQ9: 5,
  PHQA: 5,
  GAD7: 5,
  PCL5: null,
  AUDITC: null,
};

export type ChangeCategory = 'RECOVERED' | 'IMPROVED' | 'UNCHANGED' | 'DETERIORATED';

export interface ScorePoint {
  /** Local date the measure was completed, YYYY-MM-DD. */
  date: string;
  total: number;
}

/**
 * The norms in force for an instrument: the practice's override when it has one (`null`
 * switches reliable change off), otherwise the default.
 */
export function normsFor(
  code: InstrumentCode,
  overrides: Partial<Record<InstrumentCode, ReliableChangeNorms | null>> = {},
): ReliableChangeNorms | null {
  return Object.hasOwn(overrides, code) ? (overrides[code] ?? null) : DEFAULT_RELIABLE_CHANGE_NORMS[code];
}

/** Standard error of the difference between two scores: SD × √(1 − r) × √2. */
export function standardErrorOfDifference(norms: ReliableChangeNorms): number {
  assertNorms(norms);
  return norms.sd * Math.sqrt(1 - norms.reliability) * Math.SQRT2;
}

/**
 * The smallest change in points that is reliable: 1.96 × Sdiff. PHQ-9 with SD 5.5 and r .84:
 * SE 2.2, Sdiff 3.11, threshold 6.10.
 */
export function minimumReliableChange(norms: ReliableChangeNorms): number {
  return RELIABLE_CHANGE_Z * standardErrorOfDifference(norms);
}

/** RCI = (x2 − x1) / Sdiff; below −1.96 is reliable improvement, above 1.96 reliable worsening. */
export function reliableChangeIndex(x1: number, x2: number, norms: ReliableChangeNorms): number {
  return (x2 - x1) / standardErrorOfDifference(norms);
}

/**
 * Jacobson-Truax outcome from baseline to latest: RECOVERED (reliable improvement that crossed
 * below the cutoff from at or above it), IMPROVED (reliable improvement only), DETERIORATED
 * (reliable worsening) or UNCHANGED. `null` when the instrument has no norms (AUDIT-C).
 *
 * @param cutoff the recovery cutoff; defaults to `RECOVERY_CUTOFFS[code]` (pass the practice's PCL-5 cutoff).
 * @throws RangeError for totals outside the instrument's range or invalid norms.
 */
export function classifyChange(
  baseline: number,
  latest: number,
  code: InstrumentCode,
  norms: ReliableChangeNorms | null = DEFAULT_RELIABLE_CHANGE_NORMS[code],
  cutoff: number | null = RECOVERY_CUTOFFS[code],
): ChangeCategory | null {
  assertTotal(code, baseline);
  assertTotal(code, latest);
  if (!norms) return null;
  const rci = reliableChangeIndex(baseline, latest, norms);
  if (rci > RELIABLE_CHANGE_Z) return 'DETERIORATED';
  if (rci >= -RELIABLE_CHANGE_Z) return 'UNCHANGED';
  // Only someone who started in the clinical range can recover (NHS Talking Therapies "caseness").
  const crossedCutoff = cutoff !== null && baseline >= cutoff && latest < cutoff;
  return crossedCutoff ? 'RECOVERED' : 'IMPROVED';
}

/** Response: the total fell by at least half from a baseline above 0. */
export function isResponse(baseline: number, latest: number): boolean {
  return baseline > 0 && 2 * (baseline - latest) >= baseline;
}

/** Remission: PHQ-9 or PHQ-A below 5, GAD-7 below 5. `null` for instruments without a definition. */
export function isRemission(code: InstrumentCode, latest: number): boolean | null {
  assertTotal(code, latest);
  const below = REMISSION_BELOW[code];
  return below === null ? null : latest < below;
}

/**
 * "Not improving" for caseload review: at least `weeks` weeks have passed since the first
 * score and the latest score shows no reliable improvement over that first one. A patient
 * never re-measured in that time counts as not improving (nothing shows they are). False
 * while it is too early or with no scores; `null` when the instrument has no norms.
 *
 * @param today the caller's local date (YYYY-MM-DD); rules never read the clock.
 */
export function notImproving(
  series: readonly ScorePoint[],
  weeks: number,
  code: InstrumentCode,
  norms: ReliableChangeNorms | null,
  today: string,
): boolean | null {
  if (!Number.isFinite(weeks) || weeks <= 0) throw new RangeError('weeks must be a positive number.');
  const todayDay = dayNumber(today);
  const ordered = series
    .map((point) => {
      assertTotal(code, point.total);
      return { day: dayNumber(point.date), total: point.total };
    })
    .sort((a, b) => a.day - b.day);
  if (!norms) return null;
  const baseline = ordered[0];
  const latest = ordered[ordered.length - 1];
  if (!baseline || !latest || todayDay - baseline.day < weeks * 7) return false;
  return reliableChangeIndex(baseline.total, latest.total, norms) >= -RELIABLE_CHANGE_Z;
}

function assertNorms(norms: ReliableChangeNorms): void {
  const { sd, reliability } = norms;
  if (!(Number.isFinite(sd) && sd > 0 && Number.isFinite(reliability) && reliability >= 0 && reliability < 1)) {
    throw new RangeError('Reliable-change norms need sd > 0 and 0 ≤ reliability < 1.');
  }
}

/** Totals are stored scores; one outside the range is a bug upstream, not a reliable change. */
function assertTotal(code: InstrumentCode, total: number): void {
  const { shortTitle, maxTotal } = INSTRUMENTS[code];
  if (!Number.isInteger(total) || total < 0 || total > maxTotal) {
    throw new RangeError(`${shortTitle} totals are whole numbers from 0 to ${maxTotal}.`);
  }
}

/** Days since 1970-01-01 for a YYYY-MM-DD date (a timestamp's date part is accepted). */
function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
    const parsed = new Date(Date.UTC(year, month, day));
    // Date.UTC rolls 2026-02-30 over into March; a real date reads back unchanged.
    if (parsed.getUTCMonth() === month && parsed.getUTCDate() === day) return parsed.getTime() / 86_400_000;
  }
  throw new RangeError('Dates must be real dates written YYYY-MM-DD.');
}
