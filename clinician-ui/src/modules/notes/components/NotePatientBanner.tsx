import { useQuery } from '@apollo/client/react';
import { fieldAccess } from '@handoff/ui-kit';
import { Skeleton } from '@mantine/core';
import { graphql } from '../../../gql';
import { PatientBanner } from '../../patients/components/PatientBanner';

const NotePatientQuery = graphql(`
  query ClinicianNotePatient($id: ID!) {
    patient(id: $id) {
      id
      ...PatientBanner_patient
    }
  }
`);

/** Whose note this is, above every note screen (wrong-patient documentation is the error to prevent). */
export function NotePatientBanner({ patientId }: { patientId: string }) {
  const { data, error, loading } = useQuery(NotePatientQuery, { variables: { id: patientId } });
  if (!data?.patient) return loading ? <Skeleton h={72} /> : null;
  return <PatientBanner patient={data.patient} access={fieldAccess(error)} path={['patient']} />;
}
