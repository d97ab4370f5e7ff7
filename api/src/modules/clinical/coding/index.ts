export type {
  ChargeLine,
  CrisisDocumentation,
  DocumentedDiagnosis,
  DocumentedService,
  EmMdmLevel,
  InteractiveComplexityReason,
  Modality,
  PayerCodingRules,
  RenderingProvider,
  ServiceKind,
  TelehealthCodingRules,
} from './documented-service';
export { PRACTICE_DEFAULT_CODING_RULES } from './documented-service';
export type { CodingResult, SelectedCode } from './cpt-rules';
export { claimDiagnosisCodes, codeService, selectCodes } from './cpt-rules';
export type {
  CheckContext,
  DocumentationFinding,
  DocumentationRule,
  DocumentationRuleId,
  Severity,
} from './documentation-checks';
export {
  DOCUMENTATION_CHECKS,
  holdsCharge,
  runDocumentationChecks,
  UNSPECIFIED_DIAGNOSIS_CODES,
} from './documentation-checks';
