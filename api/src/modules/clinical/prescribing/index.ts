export {
  DRUG_CLASSES,
  FORMULARY,
  canonicalDrugId,
  findDrug,
  isControlled,
  normalizeDrugKey,
  searchFormulary,
} from './formulary';
export type { ControlledSchedule, DrugClass, FormularyDrug } from './formulary';
export {
  INTERACTION_SCREENING_DISCLAIMER,
  STARTER_INTERACTION_RULES,
  screenNewPrescription,
  screenWashout,
  screenWithRules,
  starterKnowledgeBase,
  unscreenedDrugIds,
} from './interactions';
export type {
  DrugSelector,
  InteractionAlert,
  InteractionKnowledgeBase,
  InteractionRule,
  InteractionSeverity,
  StoppedMedication,
} from './interactions';
export {
  DEA_SCHEDULE_NCI_CODE,
  NewRxInputError,
  NewRxInputErrorReason,
  QUANTITY_UNIT_NCI_CODE,
  buildNewRx,
  escapeXml,
} from './ncpdp-newrx';
export type { NewRxAddress, NewRxInput } from './ncpdp-newrx';
