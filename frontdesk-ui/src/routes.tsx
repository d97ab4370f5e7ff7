import { AppShell, NotFoundPage, RequireRole, RoleGate, type AppShellNavItem } from '@handoff/ui-kit';
import {
  IconAdjustmentsHorizontal,
  IconBuildingHospital,
  IconCalendarEvent,
  IconUserCheck,
  IconUsers,
} from '@tabler/icons-react';
import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { PatientDetailPage } from './modules/patients/pages/PatientDetailPage';
import { PatientsPage } from './modules/patients/pages/PatientsPage';
import { IntakeWizardPage } from './modules/patients/intake/IntakeWizardPage';
import { PracticePage } from './modules/practice/pages/PracticePage';
import { SettingsPage } from './modules/settings/pages/SettingsPage';

// The calendar brings react-big-calendar and date-fns, about a third of the console's code:
// loaded the first time someone opens it, not with the patient search.
const CalendarPage = lazy(() =>
  import('./modules/calendar/pages/CalendarPage').then((module) => ({ default: module.CalendarPage })),
);

// Lazy like the calendar: it reuses the calendar's facility-time helpers (date-fns-tz).
const ArrivalsPage = lazy(() =>
  import('./modules/arrivals/pages/ArrivalsPage').then((module) => ({ default: module.ArrivalsPage })),
);

const PAGE_LOADING = (
  <Center py="xl">
    <Loader size="sm" aria-label="Loading" />
  </Center>
);

const NAV: readonly AppShellNavItem[] = [
  { label: 'Patients', to: '/patients', icon: <IconUsers size={16} stroke={1.8} /> },
  // Second, after the patient search: most desk work starts from finding the patient on the phone
  // or at the window, then goes to the calendar.
  { label: 'Calendar', to: '/calendar', icon: <IconCalendarEvent size={16} stroke={1.8} /> },
  { label: 'Arrivals', to: '/arrivals', icon: <IconUserCheck size={16} stroke={1.8} /> },
  {
    label: 'Practice',
    to: '/practice',
    icon: <IconBuildingHospital size={16} stroke={1.8} />,
    roles: ['PRACTICE_MANAGER'],
  },
  {
    label: 'Settings',
    to: '/settings',
    icon: <IconAdjustmentsHorizontal size={16} stroke={1.8} />,
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
          <Route path="patients/new" element={<IntakeWizardPage />} />
          <Route path="patients/:patientId" element={<PatientDetailPage />} />
          <Route
            path="calendar"
            element={
              <Suspense fallback={PAGE_LOADING}>
                <CalendarPage />
              </Suspense>
            }
          />
          <Route
            path="arrivals"
            element={
              <Suspense fallback={PAGE_LOADING}>
                <ArrivalsPage />
              </Suspense>
            }
          />
          <Route
            path="practice"
            element={
              <RoleGate roles={['PRACTICE_MANAGER']}>
                <PracticePage />
              </RoleGate>
            }
          />
          <Route
            path="settings"
            element={
              <RoleGate roles={['PRACTICE_MANAGER']}>
                <SettingsPage />
              </RoleGate>
            }
          />
          <Route path="*" element={<NotFoundPage home="/patients" />} />
        </Routes>
      </AppShell>
    </RequireRole>
  );
}
