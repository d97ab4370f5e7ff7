import type { ApolloClient } from '@apollo/client';
import { closeSubscriptions, type HandoffOperationContext } from '../apollo/createApolloClient';
import { graphql } from '../gql';
import { markSignedOut } from './sessionStore';
import { ViewerQueryDocument } from './useViewer';

export const LogoutMutationDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export interface EndSessionOptions {
  /** Ask the API to end the session (sign-out button, idle timeout); not when it already has. */
  callServer: boolean;
  /** Shown on the login page. */
  notice: string | null;
  /** Tell this origin's other tabs, so they hide patient data too. Default true. */
  broadcast?: boolean;
}

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('handoff-session');

/** Calls `listener` when another tab of this origin signs out. */
export function onSignedOutInAnotherTab(listener: () => void): () => void {
  const handler = (event: MessageEvent<unknown>) => {
    if (event.data === 'signed-out') listener();
  };
  channel?.addEventListener('message', handler);
  return () => channel?.removeEventListener('message', handler);
}

let ending: Promise<void> | null = null;

/**
 * Signs this tab out: the login page replaces the app in the same render (so no patient data
 * stays on screen), the server session ends, the subscription socket closes and Apollo's cache
 * is emptied (no PHI left in the browser after sign-out: security.md SPA-01).
 */
export function endSession(client: ApolloClient, options: EndSessionOptions): Promise<void> {
  if (ending) return ending;
  ending = (async () => {
    markSignedOut(options.notice);
    if (options.broadcast !== false) channel?.postMessage('signed-out');
    if (options.callServer) {
      const context: HandoffOperationContext = { expectUnauthenticated: true };
      await client.mutate({ mutation: LogoutMutationDocument, context }).catch(() => undefined);
    }
    closeSubscriptions(client);
    await client.clearStore().catch(() => undefined);
    client.cache.writeQuery({ query: ViewerQueryDocument, data: { viewer: null } });
  })().finally(() => {
    ending = null;
  });
  return ending;
}
