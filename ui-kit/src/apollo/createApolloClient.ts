import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { recordApiActivity } from './apiActivity';
import { errorCodeOf } from './errors';

/**
 * Every query and mutation keeps partial data: a field the viewer may not read comes back null
 * with a FORBIDDEN error at its path, and the rest of the answer is still good. Declared here so
 * Apollo's types follow the default (any program that builds a client includes this file).
 */
declare module '@apollo/client' {
  export namespace ApolloClient {
    export namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: 'all';
      }
      interface Query {
        errorPolicy: 'all';
      }
      interface Mutate {
        errorPolicy: 'all';
      }
    }
  }
}

export interface CreateApolloClientOptions {
  /** The session is gone (expired, revoked, signed out elsewhere): show the login page. */
  onUnauthenticated: () => void;
  /** A whole query or mutation was refused (not a single field): tell the person. */
  onForbidden: (operationName: string | undefined) => void;
  /** Defaults to `/graphql` on this origin (HTTP and WebSocket share the path). */
  path?: string;
}

/**
 * Set `context: { expectUnauthenticated: true }` on an operation whose UNAUTHENTICATED answer is
 * handled where it is made (a failed sign-in, a logout after the session already expired).
 */
export interface HandoffOperationContext {
  expectUnauthenticated?: boolean;
}

const subscriptionClients = new WeakMap<ApolloClient, Client>();

/** Closes the subscription socket (after sign-out); it reconnects lazily on the next subscription. */
export function closeSubscriptions(client: ApolloClient): void {
  subscriptionClients.get(client)?.terminate();
}

function webSocketUrl(path: string): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}${path}`;
}

/**
 * The one Apollo Client of an app: queries and mutations over HTTP POST (JSON, so Apollo Server's
 * CSRF prevention lets them through) with the same-origin session cookie, subscriptions over
 * graphql-ws on the same path, and one place that reacts to UNAUTHENTICATED and FORBIDDEN.
 */
export function createApolloClient(options: CreateApolloClientOptions): ApolloClient {
  const path = options.path ?? '/graphql';

  const httpLink = new HttpLink({ uri: path, credentials: 'same-origin' });

  // Lazy: the socket opens with the first subscription, after sign-in, so the server's onConnect
  // sees the session cookie.
  const wsClient = createClient({ url: () => webSocketUrl(path), lazy: true, retryAttempts: 5 });
  const wsLink = new GraphQLWsLink(wsClient);

  // The server measures inactivity from the last request; the idle warning mirrors it.
  // Subscription traffic does not count as activity there, so it does not count here.
  const activityLink = new ApolloLink((operation, forward) => {
    if (operation.operationType !== OperationTypeNode.SUBSCRIPTION) recordApiActivity();
    return forward(operation);
  });

  const errorLink = new ErrorLink(({ error, operation }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    const context = operation.getContext() as HandoffOperationContext;
    if (error.errors.some((e) => errorCodeOf(e) === 'UNAUTHENTICATED')) {
      if (!context.expectUnauthenticated) options.onUnauthenticated();
      return;
    }
    // A refused nested field is normal (null + FORBIDDEN at its path, rendered as a lock);
    // only a refused root field means the person tried something their role cannot do.
    if (error.errors.some((e) => errorCodeOf(e) === 'FORBIDDEN' && (e.path?.length ?? 0) <= 1)) {
      options.onForbidden(operation.operationName);
    }
  });

  const transport = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    wsLink,
    httpLink,
  );

  const client = new ApolloClient({
    link: ApolloLink.from([activityLink, errorLink, transport]),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { errorPolicy: 'all' },
      query: { errorPolicy: 'all' },
      mutate: { errorPolicy: 'all' },
    },
  });
  subscriptionClients.set(client, wsClient);
  return client;
}
