import { useMutation } from '@apollo/client/react';
import { notifications } from '@handoff/ui-kit';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Drawer, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { PayerTelehealthDrawer_PayerFragment, PayerTelehealthRulesInput } from '../../../gql/graphql';
import {
  PRACTICE_DEFAULT_INPUT,
  PRACTICE_DEFAULT_SUMMARY,
  PRACTICE_DEFAULT_TELEHEALTH,
  describeTelehealthRules,
  effectiveTelehealthRules,
  hasOwnTelehealthRules,
  telehealthProblem,
  telehealthRulesInput,
  telehealthRulesSchema,
  telehealthRulesValues,
  type TelehealthRulesFormValues,
} from './telehealthRules';

export const PayerTelehealthDrawer_payer = graphql(`
  fragment PayerTelehealthDrawer_payer on Payer {
    id
    name
    telehealthRules {
      videoPlaceOfServiceHome
      videoPlaceOfServiceOther
      videoModifiers
      audioOnlyModifiers
      audioOnlyAllowed
    }
  }
`);

// Returns every rules field, so the cached Payer (and the payers table) shows the saved rules at once.
const BillingUpdatePayerTelehealthRulesMutation = graphql(`
  mutation BillingUpdatePayerTelehealthRules($payerId: ID!, $input: PayerTelehealthRulesInput!) {
    updatePayerTelehealthRules(payerId: $payerId, input: $input) {
      id
      ...PayerTelehealthDrawer_payer
    }
  }
`);

export interface PayerTelehealthDrawerProps {
  /** The payer whose rules are open; null: closed. */
  payer: FragmentType<typeof PayerTelehealthDrawer_payer> | null;
  onClose: () => void;
}

/** How one payer's telehealth visits are coded, and the form that changes it. */
export function PayerTelehealthDrawer({ payer: payerRef, onClose }: PayerTelehealthDrawerProps) {
  const payer = payerRef ? getFragmentData(PayerTelehealthDrawer_payer, payerRef) : null;
  return (
    <Drawer
      opened={payer !== null}
      onClose={onClose}
      position="right"
      size={480}
      title={payer ? `Telehealth coding · ${payer.name}` : 'Telehealth coding'}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {payer ? (
        // Saved rules come back through the cache; a new key starts the form from them.
        <TelehealthRulesForm key={`${payer.id}:${JSON.stringify(payer.telehealthRules)}`} payer={payer} />
      ) : null}
    </Drawer>
  );
}

interface TelehealthRulesFormProps {
  payer: PayerTelehealthDrawer_PayerFragment;
}

function TelehealthRulesForm({ payer }: TelehealthRulesFormProps) {
  const [update, updating] = useMutation(BillingUpdatePayerTelehealthRulesMutation);
  const [pending, setPending] = useState<'save' | 'default' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const own = payer.telehealthRules;
  const customised = hasOwnTelehealthRules(own);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<TelehealthRulesFormValues>({
    resolver: zodResolver(telehealthRulesSchema),
    defaultValues: telehealthRulesValues(own),
    mode: 'onTouched',
  });

  const save = async (input: PayerTelehealthRulesInput, action: 'save' | 'default') => {
    setProblem(null);
    setPending(action);
    const { data, error } = await update({ variables: { payerId: payer.id, input } });
    setPending(null);
    if (data?.updatePayerTelehealthRules) {
      notifications.show({
        color: 'teal',
        message:
          action === 'default'
            ? `${payer.name} now follows the practice default.`
            : `Telehealth rules saved for ${payer.name}.`,
      });
      return;
    }
    setProblem(telehealthProblem(error));
  };

  const submit = handleSubmit((values) => save(telehealthRulesInput(values), 'save'));
  const fallback = PRACTICE_DEFAULT_TELEHEALTH;

  return (
    <Stack gap="md">
      <Paper withBorder p="sm" component="section" aria-label="Rules in effect">
        <Title order={3} fz="sm" mb={4}>
          Rules in effect
        </Title>
        <Text size="sm">
          {customised
            ? `This payer: ${describeTelehealthRules(effectiveTelehealthRules(own))}`
            : PRACTICE_DEFAULT_SUMMARY}
        </Text>
        {customised ? (
          <Text size="xs" c="dimmed" mt={4}>
            What this payer leaves empty follows the practice default.
          </Text>
        ) : null}
      </Paper>

      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Telehealth coding">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Leave a field empty to follow the practice default. Charges coded from now on use these rules; charges
            already created keep theirs.
          </Text>
          <Group grow align="flex-start" gap="sm">
            <TextInput
              label="Video POS, patient at home"
              description={`Two digits; default ${fallback.videoPlaceOfServiceHome}`}
              placeholder={fallback.videoPlaceOfServiceHome}
              maxLength={2}
              inputMode="numeric"
              {...register('videoPlaceOfServiceHome')}
              error={errors.videoPlaceOfServiceHome?.message}
              data-autofocus
            />
            <TextInput
              label="Video POS, patient elsewhere"
              description={`Two digits; default ${fallback.videoPlaceOfServiceOther}`}
              placeholder={fallback.videoPlaceOfServiceOther}
              maxLength={2}
              inputMode="numeric"
              {...register('videoPlaceOfServiceOther')}
              error={errors.videoPlaceOfServiceOther?.message}
            />
          </Group>
          <TextInput
            label="Video modifiers"
            description={`Separated by commas, e.g. 95 or GT; “none” for no modifier; default ${fallback.videoModifiers.join(', ')}`}
            placeholder={fallback.videoModifiers.join(', ')}
            {...register('videoModifiers')}
            error={errors.videoModifiers?.message}
          />
          <TextInput
            label="Audio-only modifiers"
            description={`Separated by commas, e.g. 93 or FQ; “none” for no modifier; default ${fallback.audioOnlyModifiers.join(', ')}`}
            placeholder={fallback.audioOnlyModifiers.join(', ')}
            {...register('audioOnlyModifiers')}
            error={errors.audioOnlyModifiers?.message}
          />
          <NativeSelect
            label="Audio-only allowed"
            description="Whether the payer pays for audio-only visits"
            data={[
              { value: '', label: `Practice default (${fallback.audioOnlyAllowed ? 'yes' : 'no'})` },
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]}
            {...register('audioOnlyAllowed')}
            error={errors.audioOnlyAllowed?.message}
          />
          {problem ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert">
              {problem}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button
              variant="default"
              disabled={!customised || updating.loading}
              loading={pending === 'default'}
              onClick={() => void save(PRACTICE_DEFAULT_INPUT, 'default')}
            >
              Use practice default
            </Button>
            <Button type="submit" disabled={updating.loading && pending !== 'save'} loading={pending === 'save'}>
              Save telehealth rules
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
