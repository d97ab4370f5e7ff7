import { AppShell, NotFoundPage, PageLoader, type AppShellNavItem } from '@handoff/ui-kit';
import { IconUserCircle } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';

const MyProfilePage = lazy(() =>
  import('./modules/profile/pages/MyProfilePage').then((module) => ({ default: module.MyProfilePage })),
);

const NAV: readonly AppShellNavItem[] = [
  { label: 'My profile', to: '/profile', icon: <IconUserCircle size={16} stroke={1.8} /> },
];

/** The signed-in app: loaded after sign-in (see routes.tsx). */
export function SignedInApp() {
  return (
    <AppShell app="portal" nav={NAV}>
      <Suspense fallback={<PageLoader />}>
        <Routes>
          <Route index element={<Navigate to="/profile" replace />} />
          <Route path="profile" element={<MyProfilePage />} />
          <Route path="*" element={<NotFoundPage home="/profile" />} />
        </Routes>
      </Suspense>
    </AppShell>
  );
}
