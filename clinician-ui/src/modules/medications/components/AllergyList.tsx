import { useMutation } from '@apollo/client/react';
import { DateText, EmptyState, SectionCard, notifications, userMessage } from '@handoff/ui-kit';
import { Badge, Button, Group, Popover, Stack, Text } from '@mantine/core';
import { IconAlertOctagon, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { AllergySeverity } from '../../../gql/graphql';
import { MEDICATIONS_TAB_QUERIES } from '../operations/medications.operations';
import { ALLERGY_SEVERITY_LABELS, AddAllergyForm } from './AddAllergyForm';

export const AllergyList_patient = graphql(`
  fragment AllergyList_patient on Patient {
    noKnownAllergiesOn
    allergies {
      id
      substance
      reaction
      severity
      notedOn
    }
  }
`);

const RemoveAllergyMutation = graphql(`
  mutation ClinicianRemoveAllergy($id: ID!) {
    removeAllergy(id: $id) {
      id
    }
  }
`);

const ConfirmNoKnownAllergiesMutation = graphql(`
  mutation ClinicianConfirmNoKnownAllergies($patientId: ID!) {
    confirmNoKnownAllergies(patientId: $patientId) {
      id
      noKnownAllergiesOn
    }
  }
`);

/** "No known allergies" as an answer the clinician gives, not the silence of an empty list. */
function NoKnownAllergies({ patientId, confirmedOn }: { patientId: string; confirmedOn: string | null | undefined }) {
  const [confirm, { loading }] = useMutation(ConfirmNoKnownAllergiesMutation, {
    refetchQueries: MEDICATIONS_TAB_QUERIES,
  });
  if (confirmedOn) {
    return (
      <EmptyState
        compact
        icon={<IconAlertOctagon size={16} />}
        title="No known allergies (NKDA)"
        description={
          <>
            Confirmed <DateText value={confirmedOn} />
          </>
        }
      />
    );
  }
  const onConfirm = async () => {
    const result = await confirm({ variables: { patientId } });
    if (result.data?.confirmNoKnownAllergies)
      notifications.show({ color: 'teal', message: 'No known allergies confirmed.' });
    else notifications.show({ color: 'red', title: 'Not confirmed', message: userMessage(result.error) });
  };
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm" c="dimmed">
        No allergies recorded — not yet asked?
      </Text>
      <Button size="compact-sm" variant="default" loading={loading} onClick={onConfirm}>
        Confirm no known allergies
      </Button>
    </Group>
  );
}

const SEVERITY_COLORS: Record<AllergySeverity, string> = {
  SEVERE: 'red',
  MODERATE: 'orange',
  MILD: 'yellow',
  UNKNOWN: 'gray',
};

function RemoveAllergyButton({ allergy }: { allergy: { id: string; substance: string | null } }) {
  const substance = allergy.substance ?? 'allergy';
  const [opened, setOpened] = useState(false);
  const [remove, { loading }] = useMutation(RemoveAllergyMutation, { refetchQueries: MEDICATIONS_TAB_QUERIES });
  const confirm = async () => {
    const result = await remove({ variables: { id: allergy.id } });
    setOpened(false);
    if (result.data?.removeAllergy) notifications.show({ color: 'teal', message: `${substance} removed.` });
    else notifications.show({ color: 'red', title: 'Not removed', message: userMessage(result.error) });
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Button
          size="compact-xs"
          variant="subtle"
          color="gray"
          aria-label={`Remove allergy ${substance}`}
          onClick={() => setOpened((o) => !o)}
        >
          Remove
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" maw={240}>
          <Text size="sm">Remove {substance} from the allergy list (entered in error or disproved)?</Text>
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => setOpened(false)}>
              Keep
            </Button>
            <Button size="xs" color="red" loading={loading} onClick={() => void confirm()}>
              Remove allergy
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

export interface AllergyListProps {
  patientId: string;
  patient: FragmentType<typeof AllergyList_patient>;
}

/** Allergies and intolerances on the list now; a removed one is kept by the API, not shown. */
export function AllergyList({ patientId, patient }: AllergyListProps) {
  const { allergies, noKnownAllergiesOn } = getFragmentData(AllergyList_patient, patient);
  const [adding, setAdding] = useState(false);
  return (
    <SectionCard
      title="Allergies"
      actions={
        adding ? null : (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setAdding(true)}
          >
            Add allergy
          </Button>
        )
      }
    >
      <Stack gap="sm">
        {adding ? <AddAllergyForm patientId={patientId} onDone={() => setAdding(false)} /> : null}
        {!allergies || allergies.length === 0 ? (
          <NoKnownAllergies patientId={patientId} confirmedOn={noKnownAllergiesOn} />
        ) : (
          <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Allergies">
            {allergies.map((a, index) => (
              <li
                key={a.id}
                style={{
                  padding: '8px 0',
                  borderTop: index === 0 ? undefined : '1px solid var(--mantine-color-gray-2)',
                }}
              >
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <div>
                    <Group gap={6}>
                      <Text size="sm" fw={600}>
                        {a.substance}
                      </Text>
                      {a.severity ? (
                        <Badge size="sm" variant="light" color={SEVERITY_COLORS[a.severity]}>
                          {ALLERGY_SEVERITY_LABELS[a.severity]}
                        </Badge>
                      ) : null}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {a.reaction ?? 'Reaction not recorded'} · noted <DateText value={a.notedOn} />
                    </Text>
                  </div>
                  <RemoveAllergyButton allergy={a} />
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </SectionCard>
  );
}
