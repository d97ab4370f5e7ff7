import { AppShell, NotFoundPage, type AppShellNavItem } from '@handoff/ui-kit';
import { IconBuildingBank, IconBuildingHospital, IconReceipt } from '@tabler/icons-react';
import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';

const PatientAccountsPage = lazy(() =>
  import('./modules/accounts/pages/PatientAccountsPage').then((module) => ({ default: module.PatientAccountsPage })),
);
const PayersPage = lazy(() =>
  import('./modules/payers/pages/PayersPage').then((module) => ({ default: module.PayersPage })),
);

/** Shown inside the shell while a page's chunk loads (the navigation stays usable). */
const PAGE_LOADING = (
  <Center py="xl">
    <Loader size="sm" aria-label="Loading" />
  </Center>
);

const NAV: readonly AppShellNavItem[] = [
  { label: 'Patient accounts', to: '/accounts', icon: <IconReceipt size={16} stroke={1.8} /> },
  { label: 'Payers', to: '/payers', icon: <IconBuildingBank size={16} stroke={1.8} /> },
  // Staff, audit and compliance live in one place, the front desk console's Practice section.
  {
    label: 'Practice',
    to: '/practice',
    app: 'frontdesk',
    icon: <IconBuildingHospital size={16} stroke={1.8} />,
    roles: ['PRACTICE_MANAGER'],
  },
];

/** The signed-in app: loaded after sign-in (see routes.tsx). */
export function SignedInApp() {
  return (
    <AppShell app="billing" nav={NAV}>
      <Suspense fallback={PAGE_LOADING}>
        <Routes>
          <Route index element={<Navigate to="/accounts" replace />} />
          <Route path="accounts" element={<PatientAccountsPage />} />
          <Route path="payers" element={<PayersPage />} />
          <Route path="*" element={<NotFoundPage home="/accounts" />} />
        </Routes>
      </Suspense>
    </AppShell>
  );
}
