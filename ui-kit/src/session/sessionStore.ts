/**
 * Whether this tab has been signed out, and why. Kept outside Apollo's cache on purpose: signing
 * out must hide patient data in the same render, before the cache is cleared.
 */
export interface SessionState {
  signedOut: boolean;
  /** Shown on the login page: "You were signed out after 15 minutes of inactivity". */
  notice: string | null;
}

let state: SessionState = { signedOut: false, notice: null };
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function getSessionState(): SessionState {
  return state;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function markSignedOut(notice: string | null): void {
  set({ signedOut: true, notice });
}

export function markSignedIn(): void {
  set({ signedOut: false, notice: null });
}
