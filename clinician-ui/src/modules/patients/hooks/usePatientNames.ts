import { useQuery } from '@apollo/client/react';
import { patientDisplayName } from '@handoff/ui-kit';
import { useMemo } from 'react';
import { graphql } from '../../../gql';
import { CASELOAD_SIZE } from '../caseload';

const CaseloadNamesQuery = graphql(`
  query ClinicianCaseloadNames($first: Int!) {
    patients(first: $first) {
      nodes {
        id
        legalFirstName
        legalLastName
      }
    }
  }
`);

/**
 * Patient id → "Last, First" over the caseload: lists of notes and charges carry only the patient
 * id, and the caseload is one small, cached query. Null outside the caseload.
 */
export function usePatientNames() {
  const { data } = useQuery(CaseloadNamesQuery, { variables: { first: CASELOAD_SIZE } });
  const nodes = data?.patients?.nodes;
  return useMemo(() => {
    const byId = new Map((nodes ?? []).map((p) => [p.id, patientDisplayName(p)]));
    return (id: string) => byId.get(id) ?? null;
  }, [nodes]);
}
