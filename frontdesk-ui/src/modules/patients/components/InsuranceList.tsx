import {
  DateText,
  EmptyState,
  Money,
  RestrictedValue,
  SectionCard,
  humanizeEnum,
  type FieldAccess,
  type ResponsePath,
} from '@handoff/ui-kit';
import { Badge, Button, Divider, Group, Modal, Stack, Text } from '@mantine/core';
import { IconCamera, IconPlus, IconShieldOff } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { CardImageThumbnails } from '../profile/CardImageThumbnails';
import { todayIso } from '../profile/dates';
import { CardImageUpload } from './CardImageUpload';
import { InsurancePolicyForm } from './InsurancePolicyForm';

export const InsuranceList_patient = graphql(`
  fragment InsuranceList_patient on Patient {
    id
    insurancePolicies {
      id
      priority
      memberId
      groupNumber
      copayCents
      effectiveFrom
      effectiveTo
      subscriberName
      relationshipToSubscriber
      payer {
        id
        name
        kind
      }
      cardImages {
        id
        side
        url
        uploadedBy
      }
    }
  }
`);

export interface InsuranceListProps {
  patient: FragmentType<typeof InsuranceList_patient>;
  access: FieldAccess;
  path: ResponsePath;
  /** A policy or card photo was added: the page reloads the record. */
  onChanged: () => void;
}

type Coverage = { label: string; color: string };

/** In force today, expired, or not started yet (dates are calendar dates, compared as text). */
function coverageOf(effectiveFrom: string | null | undefined, effectiveTo: string | null | undefined): Coverage {
  const today = todayIso();
  if (effectiveTo && effectiveTo < today) return { label: 'Expired', color: 'red' };
  if (effectiveFrom && effectiveFrom > today) return { label: 'Not started', color: 'yellow' };
  return { label: 'In force', color: 'teal' };
}

/** Coverage, primary first, as the API orders it, with card photos and what to add. */
export function InsuranceList(props: InsuranceListProps) {
  const { id: patientId, insurancePolicies } = getFragmentData(InsuranceList_patient, props.patient);
  const refused = props.access.refused([...props.path, 'insurancePolicies']);
  const [adding, setAdding] = useState(false);
  const [photosFor, setPhotosFor] = useState<string | null>(null);
  const photosPolicy = insurancePolicies?.find((policy) => policy.id === photosFor) ?? null;

  return (
    <SectionCard
      title="Insurance"
      actions={
        refused ? null : (
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setAdding(true)}
          >
            Add policy
          </Button>
        )
      }
    >
      {refused ? (
        <RestrictedValue refused />
      ) : !insurancePolicies || insurancePolicies.length === 0 ? (
        <EmptyState
          compact
          icon={<IconShieldOff size={16} />}
          title="No insurance on file"
          description="The patient is self-pay until coverage is added."
        />
      ) : (
        <Stack gap="sm">
          {insurancePolicies.map((policy, index) => {
            const coverage = coverageOf(policy.effectiveFrom, policy.effectiveTo);
            const images = policy.cardImages ?? [];
            const payerName = policy.payer?.name ?? 'Insurance';
            return (
              <Fragment key={policy.id}>
                {index > 0 ? <Divider /> : null}
                <div>
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Text fw={600} size="sm">
                      {policy.payer?.name ?? '—'}
                    </Text>
                    <Group gap={4} wrap="nowrap">
                      <Badge color={coverage.color} variant="light">
                        {coverage.label}
                      </Badge>
                      {policy.priority ? (
                        <Badge color={policy.priority === 'PRIMARY' ? 'handoff' : 'gray'}>
                          {humanizeEnum(policy.priority)}
                        </Badge>
                      ) : null}
                    </Group>
                  </Group>
                  <Text size="xs" c="dimmed">
                    Member{' '}
                    <Text span ff="monospace" inherit>
                      {policy.memberId ?? '—'}
                    </Text>
                    {policy.groupNumber ? (
                      <>
                        {' · '}Group{' '}
                        <Text span ff="monospace" inherit>
                          {policy.groupNumber}
                        </Text>
                      </>
                    ) : null}
                    {' · '}Copay <Money cents={policy.copayCents} />
                  </Text>
                  <Text size="xs" c="dimmed">
                    Subscriber {policy.subscriberName ?? '—'}
                    {policy.relationshipToSubscriber ? ` (${humanizeEnum(policy.relationshipToSubscriber)})` : ''}
                    {' · '}
                    <DateText value={policy.effectiveFrom} />
                    {' – '}
                    {policy.effectiveTo ? <DateText value={policy.effectiveTo} /> : 'open-ended'}
                  </Text>
                  <CardImageThumbnails payerName={payerName} images={images} />
                  <Group gap="xs" mt={4}>
                    {images.length < 2 ? (
                      <Text size="xs" c="orange.8">
                        {images.length === 0 ? 'No card photos on file.' : 'Only one side of the card on file.'}
                      </Text>
                    ) : null}
                    <Button
                      size="compact-xs"
                      variant="light"
                      leftSection={<IconCamera size={12} aria-hidden />}
                      onClick={() => setPhotosFor(policy.id)}
                      aria-label={`Card photos for ${payerName}`}
                    >
                      {images.length === 0 ? 'Upload card photos' : 'Card photos'}
                    </Button>
                  </Group>
                </div>
              </Fragment>
            );
          })}
        </Stack>
      )}

      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        title="Add insurance policy"
        size="lg"
        closeOnClickOutside={false}
      >
        {adding ? (
          <InsurancePolicyForm
            patientId={patientId}
            onCancel={() => setAdding(false)}
            onSaved={(policy) => {
              setAdding(false);
              props.onChanged();
              // Straight on to the card photos: a policy without them is flagged at check-in.
              setPhotosFor(policy.id);
            }}
          />
        ) : null}
      </Modal>
      <Modal
        opened={photosPolicy !== null}
        onClose={() => setPhotosFor(null)}
        title={`Card photos · ${photosPolicy?.payer?.name ?? 'Insurance'}`}
        size="lg"
      >
        {photosPolicy ? (
          <Stack gap="sm">
            <CardImageUpload
              policyId={photosPolicy.id}
              cardImages={photosPolicy.cardImages}
              onUploaded={() => props.onChanged()}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPhotosFor(null)}>
                Done
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </SectionCard>
  );
}
