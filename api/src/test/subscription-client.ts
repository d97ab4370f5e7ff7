import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Received {
  data?: Record<string, any> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** A graphql-ws client that sends the session cookie on the upgrade, as a browser does. */
export function subscriptionClient(baseUrl: string, cookie: string | undefined): Client {
  const url = baseUrl.replace(/^http/, 'ws') + '/graphql';
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  return createClient({ url, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
}

/** Subscribes and collects what arrives; `started` resolves once the server has accepted the operation. */
export function collect(client: Client, query: string, variables: Record<string, unknown>) {
  const received: Received[] = [];
  let failure: unknown;
  let completed = false;
  const waiters: (() => void)[] = [];
  const notify = () => waiters.splice(0).forEach((w) => w());
  const unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (value) => {
        received.push(value as Received);
        notify();
      },
      error: (error) => {
        failure = error;
        notify();
      },
      complete: () => {
        completed = true;
        notify();
      },
    },
  );
  return {
    received,
    get failure() {
      return failure;
    },
    get completed() {
      return completed;
    },
    unsubscribe,
    /** Waits until `count` messages arrived or the subscription ended. */
    async waitFor(count: number, timeoutMs = 5000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count && !failure && !completed && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
  };
}
