import { AppShell, NotFoundPage, PageLoader, type AppShellNavItem } from '@handoff/ui-kit';
import { IconUsers } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';

const MyPatientsPage = lazy(() =>
  import('./modules/patients/pages/MyPatientsPage').then((module) => ({ default: module.MyPatientsPage })),
);
const PatientChartPage = lazy(() =>
  import('./modules/patients/pages/PatientChartPage').then((module) => ({ default: module.PatientChartPage })),
);

const NAV: readonly AppShellNavItem[] = [
  { label: 'My patients', to: '/patients', icon: <IconUsers size={16} stroke={1.8} /> },
];

/** The signed-in app: loaded after sign-in (see routes.tsx). */
export function SignedInApp() {
  return (
    <AppShell app="clinician" nav={NAV}>
      <Suspense fallback={<PageLoader />}>
        <Routes>
          <Route index element={<Navigate to="/patients" replace />} />
          <Route path="patients" element={<MyPatientsPage />} />
          <Route path="patients/:patientId" element={<PatientChartPage />} />
          <Route path="*" element={<NotFoundPage home="/patients" />} />
        </Routes>
      </Suspense>
    </AppShell>
  );
}
