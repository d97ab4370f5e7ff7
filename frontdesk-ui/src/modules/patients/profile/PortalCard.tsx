import { useMutation } from '@apollo/client/react';
import {
  DetailList,
  RestrictedValue,
  SectionCard,
  formatDateTime,
  notifications,
  userMessage,
  type FieldAccess,
} from '@handoff/ui-kit';
import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { InvitationStatus, PortalStatus } from '../../../gql/graphql';
import { isMinor } from './GuarantorCard';

export const PortalCard_patient = graphql(`
  fragment PortalCard_patient on Patient {
    id
    email
    dateOfBirth
    portalStatus
    guarantor {
      name
      email
    }
    portalInvitation {
      id
      status
      email
      createdAt
      expiresAt
      acceptedAt
      sentBy
    }
  }
`);

const ProfileInviteToPortalMutation = graphql(`
  mutation ProfileInviteToPortal($patientId: ID!) {
    invitePatientToPortal(patientId: $patientId) {
      id
      status
      email
    }
  }
`);

const PORTAL_STATUS: Record<PortalStatus, { label: string; color: string }> = {
  ACTIVE: { label: 'Using the portal', color: 'teal' },
  INVITED: { label: 'Invited', color: 'blue' },
  NOT_INVITED: { label: 'Not invited', color: 'gray' },
  DISABLED: { label: 'Disabled', color: 'red' },
};

const INVITATION_STATUS: Record<InvitationStatus, { label: string; color: string }> = {
  PENDING: { label: 'Pending', color: 'yellow' },
  ACCEPTED: { label: 'Accepted', color: 'teal' },
  EXPIRED: { label: 'Expired', color: 'gray' },
  REVOKED: { label: 'Replaced', color: 'gray' },
};

function reasonOf(error: ErrorLike | undefined): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const reason = error.errors[0]?.extensions?.['reason'];
  return typeof reason === 'string' ? reason : undefined;
}

export interface PortalCardProps {
  patient: FragmentType<typeof PortalCard_patient>;
  access: FieldAccess;
  onChanged: () => void;
}

/** Whether the patient (or a minor's parent/guardian) uses the portal, and the invitation to it. */
export function PortalCard({ patient, access, onChanged }: PortalCardProps) {
  const p = getFragmentData(PortalCard_patient, patient);
  const [invite, { loading }] = useMutation(ProfileInviteToPortalMutation);
  const [problem, setProblem] = useState<{ message: string; reason?: string } | null>(null);
  const refused = access.refused(['patient', 'portalStatus']) || access.refused(['patient', 'portalInvitation']);
  const invitation = p.portalInvitation;
  const status = p.portalStatus ? PORTAL_STATUS[p.portalStatus] : null;
  const minor = isMinor(p.dateOfBirth);
  const canInvite = p.portalStatus !== 'ACTIVE';
  const resend = (!!invitation && invitation.status !== 'ACCEPTED') || p.portalStatus === 'INVITED';
  // Mirrors the API: a minor's invitation goes to the guarantor's email when there is one.
  const recipient = minor && p.guarantor?.email ? p.guarantor.email : p.email;

  async function send() {
    setProblem(null);
    const { data, error } = await invite({ variables: { patientId: p.id } });
    const sent = data?.invitePatientToPortal;
    if (sent) {
      notifications.show({ color: 'teal', message: `Portal invitation sent to ${sent.email ?? 'the patient'}.` });
      onChanged();
      return;
    }
    setProblem({ message: userMessage(error), reason: reasonOf(error) });
  }

  return (
    <SectionCard
      title="Portal"
      actions={
        status ? (
          <Badge color={status.color} variant="light">
            {status.label}
          </Badge>
        ) : null
      }
    >
      {refused ? (
        <RestrictedValue refused />
      ) : (
        <Stack gap="sm">
          {invitation ? (
            <DetailList
              items={[
                {
                  label: 'Invitation',
                  value: (
                    <Badge color={INVITATION_STATUS[invitation.status].color} variant="light">
                      {INVITATION_STATUS[invitation.status].label}
                    </Badge>
                  ),
                },
                {
                  label: 'Sent to',
                  value: <RestrictedValue>{invitation.email}</RestrictedValue>,
                  fullWidth: true,
                },
                {
                  label: 'Sent',
                  value: `${formatDateTime(invitation.createdAt)}${invitation.sentBy ? ` by ${invitation.sentBy}` : ''}`,
                },
                invitation.acceptedAt
                  ? { label: 'Accepted', value: formatDateTime(invitation.acceptedAt) }
                  : {
                      label: invitation.status === 'EXPIRED' ? 'Expired' : 'Link expires',
                      value: (
                        <RestrictedValue>
                          {invitation.expiresAt && formatDateTime(invitation.expiresAt)}
                        </RestrictedValue>
                      ),
                    },
              ]}
            />
          ) : p.portalStatus !== 'NOT_INVITED' ? (
            <Text size="sm" c="dimmed">
              No invitation on record.
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {minor
                ? 'Not invited yet. For a minor the invitation goes to the parent/guardian’s email when there is one.'
                : 'Not invited yet. The patient gets an email with a link to set a password (valid 7 days).'}
            </Text>
          )}

          {problem ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" p="xs">
              <Text size="sm">{problem.message}</Text>
              {problem.reason === 'NO_EMAIL_ON_FILE' ? (
                <Text size="xs" mt={2}>
                  <Anchor href="#demographics" size="xs">
                    Edit demographics & contact
                  </Anchor>
                  {minor ? (
                    <>
                      {' or '}
                      <Anchor href="#guarantor" size="xs">
                        the guarantor
                      </Anchor>
                    </>
                  ) : null}
                  , add the email, then invite again.
                </Text>
              ) : null}
            </Alert>
          ) : null}

          {canInvite ? (
            <Group justify="space-between" gap="xs" align="flex-end">
              <Text size="xs" c="dimmed" maw={260}>
                {!recipient ? 'No email on file.' : recipient !== invitation?.email ? `Goes to ${recipient}.` : ''}
                {resend ? ' Sending again replaces the earlier link.' : ''}
              </Text>
              <Button
                size="xs"
                variant={resend ? 'default' : 'filled'}
                leftSection={<IconMailForward size={14} aria-hidden />}
                loading={loading}
                onClick={() => void send()}
              >
                {resend ? 'Resend invitation' : 'Invite to portal'}
              </Button>
            </Group>
          ) : null}
        </Stack>
      )}
    </SectionCard>
  );
}
