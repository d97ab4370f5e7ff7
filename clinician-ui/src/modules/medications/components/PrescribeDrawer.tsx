import { useMutation } from '@apollo/client/react';
import { invalidFields, notifications, userMessage } from '@handoff/ui-kit';
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

const DiscardPrescriptionDraftMutation = graphql(`
  mutation ClinicianDiscardPrescriptionDraft($id: ID!) {
    discardPrescriptionDraft(id: $id)
  }
`);

type Step =
  | { kind: 'write' }
  | { kind: 'review'; id: string; draft: Parameters<typeof SignPrescriptionForm>[0]['prescription'] }
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
 * to change the prescription keeps what was typed and discards the screened draft; checking again drafts
 * anew. Discarding from the review deletes the draft and starts over.
 */
export function PrescribeDrawer(props: PrescribeDrawerProps) {
  const { pdmpChecks } = getFragmentData(PrescribeDrawer_patient, props.patient);
  const [values, setValues] = useState<PrescriptionValues>(EMPTY_PRESCRIPTION);
  const [step, setStep] = useState<Step>({ kind: 'write' });
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  // No refetch: the tab lists signed prescriptions only.
  const [draft, { loading }] = useMutation(DraftPrescriptionMutation);
  const [discardDraft] = useMutation(DiscardPrescriptionDraftMutation);

  const check = async () => {
    setError(null);
    const result = await draft({ variables: { input: draftPrescriptionInput(props.patientId, values) } });
    const drafted = result.data?.draftPrescription;
    if (drafted) setStep({ kind: 'review', id: drafted.id, draft: drafted });
    else setError({ message: userMessage(result.error), fields: invalidFields(result.error) });
  };

  /** Leaves the review: the screened draft is deleted (it will be drafted again, re-screened, if wanted). */
  const leaveReview = async (id: string, { startOver }: { startOver: boolean }) => {
    const result = await discardDraft({ variables: { id } });
    if (startOver) {
      if (!result.data?.discardPrescriptionDraft) {
        notifications.show({ color: 'red', title: 'Not discarded', message: userMessage(result.error) });
        return;
      }
      notifications.show({ color: 'teal', message: 'Prescription discarded.' });
      setValues(EMPTY_PRESCRIPTION);
    }
    setStep({ kind: 'write' });
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
          onBack={() => void leaveReview(step.id, { startOver: false })}
          onDiscard={() => leaveReview(step.id, { startOver: true })}
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
