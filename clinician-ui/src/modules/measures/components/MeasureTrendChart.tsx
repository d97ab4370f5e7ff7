import { useMantineTheme } from '@mantine/core';
import { CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChangeCategory, SeverityLevel } from '../../../gql/graphql';
import { SEVERITY_COLORS } from '../instruments';
import { PointMark, pointKind, primaryShade } from './PointMark';

export interface TrendBand {
  min: number;
  max: number;
  label: string;
  level: SeverityLevel;
}

export interface TrendPoint {
  /** Milliseconds since the epoch (a time axis). */
  at: number;
  total: number;
  bandLabel: string;
  change: ChangeCategory | null;
  isBaseline: boolean;
  response: boolean;
  remission: boolean;
}

export interface MeasureTrendChartProps {
  /** "PHQ-9", for the chart's accessible name. */
  name: string;
  maxTotal: number;
  bands: readonly TrendBand[];
  points: readonly TrendPoint[];
}

const DAY = 86_400_000;

const shortDate = (ms: number) => new Date(ms).toLocaleDateString('en-US', { month: 'short', day: 'numeric' });
const longDate = (ms: number) =>
  new Date(ms).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });

function changeWords(point: TrendPoint): string {
  if (point.isBaseline) return 'Baseline';
  switch (point.change) {
    case 'RECOVERED':
      return 'Recovered';
    case 'IMPROVED':
      return 'Reliable improvement';
    case 'DETERIORATED':
      return 'Reliable deterioration';
    case 'UNCHANGED':
      return 'No reliable change';
    case null:
      return '';
  }
}

/**
 * Total score over time on the instrument's severity bands (shaded, from the API, so a
 * patient-specific cutoff shows as it is scored), with reliable change, response and remission
 * marked on the points. The administrations table below carries the same facts as text.
 */
export function MeasureTrendChart({ name, maxTotal, bands, points }: MeasureTrendChartProps) {
  const theme = useMantineTheme();
  const latest = points.at(-1);
  const summary = latest
    ? `${name} total score over time: ${points.length} ${points.length === 1 ? 'administration' : 'administrations'}, latest ${latest.total} (${latest.bandLabel}) on ${longDate(latest.at)}.`
    : `${name}: no scores yet.`;

  return (
    <div role="img" aria-label={summary} style={{ width: '100%', height: 240 }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={[...points]} margin={{ top: 16, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
          {bands.map((band, index) => (
            <ReferenceArea
              key={band.label}
              y1={band.min}
              // Bands are whole-number ranges (0-4, 5-9): each shades up to where the next begins.
              y2={Math.min(bands[index + 1]?.min ?? band.max, maxTotal)}
              fill={theme.colors[SEVERITY_COLORS[band.level]]?.[1] ?? theme.colors.gray[1]}
              fillOpacity={0.7}
              ifOverflow="hidden"
              label={{ value: band.label, position: 'insideTopRight', fontSize: 10, fill: theme.colors.gray[7] }}
            />
          ))}
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={theme.colors.gray[3]} />
          <XAxis
            dataKey="at"
            type="number"
            scale="time"
            domain={[(min: number) => min - 3 * DAY, (max: number) => max + 3 * DAY]}
            tickFormatter={shortDate}
            tick={{ fontSize: 11 }}
          />
          <YAxis
            domain={[0, maxTotal]}
            // Ticks where the bands begin, so a score reads against its cutoffs.
            ticks={[...new Set([0, ...bands.map((band) => band.min), maxTotal])]}
            allowDecimals={false}
            tick={{ fontSize: 11 }}
          />
          <Tooltip
            labelFormatter={(value) => longDate(Number(value))}
            formatter={(value, _name, item) => {
              const point = item.payload as TrendPoint;
              return [
                `${String(value)} · ${point.bandLabel}${point.isBaseline || point.change ? ` · ${changeWords(point)}` : ''}`,
                'Total',
              ];
            }}
          />
          <Line
            type="linear"
            dataKey="total"
            stroke={primaryShade(theme)}
            strokeWidth={2}
            isAnimationActive={false}
            dot={(props: { cx?: number; cy?: number; index?: number; payload?: TrendPoint }) => {
              const point = props.payload;
              if (props.cx === undefined || props.cy === undefined || !point) return <g key={props.index} />;
              return (
                <PointMark
                  key={props.index}
                  cx={props.cx}
                  cy={props.cy}
                  kind={pointKind(point.change)}
                  response={point.response}
                  remission={point.remission}
                />
              );
            }}
            activeDot={{ r: 6 }}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
