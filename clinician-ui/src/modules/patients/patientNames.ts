import { patientDisplayName } from '@handoff/ui-kit';

interface NamedRow {
  patientId: string;
  patient?: { legalFirstName?: string | null; legalLastName?: string | null } | null;
}

/** Patient id → "Last, First" from rows that carry their patient (notes); null for an id not among them. */
export function patientNamesOf(rows: readonly NamedRow[]): (patientId: string) => string | null {
  const byId = new Map(rows.flatMap((row) => (row.patient ? [[row.patientId, patientDisplayName(row.patient)]] : [])));
  return (patientId) => byId.get(patientId) ?? null;
}
