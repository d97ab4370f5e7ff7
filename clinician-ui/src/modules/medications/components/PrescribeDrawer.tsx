import { useMutation } from '@apollo/client/react';
import { invalidFields, userMessage } from '@handoff/ui-kit';
import { Drawer } from '@mantine/core';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { EMPTY_PRESCRIPTION, draftPrescriptionInput, type PrescriptionValues } from './prescriptionDraft';
import { PrescriptionForm } from './PrescriptionForm';
import { PrescriptionSignedResult } from './PrescriptionSignedResult';
import { SignPrescriptionForm } from './SignPrescriptionForm';

export const PrescribeDrawer_patient = graphql(`
  fragment PrescribeDrawer_patient on Patient {
    pdmpChecks {
      id
      checkedById
      checkedAt
    }
  }
`);

const DraftPrescriptionMutation = graphql(`
  mutation ClinicianDraftPrescription($input: DraftPrescriptionInput!) {
    draftPrescription(input: $input) {
      id
      ...SignPrescriptionForm_prescription
    }
  }
`);

type Step =
  | { kind: 'write' }
  | { kind: 'review'; draft: Parameters<typeof SignPrescriptionForm>[0]['prescription'] }
  | { kind: 'signed'; signed: Parameters<typeof PrescriptionSignedResult>[0]['prescription'] };

export interface PrescribeDrawerProps {
  opened: boolean;
  onClose: () => void;
  patientId: string;
  patient: FragmentType<typeof PrescribeDrawer_patient>;
  staffMemberId: string | null | undefined;
  totpActive: boolean;
}

/**
 * Write → check interactions (draftPrescription screens it) → review and sign → where it went. Going back
 * to change the prescription keeps what was typed; checking again drafts anew.
 */
export function PrescribeDrawer(props: PrescribeDrawerProps) {
  const { pdmpChecks } = getFragmentData(PrescribeDrawer_patient, props.patient);
  const [values, setValues] = useState<PrescriptionValues>(EMPTY_PRESCRIPTION);
  const [step, setStep] = useState<Step>({ kind: 'write' });
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  // No refetch: the tab lists signed prescriptions only.
  const [draft, { loading }] = useMutation(DraftPrescriptionMutation);

  const check = async () => {
    setError(null);
    const result = await draft({ variables: { input: draftPrescriptionInput(props.patientId, values) } });
    if (result.data?.draftPrescription) setStep({ kind: 'review', draft: result.data.draftPrescription });
    else setError({ message: userMessage(result.error), fields: invalidFields(result.error) });
  };

  const close = () => {
    // A signed prescription's form is cleared; an unsigned one is kept for when the drawer opens again.
    if (step.kind === 'signed') {
      setValues(EMPTY_PRESCRIPTION);
      setStep({ kind: 'write' });
    }
    props.onClose();
  };

  return (
    <Drawer
      opened={props.opened}
      onClose={close}
      position="right"
      size="xl"
      title="Prescribe"
      closeButtonProps={{ 'aria-label': 'Close prescribing' }}
    >
      {step.kind === 'write' ? (
        <PrescriptionForm
          values={values}
          onChange={setValues}
          onSubmit={() => void check()}
          checking={loading}
          error={error?.message ?? null}
          fieldErrors={error?.fields ?? {}}
        />
      ) : step.kind === 'review' ? (
        <SignPrescriptionForm
          patientId={props.patientId}
          prescription={step.draft}
          pdmpChecks={pdmpChecks ?? []}
          staffMemberId={props.staffMemberId}
          totpActive={props.totpActive}
          onBack={() => setStep({ kind: 'write' })}
          onSigned={(signed) => setStep({ kind: 'signed', signed })}
        />
      ) : (
        <PrescriptionSignedResult
          prescription={step.signed}
          onPrescribeAnother={() => {
            setValues(EMPTY_PRESCRIPTION);
            setStep({ kind: 'write' });
          }}
          onClose={close}
        />
      )}
    </Drawer>
  );
}
