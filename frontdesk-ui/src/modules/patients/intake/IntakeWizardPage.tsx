import { useMutation } from '@apollo/client/react';
import { PageHeader, invalidFields, notifications, patientDisplayName, userMessage } from '@handoff/ui-kit';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Stepper, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconArrowRight, IconCircleCheck, IconUsers } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, useWatch, type Resolver } from 'react-hook-form';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { CardSide, ConsentKind } from '../../../gql/graphql';
import type { ConsentSignerRelationship } from '../components/ConsentSigningForm';
import type { SavedInsurancePolicy } from '../components/InsurancePolicyForm';
import { CardPhotosStep } from './CardPhotosStep';
import { ConsentsStep } from './ConsentsStep';
import { ContactStep } from './ContactStep';
import { DoneStep } from './DoneStep';
import { DuplicateCheckStep } from './DuplicateCheckStep';
import { DuplicateMatches } from './DuplicateMatches';
import { GuarantorStep } from './GuarantorStep';
import {
  EMPTY_INTAKE,
  SERVER_FIELD_TO_FORM,
  contactSchema,
  guarantorSchema,
  isMinor,
  toCreatePatientInput,
  whoSchema,
  type IntakeField,
  type IntakeFormInput,
} from './intakeSchema';
import { InsuranceStep } from './InsuranceStep';
import { useDuplicateCheck, type DuplicateCheck } from './useDuplicateCheck';
import { WhoStep } from './WhoStep';

const IntakeCreatePatientMutation = graphql(`
  mutation IntakeCreatePatient($input: CreatePatientInput!) {
    createPatient(input: $input) {
      id
      mrn
      legalFirstName
      legalLastName
    }
  }
`);

const STEPS = [
  { label: 'Who', description: 'Identity' },
  { label: 'Duplicates', description: 'Existing records' },
  { label: 'Contact', description: 'Phone, address' },
  { label: 'Guarantor', description: 'Who pays' },
  { label: 'Insurance', description: 'Policies' },
  { label: 'Card photos', description: 'Front and back' },
  { label: 'Consents', description: 'Signatures' },
  { label: 'Done', description: 'Summary' },
] as const;

const WHO = 0;
const DUPLICATES = 1;
const CONTACT = 2;
const GUARANTOR = 3;
const INSURANCE = 4;
const CARD_PHOTOS = 5;
const CONSENTS = 6;
const DONE = 7;

/** The steps that are parts of the one patient form, each checked by its own schema (values of the other steps pass through). */
type FormStep = typeof WHO | typeof CONTACT | typeof GUARANTOR;
const STEP_RESOLVERS: Record<FormStep, Resolver<IntakeFormInput>> = {
  [WHO]: zodResolver(whoSchema) as unknown as Resolver<IntakeFormInput>,
  [CONTACT]: zodResolver(contactSchema) as unknown as Resolver<IntakeFormInput>,
  [GUARANTOR]: zodResolver(guarantorSchema) as unknown as Resolver<IntakeFormInput>,
};
const FORM_STEPS: readonly FormStep[] = [WHO, CONTACT, GUARANTOR];

/** The step a field is entered on, to send the user back to a field the API refused. */
function stepOfField(field: IntakeField): FormStep {
  if (field in contactSchema.shape) return CONTACT;
  if (field in guarantorSchema.shape && field !== 'dateOfBirth') return GUARANTOR;
  return WHO;
}

interface CreatedPatient {
  id: string;
  mrn: string;
  name: string;
}

/** New patient intake, one wizard per patient: "Register another" starts a fresh one. */
export function IntakeWizardPage() {
  const [run, setRun] = useState(0);
  return <IntakeWizard key={run} onRestart={() => setRun((n) => n + 1)} />;
}

interface IntakeWizardProps {
  onRestart: () => void;
}

/**
 * Registers a patient step by step: who they are, a check for an existing record, contact details
 * and guarantor, then (once the record exists) insurance, card photos and consents. Everything typed
 * stays in one form (and the later steps stay mounted), so going back and forth or a failed request
 * never loses input.
 */
function IntakeWizard({ onRestart }: IntakeWizardProps) {
  const [active, setActive] = useState(WHO);
  const [reached, setReached] = useState(WHO);
  const [created, setCreated] = useState<CreatedPatient | null>(null);
  const [acknowledged, setAcknowledged] = useState<readonly string[]>([]);
  const [createProblem, setCreateProblem] = useState<string | null>(null);
  const [policies, setPolicies] = useState<readonly SavedInsurancePolicy[]>([]);
  const [uploads, setUploads] = useState<readonly string[]>([]);
  const [signedKinds, setSignedKinds] = useState<readonly ConsentKind[]>([]);
  const [createPatient, { loading: creating }] = useMutation(IntakeCreatePatientMutation, {
    // The patient list is not on screen: drop its cached pages so it shows the new patient when opened.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'patients' });
      cache.gc();
    },
  });

  // The resolver checks only the step being validated: later steps are not filled in yet.
  const validatingStep = useRef<FormStep>(WHO);
  const resolver: Resolver<IntakeFormInput> = (values, context, options) =>
    STEP_RESOLVERS[validatingStep.current](values, context, options);
  const form = useForm<IntakeFormInput>({ resolver, defaultValues: EMPTY_INTAKE, mode: 'onTouched' });
  const { control, trigger, getValues, setError, setFocus, subscribe, getFieldState } = form;
  // Steps where "Next" has been pressed: there every change re-checks the whole step, so a message
  // goes away as soon as it is fixed, including rules across fields (SMS reminders need a mobile).
  const attempted = useRef(new Set<FormStep>());
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ name }) => {
          if (!name) return;
          if (attempted.current.has(validatingStep.current)) void trigger();
          else if (getFieldState(name as IntakeField).error) void trigger(name as IntakeField);
        },
      }),
    [subscribe, trigger, getFieldState],
  );
  const duplicates = useDuplicateCheck(control);
  const [firstName, lastName, dateOfBirth, guarantorName, guarantorRelationship] = useWatch({
    control,
    name: ['legalFirstName', 'legalLastName', 'dateOfBirth', 'guarantorName', 'guarantorRelationship'],
  });
  const minor = isMinor(dateOfBirth);
  const fullName = `${firstName.trim()} ${lastName.trim()}`.trim();
  const unacknowledged = duplicates.matches.filter((m) => !acknowledged.includes(m.id));

  const go = (step: number) => {
    // Checks while typing (on blur) follow the step on screen.
    if (FORM_STEPS.includes(step as FormStep)) validatingStep.current = step as FormStep;
    setActive(step);
    setReached((r) => Math.max(r, step));
    window.scrollTo({ top: 0 });
  };

  async function validateStep(step: FormStep): Promise<boolean> {
    validatingStep.current = step;
    attempted.current.add(step);
    const ok = await trigger();
    if (!ok && active !== step) go(step);
    return ok;
  }

  /** Moves forward, checking every form step on the way (a click on a later step skips none). */
  async function goForward(target: number) {
    for (const step of FORM_STEPS) {
      if (step >= active && step < target && !(await validateStep(step))) return;
    }
    go(target);
  }

  // Set from the first click until the answer: a double click must not register the patient twice.
  const submitting = useRef(false);

  async function create() {
    if (submitting.current) return;
    submitting.current = true;
    try {
      await createOnce();
    } finally {
      submitting.current = false;
    }
  }

  async function createOnce() {
    for (const step of FORM_STEPS) if (!(await validateStep(step))) return;
    setCreateProblem(null);
    const { data, error } = await createPatient({ variables: { input: toCreatePatientInput(getValues()) } });
    const patient = data?.createPatient;
    if (patient) {
      const name = patientDisplayName(patient);
      setCreated({ id: patient.id, mrn: patient.mrn, name });
      notifications.show({ color: 'teal', title: 'Patient registered', message: `${name} · MRN ${patient.mrn}` });
      go(INSURANCE);
      return;
    }
    // Refused fields are marked where they were typed, and the user is taken to the first of them.
    const refused = Object.entries(invalidFields(error)).flatMap(([field, message]) => {
      const name = SERVER_FIELD_TO_FORM[field] ?? (field in EMPTY_INTAKE ? (field as IntakeField) : null);
      return name ? [{ name, message }] : [];
    });
    for (const { name, message } of refused) setError(name, { message });
    const first = refused.map((r) => ({ ...r, step: stepOfField(r.name) })).sort((a, b) => a.step - b.step)[0];
    setCreateProblem(
      first && first.step !== active
        ? `${userMessage(error)} Fix the marked field in “${STEPS[first.step]?.label ?? ''}”, then create the patient again.`
        : userMessage(error),
    );
    if (first) {
      setActive(first.step);
      setTimeout(() => setFocus(first.name), 0);
    }
  }

  function next() {
    switch (active) {
      case WHO:
      case CONTACT:
        return void goForward(active + 1);
      case DUPLICATES:
        // "None of these": the matches shown are not this patient.
        setAcknowledged(duplicates.matches.map((m) => m.id));
        return go(CONTACT);
      case GUARANTOR:
        if (unacknowledged.length > 0) setAcknowledged(duplicates.matches.map((m) => m.id));
        return void create();
      case INSURANCE:
      case CARD_PHOTOS:
      case CONSENTS:
        return go(active + 1);
      default:
        return undefined;
    }
  }

  const canOpen = (step: number) =>
    step !== active && step <= reached && (created ? step >= INSURANCE : step < INSURANCE);

  const signer: { name: string; relationship: ConsentSignerRelationship } = minor
    ? { name: guarantorName.trim(), relationship: guarantorRelationship === 'Guardian' ? 'GUARDIAN' : 'PARENT' }
    : { name: fullName, relationship: 'SELF' };

  return (
    <>
      <PageHeader
        title={created ? `New patient · ${created.name}` : 'New patient'}
        description={
          created
            ? `MRN ${created.mrn}: the record exists; add insurance, card photos and consents.`
            : 'Register a patient step by step. Nothing is saved until “Create patient”.'
        }
        actions={
          created ? null : (
            <Anchor component={Link} to="/patients" size="sm">
              Cancel
            </Anchor>
          )
        }
      />
      <Stack gap="md">
        <Stepper
          active={active}
          onStepClick={(step) => (step < active ? go(step) : void goForward(step))}
          size="sm"
          iconSize={28}
          aria-label="Intake steps"
        >
          {STEPS.map((step, index) => (
            <Stepper.Step
              key={step.label}
              label={step.label}
              description={step.description}
              allowStepSelect={canOpen(index)}
              color={
                index === CARD_PHOTOS && active > CARD_PHOTOS && policies.length > 0 && uploads.length === 0
                  ? 'orange'
                  : undefined
              }
            />
          ))}
        </Stepper>

        {createProblem ? (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={16} />}
            role="alert"
            title="Patient not created"
          >
            {createProblem}
          </Alert>
        ) : null}

        <Paper withBorder p="lg" radius="md">
          <FormProvider {...form}>
            <form
              noValidate
              aria-label={STEPS[active]?.label}
              onSubmit={(event) => {
                event.preventDefault();
                next();
              }}
            >
              <Panel shown={active === WHO}>
                <WhoStep duplicateStatus={<DuplicateStatus check={duplicates} />} />
              </Panel>
              <Panel shown={active === DUPLICATES}>
                <DuplicateCheckStep check={duplicates} name={fullName} dateOfBirth={dateOfBirth} />
              </Panel>
              <Panel shown={active === CONTACT}>
                <ContactStep />
              </Panel>
              <Panel shown={active === GUARANTOR}>
                <GuarantorStep />
              </Panel>
              {/* Submit on Enter in the steps that are part of the form. */}
              <button type="submit" hidden aria-hidden tabIndex={-1} />
            </form>
          </FormProvider>

          {(active === CONTACT || active === GUARANTOR) && unacknowledged.length > 0 && !created ? (
            <NewMatches count={unacknowledged.length}>
              <DuplicateMatches matches={unacknowledged} />
            </NewMatches>
          ) : null}

          {created ? (
            <>
              <Panel shown={active === INSURANCE}>
                <InsuranceStep
                  patientId={created.id}
                  policies={policies}
                  onPolicySaved={(policy) => setPolicies((list) => [...list, policy])}
                />
              </Panel>
              {reached >= CARD_PHOTOS ? (
                <Panel shown={active === CARD_PHOTOS}>
                  <CardPhotosStep
                    policies={policies}
                    onUploaded={(policyId, side: CardSide) => setUploads((list) => [...list, `${policyId}:${side}`])}
                  />
                </Panel>
              ) : null}
              {reached >= CONSENTS ? (
                <Panel shown={active === CONSENTS}>
                  <ConsentsStep
                    patientId={created.id}
                    minor={minor}
                    signer={signer}
                    onSigned={(kind) => setSignedKinds((list) => [...list, kind])}
                  />
                </Panel>
              ) : null}
              {active === DONE ? <DoneStep patientId={created.id} onRegisterAnother={onRestart} /> : null}
            </>
          ) : null}
        </Paper>

        {active === DONE ? null : (
          <Group justify="space-between">
            <Button
              variant="default"
              leftSection={<IconArrowLeft size={16} />}
              onClick={() => go(active - 1)}
              disabled={active === WHO || active === INSURANCE}
            >
              Back
            </Button>
            <Group gap="sm">
              <StepHint
                active={active}
                policies={policies.length}
                uploads={uploads.length}
                signed={signedKinds.length}
              />
              <Button
                onClick={next}
                loading={creating}
                disabled={active === DUPLICATES && duplicates.checking && !duplicates.error}
                rightSection={active === GUARANTOR ? <IconCircleCheck size={16} /> : <IconArrowRight size={16} />}
                color={active === GUARANTOR ? 'teal' : undefined}
                // Saving the policy is the main action until there is one; self-pay is the way round it.
                variant={active === INSURANCE && policies.length === 0 ? 'default' : 'filled'}
              >
                {nextLabel(active, {
                  matches: duplicates.matches.length,
                  unacknowledged: unacknowledged.length,
                  policies: policies.length,
                  uploads: uploads.length,
                })}
              </Button>
            </Group>
          </Group>
        )}
      </Stack>
    </>
  );
}

/** A step's content, kept mounted when hidden so what was typed in it survives moving between steps. */
function Panel({ shown, children }: { shown: boolean; children: ReactNode }) {
  return <div style={shown ? undefined : { display: 'none' }}>{children}</div>;
}

function nextLabel(
  step: number,
  counts: { matches: number; unacknowledged: number; policies: number; uploads: number },
): string {
  switch (step) {
    case DUPLICATES:
      return counts.matches > 0 ? 'None of these: continue' : 'Continue';
    case GUARANTOR:
      return counts.unacknowledged > 0 ? 'None of these: create patient' : 'Create patient';
    case INSURANCE:
      return counts.policies > 0 ? 'Continue to card photos' : 'Self-pay, no insurance';
    case CARD_PHOTOS:
      return counts.policies > 0 && counts.uploads === 0 ? 'Skip card photos' : 'Continue to consents';
    case CONSENTS:
      return 'Finish';
    default:
      return 'Next';
  }
}

/** A quiet note next to the main button on the steps where skipping is allowed. */
function StepHint({
  active,
  policies,
  uploads,
  signed,
}: {
  active: number;
  policies: number;
  uploads: number;
  signed: number;
}) {
  const hint =
    active === INSURANCE && policies === 0
      ? 'No policy saved'
      : active === CARD_PHOTOS && policies > 0
        ? `${uploads} of ${policies * 2} sides uploaded`
        : active === CONSENTS
          ? `${signed} signed now`
          : null;
  return hint ? (
    <Text size="xs" c="dimmed">
      {hint}
    </Text>
  ) : null;
}

/** Step 1's live answer to "is this patient already registered?". */
function DuplicateStatus({ check }: { check: DuplicateCheck }) {
  if (!check.ready) return null;
  if (check.error) {
    return (
      <Text size="xs" c="red">
        Could not check for existing records; the next step retries.
      </Text>
    );
  }
  if (check.checking) {
    return (
      <Group gap={6} aria-live="polite">
        <Loader size={12} />
        <Text size="xs" c="dimmed">
          Checking for existing records…
        </Text>
      </Group>
    );
  }
  return check.matches.length > 0 ? (
    <Group gap={6} aria-live="polite">
      <IconUsers size={14} color="var(--mantine-color-orange-7)" />
      <Text size="xs" c="orange.8" fw={600}>
        {check.matches.length === 1
          ? '1 possible existing record'
          : `${check.matches.length} possible existing records`}
        : review on the next step.
      </Text>
    </Group>
  ) : (
    <Group gap={6} aria-live="polite">
      <IconCircleCheck size={14} color="var(--mantine-color-teal-6)" />
      <Text size="xs" c="teal.8">
        No existing record with this name and date of birth.
      </Text>
    </Group>
  );
}

/** Matches found after the duplicate step (a phone or email added since) that nobody has looked at. */
function NewMatches({ count, children }: { count: number; children: ReactNode }) {
  return (
    <Stack gap="xs" mt="lg">
      <Alert color="orange" variant="light" icon={<IconUsers size={18} />} title="Possible existing record">
        {count === 1 ? 'A record' : `${count} records`} on file {count === 1 ? 'shares' : 'share'} these details. Open
        it if it is this patient; otherwise carry on.
      </Alert>
      {children}
    </Stack>
  );
}
