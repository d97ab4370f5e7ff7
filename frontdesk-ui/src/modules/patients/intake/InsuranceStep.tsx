import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { InsurancePolicyForm, type SavedInsurancePolicy } from '../components/InsurancePolicyForm';
import { SavedPolicySummary } from './SavedPolicySummary';

export interface InsuranceStepProps {
  patientId: string;
  policies: readonly SavedInsurancePolicy[];
  onPolicySaved: (policy: SavedInsurancePolicy) => void;
}

/** Step 5: the primary policy and, when there is one, a secondary; or nothing for a self-pay patient. */
export function InsuranceStep({ patientId, policies, onPolicySaved }: InsuranceStepProps) {
  const [addingSecondary, setAddingSecondary] = useState(false);
  const primary = policies.find((p) => p.priority === 'PRIMARY');
  const secondary = policies.find((p) => p.priority === 'SECONDARY');

  return (
    <Stack gap="md">
      {primary ? (
        <SavedPolicySummary policy={primary} />
      ) : (
        <Stack gap="xs">
          <Title order={4}>Primary insurance</Title>
          <Text size="xs" c="dimmed">
            Copy the details from the card. If the patient pays for themself, use “Self-pay, no insurance” below.
          </Text>
          <InsurancePolicyForm
            patientId={patientId}
            priority="PRIMARY"
            onSaved={onPolicySaved}
            submitLabel="Save primary policy"
          />
        </Stack>
      )}

      {primary && secondary ? <SavedPolicySummary policy={secondary} /> : null}

      {primary && !secondary ? (
        addingSecondary ? (
          <Stack gap="xs">
            <Title order={4}>Secondary insurance</Title>
            <InsurancePolicyForm
              patientId={patientId}
              priority="SECONDARY"
              onSaved={(policy) => {
                setAddingSecondary(false);
                onPolicySaved(policy);
              }}
              onCancel={() => setAddingSecondary(false)}
              submitLabel="Save secondary policy"
            />
          </Stack>
        ) : (
          <Group>
            <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setAddingSecondary(true)}>
              Add secondary policy
            </Button>
          </Group>
        )
      ) : null}
    </Stack>
  );
}
