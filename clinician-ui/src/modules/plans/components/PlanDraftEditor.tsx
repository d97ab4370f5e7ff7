import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { ConfirmButton, errorCodeOf, notifications, userMessage } from '@handoff/ui-kit';
import { Alert, Button, Group, List, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { getFragmentData, graphql } from '../../../gql';
import type { TreatmentPlanVersion_FieldsFragment } from '../../../gql/graphql';
import { PLAN_TAB_QUERIES, TreatmentPlanVersion_fields } from '../operations/plans.operations';
import { PlanConflictAlert } from './PlanConflictAlert';
import { EMPTY_PLAN, editablePlan, newProblem, planContentInput, unchosen, type EditablePlan } from './planDraft';
import { removeAt, replaceAt, type SelectOption } from './planEditorProps';
import { ProblemEditor } from './ProblemEditor';

const SaveDraftMutation = graphql(`
  mutation ClinicianSaveTreatmentPlanDraft(
    $patientId: ID!
    $input: SaveTreatmentPlanDraftInput!
    $expectedVersion: Int
  ) {
    saveTreatmentPlanDraft(patientId: $patientId, input: $input, expectedVersion: $expectedVersion) {
      ...TreatmentPlanVersion_fields
    }
  }
`);

const ActivateMutation = graphql(`
  mutation ClinicianActivateTreatmentPlan($id: ID!) {
    activateTreatmentPlan(id: $id) {
      id
      status
    }
  }
`);

const DiscardDraftMutation = graphql(`
  mutation ClinicianDiscardTreatmentPlanDraft($id: ID!, $version: Int!) {
    discardTreatmentPlanDraft(id: $id, version: $version)
  }
`);

/** A list the API puts in extensions (`missing` for activation, `problems` for an invalid plan). */
function extensionList(error: ErrorLike | undefined, name: string): string[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const list = error.errors[0]?.extensions?.[name];
  return Array.isArray(list) ? list.filter((m): m is string => typeof m === 'string') : null;
}

function currentVersionOf(error: ErrorLike | undefined): number | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  const version = first?.extensions?.['currentVersion'];
  return first && errorCodeOf(first) === 'CONFLICT' && (typeof version === 'number' || version === null)
    ? (version ?? null)
    : null;
}

const isConflict = (error: ErrorLike | undefined) =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => errorCodeOf(e) === 'CONFLICT');

export interface PlanDraftEditorProps {
  patientId: string;
  /** The draft being edited; null when starting the patient's first plan. */
  draft: TreatmentPlanVersion_FieldsFragment | null;
  clinicians: readonly SelectOption[];
  diagnoses: readonly SelectOption[];
  defaultClinicianId: string;
  /** Refetches the tab; resolves the draft as saved now. */
  reloadDraft: () => Promise<TreatmentPlanVersion_FieldsFragment | null>;
  /** The editor is closed: cancelled before the first save, or its draft discarded. */
  onCancel?: () => void;
}

/**
 * Edits the draft plan and saves it whole with the version it was loaded at: a save from a stale version
 * is refused (CONFLICT) and the clinician chooses whose version stays. Activation saves first, then puts
 * the draft into effect, or lists what the plan still lacks.
 */
export function PlanDraftEditor(props: PlanDraftEditorProps) {
  const [plan, setPlanState] = useState<EditablePlan>(() => (props.draft ? editablePlan(props.draft) : EMPTY_PLAN));
  const [version, setVersion] = useState<number | null>(props.draft?.version ?? null);
  const [draftId, setDraftId] = useState<string | null>(props.draft?.id ?? null);
  const [dirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState<{ currentVersion: number | null } | null>(null);
  const [problem, setProblem] = useState<{ message: string; items: string[] | null } | null>(null);
  const edits = useRef(0);
  const [save, { loading: saving }] = useMutation(SaveDraftMutation, { refetchQueries: PLAN_TAB_QUERIES });
  const [activate, { loading: activating }] = useMutation(ActivateMutation, { refetchQueries: PLAN_TAB_QUERIES });
  const [discard, { loading: discarding }] = useMutation(DiscardDraftMutation, {
    refetchQueries: PLAN_TAB_QUERIES,
    awaitRefetchQueries: true,
  });

  const setPlan = (next: EditablePlan) => {
    edits.current += 1;
    setDirty(true);
    setPlanState(next);
  };

  const seed = (saved: TreatmentPlanVersion_FieldsFragment | null) => {
    setPlanState(saved ? editablePlan(saved) : EMPTY_PLAN);
    setVersion(saved?.version ?? null);
    setDraftId(saved?.id ?? null);
    setDirty(false);
  };

  /** Saves the whole plan; resolves the saved draft's id, or null when refused. */
  const saveDraft = async (expectedVersion: number | null = version): Promise<string | null> => {
    setProblem(null);
    const notChosen = unchosen(plan);
    if (notChosen.length > 0) {
      setProblem({ message: 'Before saving:', items: notChosen });
      return null;
    }
    const editsAtStart = edits.current;
    const result = await save({
      variables: {
        patientId: props.patientId,
        input: { content: planContentInput(plan), reviewDueOn: plan.reviewDueOn || null },
        expectedVersion,
      },
    });
    const saved = getFragmentData(TreatmentPlanVersion_fields, result.data?.saveTreatmentPlanDraft);
    if (saved) {
      setConflict(null);
      // New rows got their ids from the API: take them, unless the clinician typed on meanwhile.
      if (edits.current === editsAtStart) seed(saved);
      else {
        setVersion(saved.version);
        setDraftId(saved.id);
      }
      return saved.id;
    }
    if (isConflict(result.error)) {
      setConflict({ currentVersion: currentVersionOf(result.error) });
      return null;
    }
    setProblem({ message: userMessage(result.error), items: extensionList(result.error, 'problems') });
    return null;
  };

  const onSave = async () => {
    if (await saveDraft()) notifications.show({ color: 'teal', message: 'Draft plan saved.' });
  };

  const onActivate = async () => {
    const id = dirty || !draftId ? await saveDraft() : draftId;
    if (!id) return;
    const result = await activate({ variables: { id } });
    if (result.data?.activateTreatmentPlan) {
      notifications.show({ color: 'teal', message: 'Treatment plan activated.' });
      return;
    }
    if (isConflict(result.error)) {
      setConflict({ currentVersion: null });
      return;
    }
    const missing = extensionList(result.error, 'missing');
    setProblem(
      missing
        ? { message: 'Before activating, add:', items: missing }
        : { message: userMessage(result.error), items: null },
    );
  };

  /** Deletes the saved draft (the version loaded: one saved elsewhere meanwhile is a conflict, not lost). */
  const onDiscard = async () => {
    if (!draftId || version === null) return;
    setProblem(null);
    const result = await discard({ variables: { id: draftId, version } });
    if (result.data?.discardTreatmentPlanDraft) {
      notifications.show({ color: 'teal', message: 'Draft plan discarded.' });
      props.onCancel?.();
      return;
    }
    if (isConflict(result.error)) {
      setConflict({ currentVersion: currentVersionOf(result.error) });
      return;
    }
    setProblem({ message: userMessage(result.error), items: null });
  };

  const busy = saving || activating || discarding;
  return (
    <Stack gap="sm">
      {conflict ? (
        <PlanConflictAlert
          busy={busy}
          onSaveMine={() => void saveDraft(conflict.currentVersion)}
          onLoadSaved={() => {
            setConflict(null);
            void props.reloadDraft().then(seed);
          }}
        />
      ) : null}
      {plan.problems.map((p, i) => (
        <ProblemEditor
          key={p.key}
          at={`problem ${i + 1}`}
          value={p}
          clinicians={props.clinicians}
          diagnoses={props.diagnoses}
          defaultClinicianId={props.defaultClinicianId}
          onChange={(next) => setPlan({ ...plan, problems: replaceAt(plan.problems, i, next) })}
          onRemove={() => setPlan({ ...plan, problems: removeAt(plan.problems, i) })}
        />
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => setPlan({ ...plan, problems: [...plan.problems, newProblem()] })}
        >
          Add problem
        </Button>
      </Group>
      <Textarea
        label="Discharge criteria"
        description="When treatment ends or moves to another level of care."
        autosize
        minRows={2}
        value={plan.dischargeCriteria}
        onChange={(event) => setPlan({ ...plan, dischargeCriteria: event.currentTarget.value })}
      />
      <Textarea
        label="Patient participation"
        description="How the patient (or guardian) took part in writing it."
        autosize
        minRows={2}
        value={plan.patientParticipation}
        onChange={(event) => setPlan({ ...plan, patientParticipation: event.currentTarget.value })}
      />
      <TextInput
        type="date"
        label="Review due"
        description="Empty: 90 days after activation."
        w={220}
        value={plan.reviewDueOn}
        onChange={(event) => setPlan({ ...plan, reviewDueOn: event.currentTarget.value })}
      />
      {problem ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" p="xs">
          <Text size="sm">{problem.message}</Text>
          {problem.items ? (
            <List size="sm" mt={4}>
              {problem.items.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
          ) : null}
        </Alert>
      ) : null}
      <Group justify="space-between">
        <Text size="xs" c="dimmed" aria-live="polite">
          {saving ? 'Saving…' : dirty ? 'Unsaved changes' : draftId ? 'All changes saved' : 'Not saved yet'}
        </Text>
        <Group gap="xs">
          {draftId ? (
            <ConfirmButton
              label="Discard draft"
              question="Delete this draft and its unsaved changes? A plan in effect stays as it is."
              disabled={busy}
              onConfirm={onDiscard}
            />
          ) : null}
          {props.onCancel && !draftId ? (
            <Button variant="default" onClick={props.onCancel}>
              Cancel
            </Button>
          ) : null}
          <Button variant="default" loading={saving} disabled={busy || !!conflict} onClick={() => void onSave()}>
            Save draft
          </Button>
          <Button loading={activating} disabled={busy || !!conflict} onClick={() => void onActivate()}>
            Activate plan
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
