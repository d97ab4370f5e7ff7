/**
 * The PDMP slot (domain.md §7.3). A real implementation queries the state PDMP through Bamboo Health's PMP
 * Gateway or a state/HIE connection under a per-state agreement and a per-prescriber credential; the
 * result is shown to the prescriber, and only a summary is kept, because many states forbid storing the
 * report. Handoff ships only the local implementation below, which says what it is.
 */
export interface PdmpQueryPatient {
  readonly id: string;
  readonly dateOfBirth: string;
}

export interface PdmpQueryPrescriber {
  readonly id: string;
  readonly stateLicenseState: string | null;
}

export interface PdmpResult {
  /** A short summary fit to keep with the attestation (never the dispensation list itself). */
  readonly summary: string;
  /** Which adapter answered, recorded with the check. */
  readonly source: string;
}

export interface PdmpAdapter {
  query(patient: PdmpQueryPatient, prescriber: PdmpQueryPrescriber): Promise<PdmpResult>;
}

export const LOCAL_PDMP_SUMMARY = 'No fills on record (local PDMP adapter, not a state PDMP).';

/** Answers the same for everyone: it has no dispensation data. Never mistake it for a state PDMP. */
export class LocalPdmpAdapter implements PdmpAdapter {
  query(): Promise<PdmpResult> {
    return Promise.resolve({ summary: LOCAL_PDMP_SUMMARY, source: 'local PDMP adapter' });
  }
}
