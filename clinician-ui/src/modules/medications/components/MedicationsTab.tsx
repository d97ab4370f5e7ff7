import { useQuery } from '@apollo/client/react';
import { QueryError } from '@handoff/ui-kit';
import { Button, Group, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { IconPrescription } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../../gql';
import type { ChartTabProps } from '../../patients/tabs/chartTabs';
import { AllergyList } from './AllergyList';
import { MedicationList } from './MedicationList';
import { PdmpCheckList } from './PdmpCheckList';
import { PrescribeDrawer } from './PrescribeDrawer';
import { PrescriptionList } from './PrescriptionList';

const PatientMedicationsQuery = graphql(`
  query ClinicianPatientMedications($id: ID!) {
    viewer {
      id
      staffMemberId
      staffMember {
        id
        hasPrescribingCredentials
        totpActive
      }
    }
    patient(id: $id) {
      id
      ...MedicationList_patient
      ...AllergyList_patient
      ...PdmpCheckList_patient
      ...PrescriptionList_patient
      ...PrescribeDrawer_patient
    }
  }
`);

/** Medication list, allergies, PDMP checks and prescriptions; prescribers also get the Prescribe flow. */
export function MedicationsTab({ patientId }: ChartTabProps) {
  const [prescribing, setPrescribing] = useState(false);
  const { data, loading, error, refetch } = useQuery(PatientMedicationsQuery, {
    variables: { id: patientId },
    fetchPolicy: 'cache-and-network',
  });
  const patient = data?.patient;
  const prescriber = data?.viewer?.staffMember;
  const canPrescribe = !!prescriber?.hasPrescribingCredentials;

  if (loading && !patient) return <Skeleton h={240} />;
  return (
    <Stack gap="md">
      <QueryError error={error} onRetry={() => void refetch()} />
      {canPrescribe ? (
        <Group justify="flex-end">
          <Button leftSection={<IconPrescription size={16} aria-hidden />} onClick={() => setPrescribing(true)}>
            Prescribe
          </Button>
        </Group>
      ) : null}
      {patient ? (
        <>
          <MedicationList patientId={patientId} patient={patient} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <AllergyList patientId={patientId} patient={patient} />
            <PdmpCheckList patientId={patientId} patient={patient} canRecord={canPrescribe} />
          </SimpleGrid>
          <Stack gap="xs" component="section" aria-label="Prescriptions">
            <Text fw={600}>Prescriptions</Text>
            <PrescriptionList patient={patient} />
          </Stack>
          {canPrescribe ? (
            <PrescribeDrawer
              opened={prescribing}
              onClose={() => setPrescribing(false)}
              patientId={patientId}
              patient={patient}
              staffMemberId={data?.viewer?.staffMemberId}
              totpActive={!!prescriber?.totpActive}
            />
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
