import { AppShell, FullPageLoader, NotFoundPage, PageLoader, useViewer, type AppShellNavItem } from '@handoff/ui-kit';
import { Badge } from '@mantine/core';
import { IconAlertCircle, IconCalendarUser, IconSignature, IconUsers } from '@tabler/icons-react';
import { lazy, Suspense, useMemo } from 'react';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { useAttention } from './modules/attention/hooks/useAttention';
import { SafetyAlertListener } from './modules/measures/components/SafetyAlertListener';

const MyDayPage = lazy(() =>
  import('./modules/today/pages/MyDayPage').then((module) => ({ default: module.MyDayPage })),
);
const MyPatientsPage = lazy(() =>
  import('./modules/patients/pages/MyPatientsPage').then((module) => ({ default: module.MyPatientsPage })),
);
const PatientChartPage = lazy(() =>
  import('./modules/patients/pages/PatientChartPage').then((module) => ({ default: module.PatientChartPage })),
);
const NoteEditorPage = lazy(() =>
  import('./modules/notes/pages/NoteEditorPage').then((module) => ({ default: module.NoteEditorPage })),
);
const GroupNoteEditorPage = lazy(() =>
  import('./modules/group-notes/pages/GroupNoteEditorPage').then((module) => ({
    default: module.GroupNoteEditorPage,
  })),
);
const AttentionPage = lazy(() =>
  import('./modules/attention/pages/AttentionPage').then((module) => ({ default: module.AttentionPage })),
);
const CosignQueuePage = lazy(() =>
  import('./modules/attention/pages/CosignQueuePage').then((module) => ({ default: module.CosignQueuePage })),
);
const CosignReviewPage = lazy(() =>
  import('./modules/attention/pages/CosignReviewPage').then((module) => ({ default: module.CosignReviewPage })),
);
const AdministerMeasurePage = lazy(() =>
  import('./modules/measures/pages/AdministerMeasurePage').then((module) => ({
    default: module.AdministerMeasurePage,
  })),
);

const ICON = { size: 16, stroke: 1.8 } as const;

function countBadge(count: number, noun: string, color: string) {
  if (count === 0) return undefined;
  return (
    <Badge size="sm" circle={count < 10} color={color} aria-label={`${count} ${noun}`}>
      {count}
    </Badge>
  );
}

/** The navigation, with what is outstanding counted beside it. */
function useNav(): readonly AppShellNavItem[] {
  const { counts } = useAttention();
  const { pathname } = useLocation();
  // The co-sign queue matters only to supervisors: shown while something waits (or while on it).
  const showCosign = counts.cosign > 0 || pathname.startsWith('/cosign');
  return useMemo(
    () => [
      { label: 'My day', to: '/today', icon: <IconCalendarUser {...ICON} /> },
      { label: 'My patients', to: '/patients', icon: <IconUsers {...ICON} /> },
      {
        label: 'Needs my attention',
        to: '/attention',
        icon: <IconAlertCircle {...ICON} />,
        badge: countBadge(counts.total, 'open items', counts.late > 0 ? 'red' : 'handoff'),
      },
      ...(showCosign
        ? [
            {
              label: 'Co-sign queue',
              to: '/cosign',
              icon: <IconSignature {...ICON} />,
              badge: countBadge(counts.cosign, 'notes to co-sign', 'grape'),
            },
          ]
        : []),
    ],
    [counts, showCosign],
  );
}

/** The app's frame (navigation, live safety alerts) around every page but the tablet's. */
function ShellLayout() {
  const nav = useNav();
  const { viewer } = useViewer();
  return (
    <AppShell app="clinician" nav={nav}>
      <SafetyAlertListener enabled={!!viewer?.staffMemberId} />
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
    </AppShell>
  );
}

/** The signed-in app: loaded after sign-in (see routes.tsx). */
export function SignedInApp() {
  return (
    <Routes>
      {/* Handed to the patient: full screen, outside the shell, so no navigation and no other patient's data. */}
      <Route
        path="administer/:patientId/:instrument"
        element={
          <Suspense fallback={<FullPageLoader />}>
            <AdministerMeasurePage />
          </Suspense>
        }
      />
      <Route element={<ShellLayout />}>
        <Route index element={<Navigate to="/today" replace />} />
        <Route path="today" element={<MyDayPage />} />
        <Route path="patients" element={<MyPatientsPage />} />
        <Route path="patients/:patientId" element={<PatientChartPage />} />
        <Route path="notes/:noteId" element={<NoteEditorPage />} />
        <Route path="group-notes/:groupNoteId" element={<GroupNoteEditorPage />} />
        <Route path="attention" element={<AttentionPage />} />
        <Route path="cosign" element={<CosignQueuePage />} />
        <Route path="cosign/:noteId" element={<CosignReviewPage />} />
        <Route path="*" element={<NotFoundPage home="/today" />} />
      </Route>
    </Routes>
  );
}
