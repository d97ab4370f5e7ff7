import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CALENDAR_VIEWS, RESOURCE_MODES, type CalendarView, type ResourceMode } from '../components/calendarModel';

/**
 * What the calendar shows lives in the URL (facility, day, view, columns, filters): a reload or a
 * link pasted to a colleague lands on the same screen. Ids and dates only, never PHI.
 */
export interface CalendarParams {
  facilityId: string | null;
  /** "2031-03-04" on the facility's calendar; null means today. */
  date: string | null;
  view: CalendarView;
  mode: ResourceMode;
  providerIds: readonly string[];
  appointmentTypeIds: readonly string[];
  showCancelled: boolean;
}

function list(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

export function useCalendarParams(): [CalendarParams, (patch: Partial<CalendarParams>) => void] {
  const [search, setSearch] = useSearchParams();
  const facility = search.get('facility');
  const date = search.get('date');
  const view = search.get('view');
  const by = search.get('by');
  const providers = search.get('providers');
  const types = search.get('types');
  const cancelled = search.get('cancelled');

  // Parsed from the raw strings, so the arrays keep their identity across renders (memoised consumers).
  const params = useMemo<CalendarParams>(
    () => ({
      facilityId: facility,
      date,
      view: CALENDAR_VIEWS.includes(view as CalendarView) ? (view as CalendarView) : 'day',
      mode: RESOURCE_MODES.includes(by as ResourceMode) ? (by as ResourceMode) : 'provider',
      providerIds: list(providers),
      appointmentTypeIds: list(types),
      showCancelled: cancelled !== 'hide',
    }),
    [facility, date, view, by, providers, types, cancelled],
  );

  const update = useCallback(
    (patch: Partial<CalendarParams>) => {
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          const put = (key: string, value: string | null | undefined) => {
            if (value) next.set(key, value);
            else next.delete(key);
          };
          if ('facilityId' in patch) put('facility', patch.facilityId);
          if ('date' in patch) put('date', patch.date);
          if (patch.view) put('view', patch.view === 'day' ? null : patch.view);
          if (patch.mode) put('by', patch.mode === 'provider' ? null : patch.mode);
          if (patch.providerIds) put('providers', patch.providerIds.join(','));
          if (patch.appointmentTypeIds) put('types', patch.appointmentTypeIds.join(','));
          if (patch.showCancelled !== undefined) put('cancelled', patch.showCancelled ? null : 'hide');
          return next;
        },
        { replace: true },
      );
    },
    [setSearch],
  );

  return [params, update];
}
