/** Every list on the Medications tab comes from this one query; each write refetches it. */
export const MEDICATIONS_TAB_QUERIES = ['ClinicianPatientMedications'];
