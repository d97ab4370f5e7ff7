import { AppShell, NotFoundPage, type AppShellNavItem } from '@handoff/ui-kit';
import { IconUserCircle } from '@tabler/icons-react';
import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';

const MyProfilePage = lazy(() =>
  import('./modules/profile/pages/MyProfilePage').then((module) => ({ default: module.MyProfilePage })),
);

/** Shown inside the shell while a page's chunk loads (the navigation stays usable). */
const PAGE_LOADING = (
  <Center py="xl">
    <Loader size="sm" aria-label="Loading" />
  </Center>
);

const NAV: readonly AppShellNavItem[] = [
  { label: 'My profile', to: '/profile', icon: <IconUserCircle size={16} stroke={1.8} /> },
];

/** The signed-in app: loaded after sign-in (see routes.tsx). */
export function SignedInApp() {
  return (
    <AppShell app="portal" nav={NAV}>
      <Suspense fallback={PAGE_LOADING}>
        <Routes>
          <Route index element={<Navigate to="/profile" replace />} />
          <Route path="profile" element={<MyProfilePage />} />
          <Route path="*" element={<NotFoundPage home="/profile" />} />
        </Routes>
      </Suspense>
    </AppShell>
  );
}
