import { useSyncExternalStore } from 'react';
import { getSessionState, subscribeSession, type SessionState } from './sessionStore';

export function useSessionState(): SessionState {
  return useSyncExternalStore(subscribeSession, getSessionState);
}
