import { ActionIcon, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { WeeklyHoursFormInput, WeeklyHoursFormValues } from './weeklyHoursSchema';

export interface DayHoursRowProps {
  dayIndex: number;
  label: string;
  control: Control<WeeklyHoursFormInput, unknown, WeeklyHoursFormValues>;
  register: UseFormRegister<WeeklyHoursFormInput>;
  errors: FieldErrors<WeeklyHoursFormInput>;
}

/** One weekday of the editor: its blocks side by side, each start–end with a remove button. */
export function DayHoursRow({ dayIndex, label, control, register, errors }: DayHoursRowProps) {
  const { fields, append, remove } = useFieldArray({ control, name: `days.${dayIndex}.blocks` });
  const dayErrors = errors.days?.[dayIndex]?.blocks;

  // A new block starts where the day's last one ends (a lunch break is the common case).
  const addBlock = () => {
    const last = fields[fields.length - 1];
    append(last ? { startTime: last.endTime, endTime: '17:00' } : { startTime: '09:00', endTime: '17:00' });
  };

  return (
    <Table.Tr>
      <Table.Th scope="row" w={110} fw={600} fz="sm" style={{ verticalAlign: 'top', paddingTop: 9 }}>
        {label}
      </Table.Th>
      <Table.Td>
        <Group gap="md" align="flex-start">
          {fields.length === 0 ? (
            <Text size="sm" c="dimmed" py={6}>
              Not working
            </Text>
          ) : null}
          {fields.map((field, blockIndex) => {
            const blockErrors = dayErrors?.[blockIndex];
            const n = blockIndex + 1;
            return (
              <Group key={field.id} gap={4} align="flex-start" wrap="nowrap">
                <TextInput
                  type="time"
                  step={900}
                  size="xs"
                  w={112}
                  aria-label={`${label} block ${n} start`}
                  {...register(`days.${dayIndex}.blocks.${blockIndex}.startTime`)}
                  error={blockErrors?.startTime?.message}
                />
                <Text size="sm" c="dimmed" pt={4}>
                  –
                </Text>
                <TextInput
                  type="time"
                  step={900}
                  size="xs"
                  w={112}
                  aria-label={`${label} block ${n} end`}
                  {...register(`days.${dayIndex}.blocks.${blockIndex}.endTime`)}
                  error={blockErrors?.endTime?.message}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="md"
                  mt={1}
                  aria-label={`Remove ${label} block ${n}`}
                  onClick={() => remove(blockIndex)}
                >
                  <IconX size={14} />
                </ActionIcon>
              </Group>
            );
          })}
        </Group>
      </Table.Td>
      <Table.Td w={120} ta="right" style={{ verticalAlign: 'top' }}>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPlus size={12} />}
          onClick={addBlock}
          disabled={fields.length >= 4}
          aria-label={`Add ${label} block`}
          mt={4}
        >
          Add block
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
