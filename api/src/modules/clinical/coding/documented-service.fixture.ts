import type { DocumentedService, RenderingProvider } from './documented-service';

/** Shared by the coding tests: the people and the note every case starts from. */
export const THERAPIST: RenderingProvider = { canPrescribe: false, medicalProvider: false, licensed: true };
export const PSYCHIATRIST: RenderingProvider = { canPrescribe: true, medicalProvider: true, licensed: true };

/** A clean, signed 53-minute in-office psychotherapy note by a licensed therapist. */
export function note(overrides: Partial<DocumentedService> = {}): DocumentedService {
  return {
    kind: 'PSYCHOTHERAPY',
    dateOfService: '2026-03-02',
    psychotherapyMinutes: 53,
    emMinutes: null,
    emMdmLevel: null,
    newPatient: false,
    interactiveComplexity: null,
    modality: 'IN_PERSON',
    patientAtHome: false,
    facilityPlaceOfService: '11',
    renderingProvider: THERAPIST,
    coSignedBySupervisor: false,
    diagnoses: [{ code: 'F41.1', billable: true, primary: true }],
    crisisDocumentation: null,
    participants: [],
    ...overrides,
  };
}
