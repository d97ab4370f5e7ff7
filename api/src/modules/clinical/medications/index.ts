export { Allergy, AllergySeverity } from './allergy.entity';
export { Medication, MedicationStatus } from './medication.entity';
export { PdmpCheck, PdmpCheckMethod } from './pdmp-check.entity';
export { Prescription, PrescriptionStatus, QuantityUnit } from './prescription.entity';
export {
  AllergyResolver,
  MedicationResolver,
  PatientMedicationsResolver,
  PdmpCheckResolver,
} from './medications.resolver';
export { PrescriberCredentialsResolver, PrescriptionResolver } from './prescription.resolver';
export { FormularyResolver } from './formulary.resolver';
export { medicationsPermissions } from './medications.permissions';
export { prescriptionPdf } from './prescription-pdf';
export { prescribingAdapters } from './prescribing-adapters';
export type { EPrescribingAdapter, NewRxMeta, TransmissionReceipt } from './e-prescribing.adapter';
export type { PdmpAdapter, PdmpResult } from './pdmp.adapter';
