import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql';
import type { Role, ViewerFieldsFragment } from '../gql/graphql';

export const ViewerQueryDocument = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

export type Viewer = ViewerFieldsFragment;

/** The signed-in user (null when signed out), shared by every component through Apollo's cache. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(ViewerQueryDocument);
  const viewer = data?.viewer ?? null;
  const hasRole = useCallback((...roles: Role[]) => !!viewer && viewer.roles.some((r) => roles.includes(r)), [viewer]);
  return { viewer, loading, error, refetch, hasRole };
}
