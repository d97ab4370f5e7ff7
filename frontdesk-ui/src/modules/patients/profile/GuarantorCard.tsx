import { DetailList, EmptyState, RestrictedValue, SectionCard, ageInYears, type FieldAccess } from '@handoff/ui-kit';
import { Badge, Button, Modal } from '@mantine/core';
import { IconPencil, IconUserDollar } from '@tabler/icons-react';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { GuarantorForm } from './GuarantorForm';
import { guarantorValues, type GuarantorValues } from './guarantorSchema';
import type { VersionedValues } from './versionedEdit';

export const GuarantorCard_patient = graphql(`
  fragment GuarantorCard_patient on Patient {
    id
    version
    dateOfBirth
    guarantor {
      name
      relationship
      phone
      email
    }
  }
`);

type GuarantorFragment = FragmentType<typeof GuarantorCard_patient>;

export interface GuarantorCardProps {
  patient: GuarantorFragment;
  access: FieldAccess;
  reload: () => Promise<GuarantorFragment | null | undefined>;
}

function versioned(fragment: GuarantorFragment): VersionedValues<GuarantorValues> {
  const p = getFragmentData(GuarantorCard_patient, fragment);
  return { values: guarantorValues(p.guarantor), version: p.version };
}

export function isMinor(dateOfBirth: string | null | undefined): boolean {
  const age = dateOfBirth ? ageInYears(dateOfBirth) : null;
  return age !== null && age < 18;
}

/** Who pays; for a minor, the parent or guardian who is also their portal proxy. */
export function GuarantorCard({ patient, access, reload }: GuarantorCardProps) {
  const p = getFragmentData(GuarantorCard_patient, patient);
  const [editing, setEditing] = useState<VersionedValues<GuarantorValues> | null>(null);
  const refused = access.refused(['patient', 'guarantor']);
  const minor = isMinor(p.dateOfBirth);
  const g = p.guarantor;

  return (
    <SectionCard
      title="Guarantor"
      actions={
        refused ? null : (
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconPencil size={14} aria-hidden />}
            aria-label="Edit guarantor"
            onClick={() => setEditing(versioned(patient))}
          >
            Edit
          </Button>
        )
      }
    >
      {minor ? (
        <Badge variant="light" color="grape" mb="xs">
          Parent/guardian — portal proxy
        </Badge>
      ) : null}
      {refused ? (
        <RestrictedValue refused />
      ) : !g ? (
        <EmptyState
          compact
          icon={<IconUserDollar size={16} />}
          title={minor ? 'No parent or guardian on file' : 'The patient is their own guarantor'}
          description={minor ? 'A minor needs a parent or guardian: add one.' : undefined}
        />
      ) : (
        <DetailList
          items={[
            { label: 'Name', value: g.name },
            { label: 'Relationship', value: g.relationship },
            { label: 'Phone', value: <RestrictedValue>{g.phone}</RestrictedValue> },
            { label: 'Email', value: <RestrictedValue>{g.email}</RestrictedValue> },
          ]}
        />
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={minor ? 'Edit parent/guardian (guarantor)' : 'Edit guarantor'}
        size="lg"
        closeOnClickOutside={false}
      >
        {editing ? (
          <GuarantorForm
            patientId={p.id}
            liveVersion={p.version}
            minor={minor}
            start={editing}
            reloadLatest={async () => {
              const latest = await reload();
              return latest ? versioned(latest) : null;
            }}
            onCancel={() => setEditing(null)}
            onSaved={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </SectionCard>
  );
}
