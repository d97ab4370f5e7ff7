import { Chip, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ChoiceChipsOption {
  value: string;
  label: string;
}

export interface ChoiceChipsProps {
  /** The group's name (a <legend>), e.g. "Symptoms". */
  label: string;
  options: readonly ChoiceChipsOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  description?: ReactNode;
  disabled?: boolean;
  /** Hide the legend visually (it stays the group's accessible name), e.g. when a heading says it already. */
  hideLabel?: boolean;
  /** Put the legend beside the chips in a column this wide (rows of short groups, e.g. an exam). */
  labelWidth?: number;
}

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/**
 * Multi-select quick picks as chips: a <fieldset> named by its legend, each chip a checkbox named
 * by its label, so a click is one pick and tests and screen readers find both by role and name.
 */
export function ChoiceChips({
  label,
  options,
  value,
  onChange,
  description,
  disabled,
  hideLabel,
  labelWidth,
}: ChoiceChipsProps) {
  // A floated legend sits beside the chips (a legend cannot be a flex item).
  const beside = labelWidth ? ({ float: 'left', width: labelWidth } as const) : undefined;
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }} disabled={disabled}>
      <Text component="legend" size="sm" fw={500} mb={4} p={0} style={hideLabel ? VISUALLY_HIDDEN : beside}>
        {label}
      </Text>
      {description ? (
        <Text size="xs" c="dimmed" mb={6}>
          {description}
        </Text>
      ) : null}
      <Chip.Group multiple value={[...value]} onChange={onChange}>
        <Group gap={6} style={beside ? { marginLeft: labelWidth } : undefined}>
          {options.map((option) => (
            <Chip key={option.value} value={option.value} size="xs" variant="outline" disabled={disabled}>
              {option.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </fieldset>
  );
}
