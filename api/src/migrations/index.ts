import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128083622PatientGraph } from './Migration20261128083622_patient_graph';
import { Migration20261128090000SearchAndAuditChain } from './Migration20261128090000_search_and_audit_chain';
import { Migration20261128120157Scheduling } from './Migration20261128120157_scheduling';
import { Migration20261128121558AppointmentSeries } from './Migration20261128121558_appointment_series';
import { Migration20261128122111PatientAccounts } from './Migration20261128122111_patient_accounts';
import { Migration20261128123712PortalInvitations } from './Migration20261128123712_portal_invitations';
import { Migration20261128124203Reminders } from './Migration20261128124203_reminders';
import { Migration20261128124923Consents } from './Migration20261128124923_consents';
import { Migration20261128151924IntakeAndStatements } from './Migration20261128151924_intake_and_statements';
import { Migration20261128131620InsuranceCardImages } from './Migration20261128131620_insurance_card_images';
import { Migration20261129100000PatientNameOrder } from './Migration20261129100000_patient_name_order';
import { Migration20261129110000Icd10CodeSet } from './Migration20261129110000_icd10_code_set';
import { Migration20261129111000DiagnosisDetails } from './Migration20261129111000_diagnosis_details';
import { Migration20261129120000ProgressNotes } from './Migration20261129120000_progress_notes';
import { Migration20261129130000Charges } from './Migration20261129130000_charges';
import { Migration20261129140000Measures } from './Migration20261129140000_measures';
import { Migration20261129150000TreatmentPlans } from './Migration20261129150000_treatment_plans';
import { Migration20261129151000PsychotherapyNotes } from './Migration20261129151000_psychotherapy_notes';
import { Migration20261129160000Medications } from './Migration20261129160000_medications';
import { Migration20261129170000GroupNotesAndPayerTelehealth } from './Migration20261129170000_group_notes_and_payer_telehealth';
import { Migration20261129180000ClinicianWorkspace } from './Migration20261129180000_clinician_workspace';
import { Migration20261129190000ProviderPatient } from './Migration20261129190000_provider_patient';
import { Migration20261130090000NoKnownAllergies } from './Migration20261130090000_no_known_allergies';
import { Migration20261130100000ReliableChangeNorms } from './Migration20261130100000_reliable_change_norms';
import { Migration20261130110000SignedRowsLockedWhole } from './Migration20261130110000_signed_rows_locked_whole';

/** Applied in this order. A new migration (scripts/create-migration.ts) is appended here by hand. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261128083622_patient_graph', class: Migration20261128083622PatientGraph },
  { name: 'Migration20261128090000_search_and_audit_chain', class: Migration20261128090000SearchAndAuditChain },
  { name: 'Migration20261128120157_scheduling', class: Migration20261128120157Scheduling },
  { name: 'Migration20261128121558_appointment_series', class: Migration20261128121558AppointmentSeries },
  { name: 'Migration20261128122111_patient_accounts', class: Migration20261128122111PatientAccounts },
  { name: 'Migration20261128123712_portal_invitations', class: Migration20261128123712PortalInvitations },
  { name: 'Migration20261128124203_reminders', class: Migration20261128124203Reminders },
  { name: 'Migration20261128124923_consents', class: Migration20261128124923Consents },
  { name: 'Migration20261128131620_insurance_card_images', class: Migration20261128131620InsuranceCardImages },
  { name: 'Migration20261128151924_intake_and_statements', class: Migration20261128151924IntakeAndStatements },
  { name: 'Migration20261129100000_patient_name_order', class: Migration20261129100000PatientNameOrder },
  { name: 'Migration20261129110000_icd10_code_set', class: Migration20261129110000Icd10CodeSet },
  { name: 'Migration20261129111000_diagnosis_details', class: Migration20261129111000DiagnosisDetails },
  { name: 'Migration20261129120000_progress_notes', class: Migration20261129120000ProgressNotes },
  { name: 'Migration20261129130000_charges', class: Migration20261129130000Charges },
  { name: 'Migration20261129140000_measures', class: Migration20261129140000Measures },
  { name: 'Migration20261129150000_treatment_plans', class: Migration20261129150000TreatmentPlans },
  { name: 'Migration20261129151000_psychotherapy_notes', class: Migration20261129151000PsychotherapyNotes },
  { name: 'Migration20261129160000_medications', class: Migration20261129160000Medications },
  {
    name: 'Migration20261129170000_group_notes_and_payer_telehealth',
    class: Migration20261129170000GroupNotesAndPayerTelehealth,
  },
  { name: 'Migration20261129180000_clinician_workspace', class: Migration20261129180000ClinicianWorkspace },
  { name: 'Migration20261129190000_provider_patient', class: Migration20261129190000ProviderPatient },
  { name: 'Migration20261130090000_no_known_allergies', class: Migration20261130090000NoKnownAllergies },
  { name: 'Migration20261130100000_reliable_change_norms', class: Migration20261130100000ReliableChangeNorms },
  { name: 'Migration20261130110000_signed_rows_locked_whole', class: Migration20261130110000SignedRowsLockedWhole },
];
