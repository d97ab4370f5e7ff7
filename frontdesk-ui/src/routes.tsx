import { AppShell, NotFoundPage, RequireRole, RoleGate, type AppShellNavItem } from '@handoff/ui-kit';
import { IconBuildingHospital, IconUsers } from '@tabler/icons-react';
import { Navigate, Route, Routes } from 'react-router';
import { PatientDetailPage } from './modules/patients/pages/PatientDetailPage';
import { PatientsPage } from './modules/patients/pages/PatientsPage';
import { PracticePage } from './modules/practice/pages/PracticePage';

const NAV: readonly AppShellNavItem[] = [
  { label: 'Patients', to: '/patients', icon: <IconUsers size={16} stroke={1.8} /> },
  {
    label: 'Practice',
    to: '/practice',
    icon: <IconBuildingHospital size={16} stroke={1.8} />,
    roles: ['PRACTICE_MANAGER'],
  },
];

export function AppRoutes() {
  return (
    <RequireRole app="frontdesk">
      <AppShell app="frontdesk" nav={NAV}>
        <Routes>
          <Route index element={<Navigate to="/patients" replace />} />
          <Route path="patients" element={<PatientsPage />} />
          <Route path="patients/:patientId" element={<PatientDetailPage />} />
          <Route
            path="practice"
            element={
              <RoleGate roles={['PRACTICE_MANAGER']}>
                <PracticePage />
              </RoleGate>
            }
          />
          <Route path="*" element={<NotFoundPage home="/patients" />} />
        </Routes>
      </AppShell>
    </RequireRole>
  );
}
