import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is acting, for code below the resolvers that has no context argument (the audit subscriber). */
export interface ActingUser {
  practiceId: string;
  userId: string;
  name: string;
  roles: readonly string[];
  ip: string | null;
  requestId: string;
}

export const actorStorage = new AsyncLocalStorage<{ actor: ActingUser | null }>();

export function currentActor(): ActingUser | null {
  return actorStorage.getStore()?.actor ?? null;
}
