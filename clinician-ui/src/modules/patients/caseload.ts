/** A caseload fits in one page; the API returns only patients on the clinician's care team. */
export const CASELOAD_SIZE = 100;
