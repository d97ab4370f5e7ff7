import { useQuery } from '@apollo/client/react';
import { QueryError, SectionCard } from '@handoff/ui-kit';
import { Skeleton, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { graphql } from '../../../gql';
import type { MeasureInstrument } from '../../../gql/graphql';
import { INSTRUMENT_LABELS } from '../instruments';
import { MeasureHistoryTable } from './MeasureHistoryTable';
import type { TrendPoint } from './MeasureTrendChart';
import { MeasureTrendLegend } from './MeasureTrendLegend';

const MeasureHistoryQuery = graphql(`
  query ClinicianMeasureHistory($id: ID!, $instrument: MeasureInstrument!) {
    patient(id: $id) {
      id
      measureHistory(instrument: $instrument) {
        instrument
        maxTotal
        bands {
          min
          max
          label
          level
        }
        norms {
          minimumReliableChange
        }
        points {
          administrationId
          administeredAt
          administeredOn
          total
          bandLabel
          bandLevel
          isBaseline
          changeFromBaseline
          reliableChangeIndex
          change
          response
          remission
          safetyFlag
        }
      }
    }
  }
`);

// recharts is the largest library of the app: it loads with the first trend, not with the chart page.
const MeasureTrendChart = lazy(() =>
  import('./MeasureTrendChart').then((module) => ({ default: module.MeasureTrendChart })),
);

export interface MeasureTrendCardProps {
  patientId: string;
  instrument: MeasureInstrument;
}

/** One instrument's trajectory: the chart, what its marks mean, and the administrations as a table. */
export function MeasureTrendCard({ patientId, instrument }: MeasureTrendCardProps) {
  const name = INSTRUMENT_LABELS[instrument];
  const { data, loading, error, refetch } = useQuery(MeasureHistoryQuery, {
    variables: { id: patientId, instrument },
    fetchPolicy: 'cache-and-network',
  });
  const history = data?.patient?.measureHistory;
  const points = history?.points ?? [];
  const trend: TrendPoint[] = points.map((p) => ({
    at: Date.parse(p.administeredAt),
    total: p.total ?? 0,
    bandLabel: p.bandLabel ?? '',
    change: p.change ?? null,
    isBaseline: !!p.isBaseline,
    response: !!p.response,
    remission: !!p.remission,
  }));
  const threshold = history?.norms?.minimumReliableChange;

  return (
    <SectionCard title={`${name} trend`}>
      <Stack gap="sm">
        <QueryError error={error} onRetry={() => void refetch()} />
        {loading && !history ? <Skeleton h={240} /> : null}
        {history && points.length === 0 ? (
          <Text size="sm" c="dimmed">
            No {name} scores yet.
          </Text>
        ) : null}
        {history && points.length > 0 ? (
          <>
            <Suspense fallback={<Skeleton h={240} />}>
              <MeasureTrendChart name={name} maxTotal={history.maxTotal} bands={history.bands ?? []} points={trend} />
            </Suspense>
            <MeasureTrendLegend />
            {threshold ? (
              <Text size="xs" c="dimmed">
                Reliable change on the {name}: {Math.ceil(threshold)} points or more from the baseline.
              </Text>
            ) : null}
            <MeasureHistoryTable label={`${name} administrations`} maxTotal={history.maxTotal} points={points} />
          </>
        ) : null}
      </Stack>
    </SectionCard>
  );
}
