import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { patientNamesOf } from '../../patients/patientNames';
import { ClinicianAttentionQuery, StaffNamesQuery } from '../operations/attention.operations';

/** A draft is late once this many hours have passed since the session (practice policy, domain.md). */
export const LATE_NOTE_HOURS = 72;

/** Often enough that a badge is not stale for long; note mutations refetch it at once anyway. */
const POLL_MS = 5 * 60_000;

/** "Needs my attention", shared by the navigation, My day and the attention pages. */
export function useAttention() {
  const query = useQuery(ClinicianAttentionQuery, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const attention = query.data?.myAttention ?? null;
  const counts = useMemo(() => {
    const unsigned = attention?.unsignedNotes.length ?? 0;
    const cosign = attention?.awaitingMyCosignature.length ?? 0;
    const held = attention?.heldCharges.length ?? 0;
    const late = attention?.unsignedNotes.filter((n) => n.hoursSinceSession > LATE_NOTE_HOURS).length ?? 0;
    return { unsigned, cosign, held, late, total: unsigned + cosign + held };
  }, [attention]);
  // Each note carries its patient's name, so the lists need no caseload lookup (which stops at a page).
  const patientName = useMemo(
    () => patientNamesOf([...(attention?.unsignedNotes ?? []), ...(attention?.awaitingMyCosignature ?? [])]),
    [attention],
  );
  return {
    attention,
    counts,
    patientName,
    loading: query.loading && !attention,
    error: query.error,
    refetch: query.refetch,
  };
}

/** Staff id → display name (for who wrote a note waiting for co-signature). */
export function useStaffNames() {
  const { data } = useQuery(StaffNamesQuery);
  const staff = data?.staff;
  return useMemo(() => {
    const byId = new Map((staff ?? []).map((s) => [s.id, s.displayName]));
    return (id: string) => byId.get(id) ?? null;
  }, [staff]);
}
