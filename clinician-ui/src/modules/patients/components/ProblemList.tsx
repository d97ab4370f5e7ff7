import {
  DateText,
  EmptyState,
  RestrictedValue,
  SectionCard,
  type FieldAccess,
  type ResponsePath,
} from '@handoff/ui-kit';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconClipboardHeart } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { ProblemList_PatientFragment } from '../../../gql/graphql';

export const ProblemList_patient = graphql(`
  fragment ProblemList_patient on Patient {
    diagnoses {
      id
      icd10Code
      description
      isPrimary
      status
      diagnosedOn
      clinicalNote
    }
  }
`);

type ListedDiagnosis = NonNullable<ProblemList_PatientFragment['diagnoses']>[number];

export interface ProblemListProps {
  patient: FragmentType<typeof ProblemList_patient>;
  access: FieldAccess;
  path: ResponsePath;
  /** Buttons in the card's header (e.g. "Add diagnosis"). */
  headerActions?: ReactNode;
  /** Per-diagnosis actions, at the end of its row (e.g. resolve, make primary). */
  rowActions?: (diagnosis: ListedDiagnosis) => ReactNode;
}

/** The problem list, active first and primary first (the API's order), with the clinician's formulation. */
export function ProblemList(props: ProblemListProps) {
  const { diagnoses } = getFragmentData(ProblemList_patient, props.patient);
  const base = [...props.path, 'diagnoses'];
  const refusedList = props.access.refused(base);
  const active = diagnoses?.filter((d) => d.status === 'ACTIVE').length ?? 0;

  return (
    <SectionCard
      title="Problem list"
      actions={
        <Group gap="sm">
          {diagnoses && diagnoses.length > 0 ? (
            <Text size="xs" c="dimmed">
              {active} active · {diagnoses.length - active} resolved
            </Text>
          ) : null}
          {props.headerActions}
        </Group>
      }
    >
      {refusedList ? (
        <RestrictedValue refused />
      ) : !diagnoses || diagnoses.length === 0 ? (
        <EmptyState compact icon={<IconClipboardHeart size={16} />} title="No diagnoses recorded" />
      ) : (
        <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {diagnoses.map((dx, index) => (
            <li
              key={dx.id}
              style={{
                padding: '10px 0',
                borderTop: index === 0 ? undefined : '1px solid var(--mantine-color-gray-2)',
                opacity: dx.status === 'RESOLVED' ? 0.65 : 1,
              }}
            >
              <Group gap="xs" wrap="nowrap" align="baseline">
                <Badge variant="outline" color="gray" ff="monospace" style={{ flexShrink: 0 }}>
                  <RestrictedValue refused={props.access.refused([...base, index, 'icd10Code'])}>
                    {dx.icd10Code}
                  </RestrictedValue>
                </Badge>
                <Text size="sm" fw={500} style={{ flex: 1 }}>
                  <RestrictedValue refused={props.access.refused([...base, index, 'description'])}>
                    {dx.description}
                  </RestrictedValue>
                </Text>
                {dx.isPrimary ? <Badge color="handoff">Primary</Badge> : null}
                <Badge color={dx.status === 'ACTIVE' ? 'teal' : 'gray'}>
                  {dx.status === 'ACTIVE' ? 'Active' : 'Resolved'}
                </Badge>
                {props.rowActions?.(dx)}
              </Group>
              <Text size="xs" c="dimmed" mt={4}>
                Diagnosed{' '}
                <DateText value={dx.diagnosedOn} refused={props.access.refused([...base, index, 'diagnosedOn'])} />
              </Text>
              <Text size="sm" mt={4} c="gray.8">
                <RestrictedValue refused={props.access.refused([...base, index, 'clinicalNote'])}>
                  {dx.clinicalNote}
                </RestrictedValue>
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
