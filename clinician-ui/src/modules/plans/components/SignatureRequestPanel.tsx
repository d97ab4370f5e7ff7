import { useMutation } from '@apollo/client/react';
import { formatDateTime, notifications, userMessage } from '@handoff/ui-kit';
import { Badge, Button, Group, Text } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { graphql } from '../../../gql';
import type { PlanSignatureStatus } from '../../../gql/graphql';
import { PLAN_TAB_QUERIES } from '../operations/plans.operations';

const RequestSignatureMutation = graphql(`
  mutation ClinicianRequestTreatmentPlanSignature($planVersionId: ID!) {
    requestTreatmentPlanSignature(planVersionId: $planVersionId) {
      id
      status
      requestedAt
    }
  }
`);

const STATUS: Record<PlanSignatureStatus, { label: string; color: string }> = {
  PENDING: { label: 'Awaiting patient signature', color: 'yellow' },
  SIGNED: { label: 'Signed by patient', color: 'teal' },
  DECLINED: { label: 'Patient declined to sign', color: 'red' },
};

export interface SignatureRequestPanelProps {
  planVersionId: string;
  requests: readonly {
    id: string;
    status: PlanSignatureStatus | null;
    requestedAt: string | null;
    signedAt: string | null;
  }[];
}

/** The patient's signature on the plan in effect: its latest request's status, or the button to ask. */
export function SignatureRequestPanel({ planVersionId, requests }: SignatureRequestPanelProps) {
  const [request, { loading }] = useMutation(RequestSignatureMutation, { refetchQueries: PLAN_TAB_QUERIES });
  const latest = requests[requests.length - 1];
  const ask = async () => {
    const result = await request({ variables: { planVersionId } });
    if (result.data?.requestTreatmentPlanSignature) {
      notifications.show({ color: 'teal', message: 'Signature requested: the patient signs in the portal.' });
    } else {
      notifications.show({ color: 'red', title: 'Not requested', message: userMessage(result.error) });
    }
  };
  const status = latest?.status ? STATUS[latest.status] : null;
  return (
    <Group gap="xs" role="group" aria-label="Patient signature">
      {latest && status ? (
        <>
          <Badge color={status.color} variant="light">
            {status.label}
          </Badge>
          <Text size="xs" c="dimmed">
            {latest.status === 'SIGNED' && latest.signedAt
              ? formatDateTime(latest.signedAt)
              : latest.requestedAt
                ? `requested ${formatDateTime(latest.requestedAt)}`
                : null}
          </Text>
        </>
      ) : null}
      {!latest || latest.status === 'DECLINED' ? (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconSignature size={14} aria-hidden />}
          loading={loading}
          onClick={() => void ask()}
        >
          Request patient signature
        </Button>
      ) : null}
    </Group>
  );
}
