import { FullPageLoader, RequireRole } from '@handoff/ui-kit';
import { lazy, Suspense } from 'react';

// What loads with the page is only the sign-in gate (providers, the viewer query, the login
// form). The shell, its navigation and every page come after sign-in, in their own chunks.
const SignedInApp = lazy(() => import('./SignedInApp').then((module) => ({ default: module.SignedInApp })));

export function AppRoutes() {
  return (
    <RequireRole app="portal">
      <Suspense fallback={<FullPageLoader />}>
        <SignedInApp />
      </Suspense>
    </RequireRole>
  );
}
