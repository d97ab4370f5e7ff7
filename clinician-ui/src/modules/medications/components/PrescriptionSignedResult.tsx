import { formatDateTime } from '@handoff/ui-kit';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconPrinter } from '@tabler/icons-react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const PrescriptionSignedResult_prescription = graphql(`
  fragment PrescriptionSignedResult_prescription on Prescription {
    id
    drugName
    strength
    signedAt
    pdfUrl
    transmission {
      status
      queuedAt
      outboxFile
      message
    }
  }
`);

export interface PrescriptionSignedResultProps {
  prescription: FragmentType<typeof PrescriptionSignedResult_prescription>;
  onPrescribeAnother: () => void;
  onClose: () => void;
}

/** After signing: where the NewRx went, in the API's own words (no pharmacy network yet), and the PDF. */
export function PrescriptionSignedResult(props: PrescriptionSignedResultProps) {
  const rx = getFragmentData(PrescriptionSignedResult_prescription, props.prescription);
  return (
    <Stack gap="sm">
      <Alert
        color="teal"
        variant="light"
        icon={<IconCircleCheck size={16} />}
        title="Prescription signed"
        role="status"
      >
        <Stack gap={4}>
          <Text size="sm">
            {rx.drugName} {rx.strength}
            {rx.signedAt ? `, signed ${formatDateTime(rx.signedAt)}` : ''}.
          </Text>
          {rx.transmission ? (
            <Text size="sm" data-testid="transmission-message">
              {rx.transmission.message}
            </Text>
          ) : (
            <Text size="sm">Not transmitted.</Text>
          )}
          {rx.transmission ? (
            <Text size="xs" c="dimmed">
              Outbox file: {rx.transmission.outboxFile}
            </Text>
          ) : null}
        </Stack>
      </Alert>
      {rx.pdfUrl ? (
        <Anchor
          href={rx.pdfUrl}
          target="_blank"
          rel="noopener"
          size="sm"
          display="inline-flex"
          style={{ gap: 4, alignItems: 'center' }}
        >
          <IconPrinter size={14} aria-hidden /> Print prescription (PDF)
        </Anchor>
      ) : null}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={props.onPrescribeAnother}>
          Prescribe another
        </Button>
        <Button onClick={props.onClose}>Done</Button>
      </Group>
    </Stack>
  );
}
