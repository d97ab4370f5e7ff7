import { Group, Radio, Stack, Text } from '@mantine/core';
import type { ClinicianMeasureFormQuery } from '../../../gql/graphql';

export type FormQuestion = NonNullable<ClinicianMeasureFormQuery['measureForm']>['questions'][number];
export type AnswerValue = number | boolean;

export interface MeasureQuestionProps {
  question: FormQuestion;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  error?: string | null;
  /** The form's own rule lets this one be left blank (e.g. AUDIT-C after "Never"). */
  optional: boolean;
}

const YES_NO = [
  { key: 'yes', label: 'Yes', value: true },
  { key: 'no', label: 'No', value: false },
] as const;

/**
 * One question on the tablet: its text names the radio group, and every answer is a large card
 * (a whole-row tap target, at least 56px tall) that is a radio by role and by keyboard.
 */
export function MeasureQuestion({ question, value, onChange, error, optional }: MeasureQuestionProps) {
  const options =
    question.kind === 'YES_NO'
      ? YES_NO.map((o) => ({ key: o.key, label: o.label, answer: o.value as AnswerValue }))
      : question.options.map((o) => ({ key: String(o.value), label: o.label, answer: o.value as AnswerValue }));
  const selected = options.find((o) => o.answer === value)?.key ?? null;

  return (
    <Radio.Group
      id={`question-${question.id}`}
      value={selected}
      onChange={(key) => {
        const option = options.find((o) => o.key === key);
        if (option) onChange(option.answer);
      }}
      label={
        <Text component="span" fz={20} fw={600} lh={1.35}>
          {question.number}. {question.text}
        </Text>
      }
      description={
        optional || question.kind !== 'SCORED' ? (
          <Text component="span" fz={15} c="dimmed">
            You may leave this one blank.
          </Text>
        ) : undefined
      }
      error={error}
      styles={{ error: { fontSize: 16 } }}
    >
      <Stack gap={8} mt="sm">
        {options.map((option) => (
          <Radio.Card key={option.key} value={option.key} radius="md" p="md" mih={56} withBorder>
            <Group wrap="nowrap" gap="md">
              <Radio.Indicator size="md" />
              <Text fz={18}>{option.label}</Text>
            </Group>
          </Radio.Card>
        ))}
      </Stack>
    </Radio.Group>
  );
}
