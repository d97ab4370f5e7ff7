import { RestrictedValue, SectionCard, formatDate, formatDateTime, type FieldAccess } from '@handoff/ui-kit';
import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { ConsentKind, ConsentStatus } from '../../../gql/graphql';
import { ConsentSigningForm, type ConsentSignerRelationship } from '../components/ConsentSigningForm';
import { isMinor } from './GuarantorCard';
import { RevokeConsentForm } from './RevokeConsentForm';

export const ConsentsCard_patient = graphql(`
  fragment ConsentsCard_patient on Patient {
    id
    legalFirstName
    legalLastName
    dateOfBirth
    guarantor {
      name
      relationship
    }
    consents {
      id
      kind
      status
      signerName
      signerRelationship
      signedAt
      version
      expiresOn
      releaseTo
      revokedAt
      revokedReason
    }
  }
`);

/** The forms, in the order they are read; the first three are needed before the first visit. */
const KINDS: readonly { kind: ConsentKind; title: string; required: boolean }[] = [
  { kind: 'TREATMENT', title: 'Consent to treatment', required: true },
  { kind: 'HIPAA_NOTICE', title: 'Privacy notice (HIPAA)', required: true },
  { kind: 'FINANCIAL_POLICY', title: 'Financial policy', required: true },
  { kind: 'TELEHEALTH', title: 'Telehealth', required: false },
  { kind: 'RELEASE_OF_INFORMATION', title: 'Release of information', required: false },
];

const STATUS_COLOR: Record<ConsentStatus, string> = { ACTIVE: 'teal', EXPIRED: 'orange', REVOKED: 'red' };
const STATUS_LABEL: Record<ConsentStatus, string> = { ACTIVE: 'Active', EXPIRED: 'Expired', REVOKED: 'Revoked' };

export interface ConsentsCardProps {
  patient: FragmentType<typeof ConsentsCard_patient>;
  access: FieldAccess;
  onChanged: () => void;
}

/** Who signs at the desk by default: the patient, or for a minor the parent/guardian on file. */
function defaultSigner(p: {
  legalFirstName?: string | null;
  legalLastName?: string | null;
  dateOfBirth?: string | null;
  guarantor?: { name: string; relationship: string } | null;
}): { name: string; relationship: ConsentSignerRelationship } {
  if (isMinor(p.dateOfBirth) && p.guarantor) {
    const guardian = /guardian/i.test(p.guarantor.relationship);
    return { name: p.guarantor.name, relationship: guardian ? 'GUARDIAN' : 'PARENT' };
  }
  return { name: [p.legalFirstName, p.legalLastName].filter(Boolean).join(' '), relationship: 'SELF' };
}

/** Each consent form with its state; missing ones are signed here, active ones can be revoked. */
export function ConsentsCard({ patient, access, onChanged }: ConsentsCardProps) {
  const p = getFragmentData(ConsentsCard_patient, patient);
  const [signing, setSigning] = useState(false);
  const [revoking, setRevoking] = useState<{ id: string; title: string } | null>(null);
  const refused = access.refused(['patient', 'consents']);
  const consents = p.consents ?? [];

  return (
    <SectionCard
      title="Consents"
      actions={
        refused ? null : (
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconSignature size={14} aria-hidden />}
            onClick={() => setSigning(true)}
          >
            Sign consents
          </Button>
        )
      }
    >
      {refused ? (
        <RestrictedValue refused />
      ) : (
        <Stack gap={8} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {KINDS.map(({ kind, title, required }) => {
            // Newest first (API order): the active ones, or else the latest, says where this form stands.
            const ofKind = consents.filter((c) => c.kind === kind);
            const active = ofKind.filter((c) => c.status === 'ACTIVE');
            const shown = active.length > 0 ? active : ofKind.slice(0, 1);
            return (
              <li key={kind}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {title}
                  </Text>
                  {shown[0] ? (
                    <Badge color={STATUS_COLOR[shown[0].status]} variant="light" style={{ flex: 'none' }}>
                      {STATUS_LABEL[shown[0].status]}
                    </Badge>
                  ) : (
                    <Badge color={required ? 'orange' : 'gray'} variant="light" style={{ flex: 'none' }}>
                      {required ? 'Not signed' : 'None'}
                    </Badge>
                  )}
                </Group>
                {shown.map((consent) => (
                  <Group key={consent.id} justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                    <Text size="xs" c="dimmed">
                      {consent.releaseTo ? `To ${consent.releaseTo} · ` : ''}
                      {consent.signerName ?? '—'}
                      {consent.signerRelationship && consent.signerRelationship !== 'SELF'
                        ? ` (${consent.signerRelationship.toLowerCase()})`
                        : ''}
                      {consent.signedAt ? `, ${formatDateTime(consent.signedAt)}` : ''}
                      {consent.version ? ` · v${consent.version}` : ''}
                      {consent.expiresOn
                        ? ` · ${consent.status === 'EXPIRED' ? 'expired' : 'expires'} ${formatDate(consent.expiresOn)}`
                        : ''}
                      {consent.status === 'REVOKED' && consent.revokedAt
                        ? ` · revoked ${formatDateTime(consent.revokedAt)}${consent.revokedReason ? `: ${consent.revokedReason}` : ''}`
                        : ''}
                    </Text>
                    {consent.status === 'ACTIVE' ? (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        style={{ flex: 'none' }}
                        aria-label={`Revoke ${title.toLowerCase()}`}
                        onClick={() => setRevoking({ id: consent.id, title })}
                      >
                        Revoke
                      </Button>
                    ) : null}
                  </Group>
                ))}
              </li>
            );
          })}
        </Stack>
      )}

      <Modal
        opened={signing}
        onClose={() => setSigning(false)}
        title="Sign consents"
        size="lg"
        closeOnClickOutside={false}
      >
        {signing ? (
          <Stack gap="sm">
            <ConsentSigningForm patientId={p.id} signerDefault={defaultSigner(p)} onSigned={() => onChanged()} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setSigning(false)}>
                Done
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={revoking ? `Revoke ${revoking.title.toLowerCase()}` : ''}
        closeOnClickOutside={false}
      >
        {revoking ? (
          <RevokeConsentForm
            consentId={revoking.id}
            onCancel={() => setRevoking(null)}
            onRevoked={() => {
              setRevoking(null);
              onChanged();
            }}
          />
        ) : null}
      </Modal>
    </SectionCard>
  );
}
