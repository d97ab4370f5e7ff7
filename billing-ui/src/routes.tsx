import { AppShell, NotFoundPage, RequireRole, type AppShellNavItem } from '@handoff/ui-kit';
import { IconBuildingBank, IconBuildingHospital, IconReceipt } from '@tabler/icons-react';
import { Navigate, Route, Routes } from 'react-router';
import { PatientAccountsPage } from './modules/accounts/pages/PatientAccountsPage';
import { PayersPage } from './modules/payers/pages/PayersPage';

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

export function AppRoutes() {
  return (
    <RequireRole app="billing">
      <AppShell app="billing" nav={NAV}>
        <Routes>
          <Route index element={<Navigate to="/accounts" replace />} />
          <Route path="accounts" element={<PatientAccountsPage />} />
          <Route path="payers" element={<PayersPage />} />
          <Route path="*" element={<NotFoundPage home="/accounts" />} />
        </Routes>
      </AppShell>
    </RequireRole>
  );
}
