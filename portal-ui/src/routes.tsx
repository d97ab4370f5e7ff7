import { AppShell, NotFoundPage, RequireRole, type AppShellNavItem } from '@handoff/ui-kit';
import { IconUserCircle } from '@tabler/icons-react';
import { Navigate, Route, Routes } from 'react-router';
import { MyProfilePage } from './modules/profile/pages/MyProfilePage';

const NAV: readonly AppShellNavItem[] = [
  { label: 'My profile', to: '/profile', icon: <IconUserCircle size={16} stroke={1.8} /> },
];

export function AppRoutes() {
  return (
    <RequireRole app="portal">
      <AppShell app="portal" nav={NAV}>
        <Routes>
          <Route index element={<Navigate to="/profile" replace />} />
          <Route path="profile" element={<MyProfilePage />} />
          <Route path="*" element={<NotFoundPage home="/profile" />} />
        </Routes>
      </AppShell>
    </RequireRole>
  );
}
