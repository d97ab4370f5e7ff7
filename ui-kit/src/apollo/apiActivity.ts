/**
 * When the API last heard from this browser. The server measures inactivity from the last request
 * (security.md SESS-03), so the idle-timeout warning counts from the same moment. Tabs of the
 * same origin share one session cookie, so they share this clock through a BroadcastChannel: work
 * in one tab keeps another from warning (and from signing everyone out). A tiny external store so
 * React can subscribe with `useSyncExternalStore`.
 */
let lastRequestAt = Date.now();
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('handoff-api-activity');

let notifyQueued = false;

function set(at: number): void {
  if (at <= lastRequestAt) return;
  lastRequestAt = at;
  // A query may start while a component renders (useQuery): tell subscribers after this render,
  // not during it (React refuses a state update of another component mid-render).
  if (notifyQueued) return;
  notifyQueued = true;
  queueMicrotask(() => {
    notifyQueued = false;
    for (const listener of listeners) listener();
  });
}

channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (typeof event.data === 'number') set(event.data);
});

export function recordApiActivity(at: number = Date.now()): void {
  set(at);
  channel?.postMessage(at);
}

export function getLastApiActivity(): number {
  return lastRequestAt;
}

export function subscribeApiActivity(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
