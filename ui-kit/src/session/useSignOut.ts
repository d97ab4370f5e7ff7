import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { endSession } from './endSession';

/** The "Sign out" action of the user menu and the wrong-app page. */
export function useSignOut(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(() => endSession(client, { callServer: true, notice: 'You have signed out.' }), [client]);
}
