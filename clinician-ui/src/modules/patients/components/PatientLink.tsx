import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

export interface PatientLinkProps {
  patientId: string;
  /** "Last, First"; null when the name is not at hand (outside the caseload). */
  name: string | null;
}

/** A patient's name as a link to their chart. */
export function PatientLink({ patientId, name }: PatientLinkProps) {
  return (
    <Anchor component={Link} to={`/patients/${patientId}`} fw={600} size="sm">
      {name ?? 'Patient chart'}
    </Anchor>
  );
}
