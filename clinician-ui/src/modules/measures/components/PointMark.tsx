import { useMantineTheme, type MantineTheme } from '@mantine/core';
import type { ChangeCategory } from '../../../gql/graphql';

/** The mark's shape says the change, not only its colour: ▼ reliable improvement, ▲ reliable deterioration. */
export type PointKind = 'improved' | 'deteriorated' | 'other';

export function pointKind(change: ChangeCategory | null): PointKind {
  if (change === 'IMPROVED' || change === 'RECOVERED') return 'improved';
  if (change === 'DETERIORATED') return 'deteriorated';
  return 'other';
}

/** The theme's primary colour at the shade the app uses for it (SVG needs a colour, not a CSS variable). */
export function primaryShade(theme: MantineTheme): string {
  return theme.colors[theme.primaryColor]?.[7] ?? theme.colors.blue[7];
}

export interface PointMarkProps {
  cx: number;
  cy: number;
  kind: PointKind;
  response: boolean;
  remission: boolean;
}

/** One administration on the chart (also drawn in the legend). */
export function PointMark({ cx, cy, kind, response, remission }: PointMarkProps) {
  const theme = useMantineTheme();
  const color =
    kind === 'improved' ? theme.colors.teal[7] : kind === 'deteriorated' ? theme.colors.red[7] : primaryShade(theme);
  return (
    <g>
      {response ? <circle cx={cx} cy={cy} r={9} fill="none" stroke={theme.colors.teal[7]} strokeWidth={2} /> : null}
      {kind === 'improved' ? (
        <path d={`M${cx - 5},${cy - 4} L${cx + 5},${cy - 4} L${cx},${cy + 5} Z`} fill={color} />
      ) : kind === 'deteriorated' ? (
        <path d={`M${cx - 5},${cy + 4} L${cx + 5},${cy + 4} L${cx},${cy - 5} Z`} fill={color} />
      ) : (
        <circle cx={cx} cy={cy} r={4} fill={color} />
      )}
      {remission ? (
        <text x={cx} y={cy - 12} textAnchor="middle" fontSize={13} fill={theme.colors.teal[8]}>
          ★
        </text>
      ) : null}
    </g>
  );
}
