import { useQuery } from '@apollo/client/react';
import { ClinicianSafetyAlertsQuery } from '../operations/safetyAlerts.operations';

/**
 * Open safety alerts raised for me (My day's panel, the chart banner). Kept current by the
 * shell's live listener, which refetches this query when an alert is raised; no polling.
 */
export function useOpenSafetyAlerts() {
  const query = useQuery(ClinicianSafetyAlertsQuery, { fetchPolicy: 'cache-and-network' });
  const alerts = query.data?.mySafetyAlerts ?? [];
  return {
    alerts,
    loading: query.loading && !query.data,
    error: query.error,
    refetch: query.refetch,
  };
}
