import { useMutation } from '@apollo/client/react';
import { ConfirmButton, formatDateTime, invalidFields, userMessage } from '@handoff/ui-kit';
import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconCircleCheck, IconShieldSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { ClinicianSignPrescriptionMutation } from '../../../gql/graphql';
import { MEDICATIONS_TAB_QUERIES } from '../operations/medications.operations';
import { FormErrorAlert } from './FormErrorAlert';
import { InteractionAlerts } from './InteractionAlerts';
import { PDMP_CHECK_WINDOW_HOURS, recentOwnPdmpCheck, type PdmpCheckLike } from './pdmpWindow';
import { QUANTITY_UNIT_LABELS } from './prescriptionLabels';
import { RecordPdmpCheckForm } from './RecordPdmpCheckForm';
import { TotpEnrollment } from './TotpEnrollment';

export const SignPrescriptionForm_prescription = graphql(`
  fragment SignPrescriptionForm_prescription on Prescription {
    id
    drugName
    strength
    form
    controlledSchedule
    quantity
    unit
    refills
    daysSupply
    sig
    substitutionAllowed
    pharmacy {
      name
      ncpdpId
    }
    alerts {
      ruleId
      severity
      drugs
      mechanism
      recommendation
      source
      requiresOverrideReason
      washoutClearOn
      disclaimer
    }
    unscreenedMedications
  }
`);

const SignPrescriptionMutation = graphql(`
  mutation ClinicianSignPrescription($id: ID!, $input: SignPrescriptionInput) {
    signPrescription(id: $id, input: $input) {
      id
      status
      ...PrescriptionSignedResult_prescription
    }
  }
`);

type SignedPrescription = ClinicianSignPrescriptionMutation['signPrescription'];

export interface SignPrescriptionFormProps {
  patientId: string;
  prescription: FragmentType<typeof SignPrescriptionForm_prescription>;
  pdmpChecks: readonly PdmpCheckLike[];
  staffMemberId: string | null | undefined;
  totpActive: boolean;
  onBack: () => void;
  /** Throws the unsigned prescription away (the prescriber decided against it). */
  onDiscard: () => Promise<void>;
  onSigned: (prescription: SignedPrescription) => void;
}

/**
 * The review before signing: the interaction screening, an override reason when an alert needs one, and
 * for a controlled substance the prescriber's own recent PDMP check and a fresh authenticator code. The API
 * re-screens and re-checks all of it at signing; a refusal is shown here as it says it.
 */
export function SignPrescriptionForm(props: SignPrescriptionFormProps) {
  const rx = getFragmentData(SignPrescriptionForm_prescription, props.prescription);
  const [overrideReason, setOverrideReason] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [sign, { loading }] = useMutation(SignPrescriptionMutation, { refetchQueries: MEDICATIONS_TAB_QUERIES });
  const alerts = rx.alerts ?? [];
  const needsReason = alerts.some((a) => a.requiresOverrideReason);
  const controlled = rx.controlledSchedule != null;
  const pdmpCheck = controlled ? recentOwnPdmpCheck(props.pdmpChecks, props.staffMemberId) : undefined;

  const submit = async () => {
    setError(null);
    const result = await sign({
      variables: {
        id: rx.id,
        input: {
          overrideReason: alerts.length > 0 ? overrideReason.trim() || null : null,
          totpCode: controlled ? totpCode.trim() || null : null,
        },
      },
    });
    if (result.data?.signPrescription) props.onSigned(result.data.signPrescription);
    else setError({ message: userMessage(result.error), fields: invalidFields(result.error) });
  };

  return (
    <Stack gap="md">
      <Paper withBorder p="sm" component="section" aria-label="Prescription summary">
        <Group justify="space-between" align="flex-start">
          <div>
            <Group gap={6}>
              <Text fw={700}>
                {rx.drugName} {rx.strength} {rx.form ?? ''}
              </Text>
              {controlled ? (
                <Badge color="grape" variant="light">
                  Schedule {rx.controlledSchedule} controlled substance
                </Badge>
              ) : null}
            </Group>
            <Text size="sm">{rx.sig}</Text>
            <Text size="xs" c="dimmed">
              {rx.quantity} {rx.unit ? QUANTITY_UNIT_LABELS[rx.unit] : ''} · {rx.daysSupply} days · {rx.refills} refills
              · {rx.substitutionAllowed ? 'substitution allowed' : 'dispense as written'} · {rx.pharmacy?.name} (NCPDP{' '}
              {rx.pharmacy?.ncpdpId})
            </Text>
          </div>
          <Button size="xs" variant="default" onClick={props.onBack}>
            Change prescription
          </Button>
        </Group>
      </Paper>

      <InteractionAlerts alerts={alerts} unscreened={rx.unscreenedMedications ?? []} />

      {/* Its own forms (PDMP check, authenticator set-up) sit outside the signing form: forms do not nest. */}
      {controlled ? (
        <Paper withBorder p="sm" component="section" aria-label="Controlled substance checks">
          <Stack gap="sm">
            <Title order={3} fz="h5">
              Controlled substance
            </Title>
            {pdmpCheck ? (
              <Text size="sm" c="teal.8" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
                <IconCircleCheck size={16} aria-hidden /> Your PDMP check is on file:{' '}
                {formatDateTime(pdmpCheck.checkedAt)} (within {PDMP_CHECK_WINDOW_HOURS} hours).
              </Text>
            ) : (
              <>
                <Alert color="orange" variant="light" icon={<IconShieldSearch size={16} />} p="xs">
                  No PDMP check of this patient by you in the last {PDMP_CHECK_WINDOW_HOURS} hours. Record one to sign.
                </Alert>
                <RecordPdmpCheckForm patientId={props.patientId} />
              </>
            )}
            {props.totpActive ? null : <TotpEnrollment />}
          </Stack>
        </Paper>
      ) : null}

      <form
        aria-label="Sign prescription"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          {alerts.length > 0 ? (
            <Textarea
              label="Override reason"
              description={
                needsReason
                  ? 'Required: a contraindicated or major alert needs a documented reason to sign.'
                  : 'Optional: why you are going ahead despite the alerts.'
              }
              required={needsReason}
              autosize
              minRows={2}
              value={overrideReason}
              error={error?.fields['overrideReason']}
              onChange={(event) => setOverrideReason(event.currentTarget.value)}
            />
          ) : null}
          {controlled && props.totpActive ? (
            <TextInput
              label="Authenticator code"
              description="The 6-digit code your authenticator app shows now."
              required
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="\d{6}"
              maxLength={6}
              w={260}
              value={totpCode}
              error={error?.fields['totpCode']}
              onChange={(event) => setTotpCode(event.currentTarget.value)}
            />
          ) : null}
          <FormErrorAlert message={error?.message ?? null} />
          <Group justify="flex-end">
            <ConfirmButton
              label="Discard prescription"
              question="Delete this unsigned prescription? Nothing has been sent to the pharmacy."
              disabled={loading}
              onConfirm={props.onDiscard}
            />
            <Button type="submit" loading={loading} disabled={controlled && !props.totpActive}>
              Sign prescription
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
