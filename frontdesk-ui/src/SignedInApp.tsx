import { AppShell, NotFoundPage, PageLoader, RoleGate, type AppShellNavItem } from '@handoff/ui-kit';
import {
  IconAdjustmentsHorizontal,
  IconBuildingHospital,
  IconCalendarEvent,
  IconUserCheck,
  IconUsers,
} from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';

// Every page is its own chunk, fetched the first time it opens: the calendar brings
// react-big-calendar and date-fns (about a third of the console's code), intake its wizard and
// consent forms, settings and practice their editors.
const PatientsPage = lazy(() =>
  import('./modules/patients/pages/PatientsPage').then((module) => ({ default: module.PatientsPage })),
);
const IntakeWizardPage = lazy(() =>
  import('./modules/patients/intake/IntakeWizardPage').then((module) => ({ default: module.IntakeWizardPage })),
);
const PatientDetailPage = lazy(() =>
  import('./modules/patients/pages/PatientDetailPage').then((module) => ({ default: module.PatientDetailPage })),
);
const CalendarPage = lazy(() =>
  import('./modules/calendar/pages/CalendarPage').then((module) => ({ default: module.CalendarPage })),
);
const ArrivalsPage = lazy(() =>
  import('./modules/arrivals/pages/ArrivalsPage').then((module) => ({ default: module.ArrivalsPage })),
);
const PracticePage = lazy(() =>
  import('./modules/practice/pages/PracticePage').then((module) => ({ default: module.PracticePage })),
);
const SettingsPage = lazy(() =>
  import('./modules/settings/pages/SettingsPage').then((module) => ({ default: module.SettingsPage })),
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

/** The signed-in console: loaded after sign-in (see routes.tsx). */
export function SignedInApp() {
  return (
    <AppShell app="frontdesk" nav={NAV}>
      <Suspense fallback={<PageLoader />}>
        <Routes>
          <Route index element={<Navigate to="/patients" replace />} />
          <Route path="patients" element={<PatientsPage />} />
          <Route path="patients/new" element={<IntakeWizardPage />} />
          <Route path="patients/:patientId" element={<PatientDetailPage />} />
          <Route path="calendar" element={<CalendarPage />} />
          <Route path="arrivals" element={<ArrivalsPage />} />
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
      </Suspense>
    </AppShell>
  );
}
