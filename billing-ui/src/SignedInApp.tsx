import { AppShell, NotFoundPage, PageLoader, type AppShellNavItem } from '@handoff/ui-kit';
import { IconBuildingBank, IconBuildingHospital, IconReceipt } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';

const PatientAccountsPage = lazy(() =>
  import('./modules/accounts/pages/PatientAccountsPage').then((module) => ({ default: module.PatientAccountsPage })),
);
const PayersPage = lazy(() =>
  import('./modules/payers/pages/PayersPage').then((module) => ({ default: module.PayersPage })),
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
      <Suspense fallback={<PageLoader />}>
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
