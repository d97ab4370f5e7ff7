import { useQuery } from '@apollo/client/react';
import { DetailList, QueryError, formatDate, humanizeEnum, patientDisplayName } from '@handoff/ui-kit';
import { Alert, Button, Group, List, Paper, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCalendarPlus, IconCircleCheck, IconUser, IconUserPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { IntakeSummaryQuery } from '../../../gql/graphql';
import { CONSENT_TITLES } from '../components/ConsentSigningForm';

// Read back from the API rather than from what the wizard remembers: the summary shows what was
// really stored (and what the arrivals board will flag).
const IntakeSummaryQueryDocument = graphql(`
  query IntakeSummary($id: ID!) {
    patient(id: $id) {
      id
      mrn
      legalFirstName
      legalLastName
      preferredName
      dateOfBirth
      email
      mobilePhone
      guarantor {
        name
        relationship
        email
      }
      insurancePolicies {
        id
        priority
        memberId
        payer {
          id
          name
        }
        cardImages {
          id
          side
        }
      }
      consents {
        id
        kind
        status
      }
    }
  }
`);

type SummaryPatient = NonNullable<IntakeSummaryQuery['patient']>;

/** Consents every patient signs at intake (the arrivals board flags a missing one). */
const INTAKE_CONSENTS = ['TREATMENT', 'HIPAA_NOTICE', 'FINANCIAL_POLICY'] as const;

/** What is still to do, in words for the desk. */
function missingItems(patient: SummaryPatient): string[] {
  const missing: string[] = [];
  const policies = patient.insurancePolicies ?? [];
  if (policies.length === 0) missing.push('No insurance on file: the patient is self-pay until coverage is added.');
  for (const policy of policies) {
    const sides = new Set((policy.cardImages ?? []).map((image) => image.side));
    const absent = (['FRONT', 'BACK'] as const).filter((side) => !sides.has(side));
    if (absent.length > 0) {
      missing.push(
        `${humanizeEnum(policy.priority ?? 'PRIMARY')} card (${policy.payer?.name ?? 'insurer'}): no photo of the ${absent
          .map((s) => s.toLowerCase())
          .join(' or ')}.`,
      );
    }
  }
  const signed = new Set((patient.consents ?? []).filter((c) => c.status === 'ACTIVE').map((c) => c.kind));
  const unsigned = INTAKE_CONSENTS.filter((kind) => !signed.has(kind));
  if (unsigned.length > 0)
    missing.push(`Unsigned consents: ${unsigned.map((kind) => CONSENT_TITLES[kind]).join(', ')}.`);
  if (!patient.email && !patient.guarantor?.email)
    missing.push('No email: the patient cannot be invited to the portal.');
  return missing;
}

export interface DoneStepProps {
  patientId: string;
  onRegisterAnother: () => void;
}

/** Step 8: what was registered, what is still missing, and where to go next. */
export function DoneStep({ patientId, onRegisterAnother }: DoneStepProps) {
  const { data, loading, error, refetch } = useQuery(IntakeSummaryQueryDocument, {
    variables: { id: patientId },
    fetchPolicy: 'network-only',
  });
  const patient = data?.patient;
  if (error && !patient) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading || !patient) return <Skeleton height={240} aria-label="Loading summary" />;

  const missing = missingItems(patient);
  const signed = (patient.consents ?? []).filter((c) => c.status === 'ACTIVE');

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Group gap="sm" mb="sm">
          <ThemeIcon color="teal" variant="light" radius="xl" size="lg">
            <IconCircleCheck size={20} />
          </ThemeIcon>
          <div>
            <Text fw={700}>{patientDisplayName(patient)} is registered</Text>
            <Text size="sm" c="dimmed">
              MRN {patient.mrn}
              {patient.dateOfBirth ? ` · born ${formatDate(patient.dateOfBirth)}` : ''}
            </Text>
          </div>
        </Group>
        <DetailList
          cols={3}
          items={[
            {
              label: 'Guarantor',
              value: patient.guarantor
                ? `${patient.guarantor.name} (${patient.guarantor.relationship})`
                : 'The patient (self)',
            },
            {
              label: 'Insurance',
              value:
                (patient.insurancePolicies ?? []).length === 0
                  ? 'Self-pay'
                  : (patient.insurancePolicies ?? [])
                      .map((p) => `${humanizeEnum(p.priority ?? 'PRIMARY')}: ${p.payer?.name ?? '—'}`)
                      .join('; '),
            },
            {
              label: 'Consents signed',
              value:
                signed.length === 0
                  ? 'None yet'
                  : signed.map((c) => (c.kind ? CONSENT_TITLES[c.kind] : '—')).join(', '),
            },
          ]}
        />
      </Paper>

      {missing.length > 0 ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Still missing">
          <List size="sm" spacing={2}>
            {missing.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title="Nothing missing">
          Insurance, card photos and intake consents are all on file.
        </Alert>
      )}

      <Group gap="sm">
        <Button component={Link} to={`/patients/${patient.id}`} leftSection={<IconUser size={16} />}>
          Open profile
        </Button>
        <Button component={Link} to="/calendar" variant="default" leftSection={<IconCalendarPlus size={16} />}>
          Book first appointment
        </Button>
        <Button variant="subtle" leftSection={<IconUserPlus size={16} />} onClick={onRegisterAnother}>
          Register another patient
        </Button>
      </Group>
    </Stack>
  );
}
