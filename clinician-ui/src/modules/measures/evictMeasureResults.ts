import type { ApolloCache } from '@apollo/client';

/**
 * After new answers, drop what the cache knows about this patient's scores and the lists they
 * feed, so the chart, banner, caseload and My day ask again when the clinician returns. (Their
 * queries are not mounted on the tablet page, so refetching them by name would do nothing.)
 */
export function evictMeasureResults(cache: ApolloCache, patientId: string): void {
  const patient = cache.identify({ __typename: 'Patient', id: patientId });
  for (const fieldName of ['latestScores', 'measureHistory', 'measuresDue', 'measureAssignments']) {
    cache.evict({ id: patient, fieldName });
  }
  for (const fieldName of ['mySafetyAlerts', 'notImprovingPatients', 'myDay']) {
    cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
  cache.gc();
}
