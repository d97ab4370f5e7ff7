import { useQuery } from '@apollo/client/react';
import { Text } from '@mantine/core';
import type { MeasureInstrument } from '../../../gql/graphql';
import { MeasureFormQuery } from '../operations/measures.operations';

export interface SafetyFlagItemProps {
  instrument: MeasureInstrument;
  itemId: string;
  /** The server's item scores of the administration (a yes/no question has none: Yes raised it). */
  itemScores: readonly { itemId: string; number: number; value: number }[];
}

/**
 * Which question raised the alert and what the patient answered, in the form's own words
 * ("Item 9 · Thoughts that you would be better off dead… — Several days (1)").
 */
export function SafetyFlagItem({ instrument, itemId, itemScores }: SafetyFlagItemProps) {
  const { data } = useQuery(MeasureFormQuery, { variables: { instrument } });
  const question = data?.measureForm?.questions.find((q) => q.id === itemId);
  const score = itemScores.find((s) => s.itemId === itemId);
  const option = score ? question?.options.find((o) => o.value === score.value) : undefined;
  const answer =
    question?.kind === 'YES_NO'
      ? 'Yes'
      : score
        ? option
          ? `${option.label} (${score.value})`
          : String(score.value)
        : '—';

  return (
    <Text size="sm" component="span">
      <Text span fw={600} inherit>
        Item {question?.number ?? score?.number ?? '?'}
      </Text>
      {question ? ` · ${question.text}` : ''}
      {' — '}
      <Text span fw={600} c="red.8" inherit>
        {answer}
      </Text>
    </Text>
  );
}
