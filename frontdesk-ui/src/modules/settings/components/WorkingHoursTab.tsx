import { useQuery } from '@apollo/client/react';
import { EmptyState, QueryError } from '@handoff/ui-kit';
import { Group, Select, Skeleton, Stack, Text } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { zoneName } from '../../calendar/components/facilityTime';
import { HoursOverviewTable } from './HoursOverviewTable';
import { WeeklyHoursEditor } from './WeeklyHoursEditor';
import type { WeeklyHoursFormInput } from './weeklyHoursSchema';

/** Small: every facility's weekly hours for every clinician, so switching facility costs no request. */
const SettingsWorkingHoursQuery = graphql(`
  query SettingsWorkingHours {
    facilities {
      id
      name
      timeZone
    }
    staff {
      id
      displayName
      lastName
      calendarColor
      roles
      active
    }
    workingHours {
      id
      providerId
      facilityId
      weekday
      startTime
      endTime
    }
  }
`);

/** Clinicians' weekly hours per facility: the overview of everyone, and one clinician's week to edit. */
export function WorkingHoursTab() {
  const { data, loading, error, refetch } = useQuery(SettingsWorkingHoursQuery, { fetchPolicy: 'cache-and-network' });
  // Facility and clinician live in the URL beside the tab, so a reload keeps the same week open.
  const [params, setParams] = useSearchParams();

  const facilities = data?.facilities ?? [];
  const clinicians = (data?.staff ?? [])
    .filter((s) => s.active && s.roles.includes('CLINICIAN'))
    .sort((a, b) => a.lastName.localeCompare(b.lastName));
  const facility = facilities.find((f) => f.id === params.get('facility')) ?? facilities[0] ?? null;
  const provider = clinicians.find((c) => c.id === params.get('provider')) ?? clinicians[0] ?? null;
  // The React Compiler memoises these, so the editor's stored week keeps its identity between keystrokes.
  const hoursHere = (data?.workingHours ?? []).filter((h) => h.facilityId === facility?.id);
  const saved = hoursHere.filter((h) => h.providerId === provider?.id);

  // Unsaved weeks by "provider|facility": looking at another clinician keeps what was typed here.
  const [drafts, setDrafts] = useState<ReadonlyMap<string, WeeklyHoursFormInput>>(new Map());
  const draftKey = `${provider?.id}|${facility?.id}`;
  const onDraft = useCallback(
    (draft: WeeklyHoursFormInput | null) =>
      setDrafts((current) => {
        if (!draft && !current.has(draftKey)) return current;
        const next = new Map(current);
        if (draft) next.set(draftKey, draft);
        else next.delete(draftKey);
        return next;
      }),
    [draftKey],
  );

  const pick = (key: 'facility' | 'provider', value: string | null) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        return next;
      },
      { replace: true },
    );
  };

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton height={320} />;
  if (!facility || !provider) {
    return (
      <EmptyState
        icon={<IconClockHour4 size={28} stroke={1.5} />}
        title={facility ? 'No clinicians' : 'No facilities'}
        description={facility ? 'Add clinicians to the practice first.' : 'Add a facility first.'}
      />
    );
  }

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end">
        <Select
          label="Facility"
          size="xs"
          w={220}
          data={facilities.map((f) => ({ value: f.id, label: f.name }))}
          value={facility.id}
          onChange={(value) => pick('facility', value)}
          allowDeselect={false}
        />
        <Select
          label="Clinician"
          size="xs"
          w={260}
          searchable
          data={clinicians.map((c) => ({ value: c.id, label: c.displayName }))}
          value={provider.id}
          onChange={(value) => pick('provider', value)}
          allowDeselect={false}
        />
        <Text size="xs" c="dimmed" pb={6}>
          Click a row of the overview to edit that clinician&apos;s week.
        </Text>
      </Group>
      <QueryError error={error} onRetry={() => void refetch()} />
      <HoursOverviewTable
        facilityName={facility.name}
        providers={clinicians}
        hours={hoursHere}
        selectedProviderId={provider.id}
        unsavedProviderIds={[...drafts.keys()]
          .filter((k) => k.endsWith(`|${facility.id}`))
          .map((k) => k.split('|')[0] ?? '')}
        onSelect={(id) => pick('provider', id)}
      />
      <WeeklyHoursEditor
        // A fresh form for each clinician and facility, and again once the saved week changes.
        key={`${provider.id}|${facility.id}|${saved.map((h) => `${h.weekday}${h.startTime}${h.endTime}`).join()}`}
        providerId={provider.id}
        providerName={provider.displayName}
        facilityId={facility.id}
        facilityName={facility.name}
        zone={zoneName(facility.timeZone)}
        saved={saved}
        draft={drafts.get(draftKey) ?? null}
        onDraft={onDraft}
        onSaved={() => void refetch()}
      />
    </Stack>
  );
}
