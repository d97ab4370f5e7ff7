import { useMutation, useQuery } from '@apollo/client/react';
import {
  EmptyState,
  QueryError,
  SectionCard,
  formatDateTime,
  notifications,
  useViewer,
  userMessage,
} from '@handoff/ui-kit';
import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconEdit, IconTargetArrow } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { getFragmentData, graphql } from '../../../gql';
import type { ChartTabProps } from '../../patients/tabs/chartTabs';
import { PLAN_TAB_QUERIES, TreatmentPlanVersion_fields } from '../operations/plans.operations';
import { PlanDraftEditor } from './PlanDraftEditor';
import { PlanVersionHistory } from './PlanVersionHistory';
import { PlanView } from './PlanView';
import { ReviewDueBadge } from './ReviewDueBadge';
import { SignatureRequestPanel } from './SignatureRequestPanel';

const PatientTreatmentPlanQuery = graphql(`
  query ClinicianPatientTreatmentPlan($id: ID!) {
    staff {
      id
      displayName
      roles
      active
    }
    patient(id: $id) {
      id
      diagnoses {
        id
        icd10Code
        description
        status
      }
      treatmentPlan {
        patientId
        active {
          id
          ...TreatmentPlanVersion_fields
          signatureRequests {
            id
            status
            requestedAt
            signedAt
          }
        }
        draft {
          id
          ...TreatmentPlanVersion_fields
        }
      }
      treatmentPlanVersions {
        id
        ...TreatmentPlanVersion_fields
      }
    }
  }
`);

const ReviseMutation = graphql(`
  mutation ClinicianReviseTreatmentPlan($patientId: ID!) {
    reviseTreatmentPlan(patientId: $patientId) {
      id
      status
    }
  }
`);

/** The plan in effect (with its review date and the patient's signature), the draft revision, and the history. */
export function TreatmentPlanTab({ patientId }: ChartTabProps) {
  const { viewer } = useViewer();
  const [starting, setStarting] = useState(false);
  const { data, loading, error, refetch } = useQuery(PatientTreatmentPlanQuery, {
    variables: { id: patientId },
    fetchPolicy: 'cache-and-network',
  });
  const [revise, { loading: revising }] = useMutation(ReviseMutation, { refetchQueries: PLAN_TAB_QUERIES });

  const staff = data?.staff;
  const diagnoses = data?.patient?.diagnoses;
  const lookups = useMemo(() => {
    const staffNames = new Map((staff ?? []).map((s) => [s.id, s.displayName]));
    const clinicians = (staff ?? [])
      .filter((s) => s.active && s.roles.includes('CLINICIAN'))
      .map((s) => ({ value: s.id, label: s.displayName }));
    const label = (d: { icd10Code: string | null; description: string | null }) =>
      [d.icd10Code, d.description].filter(Boolean).join(' ');
    const diagnosisNames = new Map((diagnoses ?? []).map((d) => [d.id, label(d)]));
    // Resolved diagnoses stay choosable: a plan may still address one, and its link must not vanish.
    const diagnosisOptions = (diagnoses ?? []).map((d) => ({
      value: d.id,
      label: d.status === 'RESOLVED' ? `${label(d)} (resolved)` : label(d),
    }));
    return { staffNames, clinicians, diagnosisNames, diagnosisOptions };
  }, [staff, diagnoses]);

  const plan = data?.patient?.treatmentPlan;
  const activeRef = plan?.active;
  const active = getFragmentData(TreatmentPlanVersion_fields, activeRef);
  const draft = getFragmentData(TreatmentPlanVersion_fields, plan?.draft);
  const versions = getFragmentData(TreatmentPlanVersion_fields, data?.patient?.treatmentPlanVersions ?? []);

  if (loading && !data) return <Skeleton h={240} />;

  const onRevise = async () => {
    const result = await revise({ variables: { patientId } });
    if (!result.data?.reviseTreatmentPlan) {
      notifications.show({ color: 'red', title: 'Not revised', message: userMessage(result.error) });
    }
  };

  const reloadDraft = async () => {
    const fresh = await refetch();
    return getFragmentData(TreatmentPlanVersion_fields, fresh.data?.patient?.treatmentPlan?.draft) ?? null;
  };

  const editing = !!draft || (starting && !active);
  return (
    <Stack gap="md">
      <QueryError error={error} onRetry={() => void refetch()} />
      {active && activeRef ? (
        <SectionCard
          title={`Treatment plan in effect (v${active.versionNumber})`}
          actions={
            <Group gap="xs">
              <ReviewDueBadge reviewDueOn={active.reviewDueOn} />
              {!draft ? (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconEdit size={14} aria-hidden />}
                  loading={revising}
                  onClick={() => void onRevise()}
                >
                  Revise
                </Button>
              ) : null}
            </Group>
          }
        >
          <Stack gap="sm">
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {active.activatedAt ? `In effect since ${formatDateTime(active.activatedAt)}` : null}
              </Text>
              <SignatureRequestPanel planVersionId={active.id} requests={activeRef.signatureRequests ?? []} />
            </Group>
            <PlanView plan={active} staffNames={lookups.staffNames} diagnosisNames={lookups.diagnosisNames} />
          </Stack>
        </SectionCard>
      ) : !editing && data ? (
        <EmptyState
          icon={<IconTargetArrow size={20} />}
          title="No treatment plan yet"
          description="Problems, goals, measurable objectives and interventions, reviewed every 90 days or as set."
          action={<Button onClick={() => setStarting(true)}>Start treatment plan</Button>}
        />
      ) : null}

      {editing ? (
        <SectionCard title={draft ? `Draft revision (v${draft.versionNumber})` : 'New treatment plan'}>
          <PlanDraftEditor
            patientId={patientId}
            draft={draft ?? null}
            clinicians={lookups.clinicians}
            diagnoses={lookups.diagnosisOptions}
            defaultClinicianId={viewer?.staffMemberId ?? ''}
            reloadDraft={reloadDraft}
            onCancel={() => setStarting(false)}
          />
        </SectionCard>
      ) : null}

      {versions.length > 0 ? (
        <SectionCard title="Version history">
          <PlanVersionHistory
            versions={versions}
            staffNames={lookups.staffNames}
            diagnosisNames={lookups.diagnosisNames}
          />
        </SectionCard>
      ) : null}
    </Stack>
  );
}
