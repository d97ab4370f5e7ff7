import type { MeasureAdministration } from './measure-administration.entity';
import type { MeasureInstrument, SeverityLevelValue } from './measure-enums';
import { scoreDetails, scoreResponses, type Answers, type SafetyFlag, type ScoringContext } from './scoring';

/** What the server stores of a completed instrument, all of it computed here from the answers. */
export type ScoredValues = Pick<
  MeasureAdministration,
  | 'instrument'
  | 'instrumentVersion'
  | 'responses'
  | 'itemScores'
  | 'total'
  | 'severityLabel'
  | 'severityLevel'
  | 'positive'
  | 'interpretation'
  | 'safetyFlags'
>;

/**
 * Scores one set of answers into the administration's stored values (never trusting a client's
 * score); `flags` are every safety flag raised, for the alert. Throws MeasureInputError (no
 * answer echoed) on an incomplete or invalid set.
 */
export function scoredAdministration(
  code: MeasureInstrument,
  answers: Answers,
  scoring: ScoringContext,
): { values: ScoredValues; flags: SafetyFlag[] } {
  const score = scoreResponses(code, answers, scoring);
  const details = scoreDetails(code, answers);
  return {
    values: {
      instrument: code,
      instrumentVersion: score.version,
      responses: answers,
      itemScores: details.itemScores,
      total: score.total,
      severityLabel: score.band.label,
      severityLevel: score.band.level as SeverityLevelValue,
      positive: score.positive ?? null,
      interpretation: score.interpretation,
      safetyFlags: details.safetyFlags.map((flag) => ({ itemId: flag.itemId, reason: flag.reason })),
    },
    flags: details.safetyFlags,
  };
}
