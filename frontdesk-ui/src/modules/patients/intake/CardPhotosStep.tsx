import { humanizeEnum } from '@handoff/ui-kit';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { CardSide } from '../../../gql/graphql';
import { CardImageUpload } from '../components/CardImageUpload';
import type { SavedInsurancePolicy } from '../components/InsurancePolicyForm';

export interface CardPhotosStepProps {
  policies: readonly SavedInsurancePolicy[];
  onUploaded: (policyId: string, side: CardSide) => void;
}

/** Step 6: photos of each card, front and back. Optional now; the arrivals board asks again. */
export function CardPhotosStep({ policies, onUploaded }: CardPhotosStepProps) {
  if (policies.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Self-pay: there is no insurance card to photograph. Continue to consents.
      </Text>
    );
  }
  return (
    <Stack gap="md">
      <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />}>
        You can skip this if the patient does not have the card with them: the arrivals board flags missing card images
        at check-in, and they can be added from the profile.
      </Alert>
      {policies.map((policy) => (
        <Stack key={policy.id} gap="xs">
          <Title order={4}>
            {humanizeEnum(policy.priority ?? 'PRIMARY')} · {policy.payer?.name ?? 'Insurer'} · member {policy.memberId}
          </Title>
          <CardImageUpload
            policyId={policy.id}
            cardImages={policy.cardImages}
            onUploaded={(side) => onUploaded(policy.id, side)}
          />
        </Stack>
      ))}
    </Stack>
  );
}
