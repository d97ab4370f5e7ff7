import { AppShell, NotFoundPage, RequireRole, type AppShellNavItem } from '@handoff/ui-kit';
import { IconUsers } from '@tabler/icons-react';
import { Navigate, Route, Routes } from 'react-router';
import { MyPatientsPage } from './modules/patients/pages/MyPatientsPage';
import { PatientChartPage } from './modules/patients/pages/PatientChartPage';

const NAV: readonly AppShellNavItem[] = [
  { label: 'My patients', to: '/patients', icon: <IconUsers size={16} stroke={1.8} /> },
];

export function AppRoutes() {
  return (
    <RequireRole app="clinician">
      <AppShell app="clinician" nav={NAV}>
        <Routes>
          <Route index element={<Navigate to="/patients" replace />} />
          <Route path="patients" element={<MyPatientsPage />} />
          <Route path="patients/:patientId" element={<PatientChartPage />} />
          <Route path="*" element={<NotFoundPage home="/patients" />} />
        </Routes>
      </AppShell>
    </RequireRole>
  );
}
