import { Stack, Text } from '@mantine/core';
import type { ConsentKind } from '../../../gql/graphql';
import { ConsentSigningForm, type ConsentSignerRelationship } from '../components/ConsentSigningForm';

export interface ConsentsStepProps {
  patientId: string;
  signer: { name: string; relationship: ConsentSignerRelationship };
  minor: boolean;
  onSigned: (kind: ConsentKind) => void;
}

/** Step 7: the signer reads and signs the practice's forms; a parent or guardian signs for a minor. */
export function ConsentsStep({ patientId, signer, minor, onSigned }: ConsentsStepProps) {
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Hand the screen to the {minor ? 'parent or guardian' : 'patient'}: they tick each form they have read and type
        their full name to sign. Treatment, privacy notice and financial policy are needed before the first visit.
      </Text>
      <ConsentSigningForm patientId={patientId} signerDefault={signer} onSigned={onSigned} />
    </Stack>
  );
}
