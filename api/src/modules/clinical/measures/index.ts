/**
 * Measurement-based care: built-in instruments, server-side scoring, severity bands, safety
 * flags, and Jacobson-Truax reliable change. Pure functions only: storing administrations is
 * the caller's job, and so is reading the clock (`today` is always a parameter).
 */
export {
  AUDITC_HIGH_RISK,
  DEFAULT_PCL5_CUTOFF,
  INSTRUMENT_CODES,
  INSTRUMENTS,
  isInstrumentCode,
  type AnswerOption,
  type ExtraQuestion,
  type InstrumentCode,
  type InstrumentDefinition,
  type Pcl5Cluster,
  type ScoredItem,
  type SeverityBand,
  type SeverityLevel,
} from './instruments';
export {
  bandsFor,
  MeasureInputError,
  MeasureInputErrorCode,
  scoreDetails,
  scoreResponses,
  type Answers,
  type MeasureScore,
  type Pcl5ClusterRule,
  type SafetyFlag,
  type ScoringContext,
} from './scoring';
export {
  classifyChange,
  DEFAULT_RELIABLE_CHANGE_NORMS,
  isRemission,
  isResponse,
  minimumReliableChange,
  normsFor,
  notImproving,
  RECOVERY_CUTOFFS,
  RELIABLE_CHANGE_Z,
  reliableChangeIndex,
  standardErrorOfDifference,
  type ChangeCategory,
  type ReliableChangeNorms,
  type ScorePoint,
} from './reliable-change';
export { scoredAdministration, type ScoredValues } from './scored-administration';
export { MeasureInstrument, MeasureSchedule, MeasureSource } from './measure-enums';
