import { useMutation, useQuery } from '@apollo/client/react';
import { QueryError, ageInYears, formatCents, invalidFields, userMessage } from '@handoff/ui-kit';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Grid, Group, NativeSelect, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { graphql } from '../../../gql';
import type {
  AddInsurancePolicyInput,
  AddInsurancePolicyMutation,
  PolicyPriority,
  SubscriberRelationship,
} from '../../../gql/graphql';

// The form needs the payers to choose from and the patient's own name and birth date: a policy
// held by the patient (SELF) names them as the subscriber.
const InsurancePolicyFormQuery = graphql(`
  query InsurancePolicyForm($patientId: ID!) {
    payers {
      id
      name
      kind
    }
    patient(id: $patientId) {
      id
      legalFirstName
      legalLastName
      dateOfBirth
    }
  }
`);

const AddInsurancePolicyMutationDocument = graphql(`
  mutation AddInsurancePolicy($input: AddInsurancePolicyInput!) {
    addInsurancePolicy(input: $input) {
      id
      version
      priority
      memberId
      groupNumber
      copayCents
      effectiveFrom
      effectiveTo
      subscriberName
      relationshipToSubscriber
      payer {
        id
        name
      }
      cardImages {
        id
        side
        url
      }
    }
  }
`);

/** The policy as the API saved it. */
export type SavedInsurancePolicy = AddInsurancePolicyMutation['addInsurancePolicy'];

const PRIORITIES: readonly PolicyPriority[] = ['PRIMARY', 'SECONDARY'];
const RELATIONSHIPS: readonly { value: SubscriberRelationship; label: string }[] = [
  { value: 'SELF', label: 'Self (the patient holds the policy)' },
  { value: 'CHILD', label: 'Child of the subscriber' },
  { value: 'SPOUSE', label: 'Spouse of the subscriber' },
  { value: 'OTHER', label: 'Other' },
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// The API's limits (api/src/modules/patients/insurance-policy.inputs.ts), checked before sending.
const insurancePolicySchema = z
  .object({
    payerId: z.string().min(1, 'Choose the insurer'),
    priority: z.enum(['PRIMARY', 'SECONDARY', 'TERTIARY']),
    relationshipToSubscriber: z.enum(['SELF', 'CHILD', 'SPOUSE', 'OTHER']),
    subscriberName: z.string().trim().min(1, 'Enter the subscriber’s name').max(200, 'At most 200 characters'),
    subscriberDateOfBirth: z
      .string()
      .refine((v) => v === '' || ISO_DATE.test(v), 'Enter a date')
      .refine((v) => v === '' || v >= '1900-01-01', 'Check the year'),
    memberId: z.string().trim().min(1, 'Enter the member id from the card').max(50, 'At most 50 characters'),
    groupNumber: z.string().trim().max(50, 'At most 50 characters'),
    copay: z
      .string()
      .trim()
      .regex(/^\d{1,5}(\.\d{1,2})?$/, 'Dollars and cents, e.g. 25 or 25.00 (0 for none)')
      .transform((v) => Math.round(Number(v) * 100))
      .pipe(z.number().max(1_000_000, 'At most $10,000.00')),
    effectiveFrom: z.string().regex(ISO_DATE, 'Enter the date coverage starts'),
    effectiveTo: z.string().refine((v) => v === '' || ISO_DATE.test(v), 'Enter a date'),
  })
  .refine((v) => v.effectiveTo === '' || v.effectiveTo >= v.effectiveFrom, {
    path: ['effectiveTo'],
    message: 'Coverage cannot end before it starts',
  });

type PolicyFormInput = z.input<typeof insurancePolicySchema>;
type PolicyFormValues = z.output<typeof insurancePolicySchema>;

// API input names that differ from the form's.
const SERVER_FIELDS: Partial<Record<string, keyof PolicyFormInput>> = { copayCents: 'copay' };

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Props of {@link InsurancePolicyForm}. */
export interface InsurancePolicyFormProps {
  /** The patient the policy covers. */
  patientId: string;
  /** Fixes the priority (e.g. the intake's "secondary" slot); without it the user chooses, primary first. */
  priority?: PolicyPriority;
  /** Called with the saved policy (its id is what CardImageUpload needs). */
  onSaved: (policy: SavedInsurancePolicy) => void;
  /** Shows a Cancel button when given. */
  onCancel?: () => void;
  /** Label of the submit button; "Save policy" by default. */
  submitLabel?: string;
}

/**
 * Adds an insurance policy to a patient (addInsurancePolicy): payer, priority, subscriber, member
 * and group numbers, copay and coverage dates. Loads its own payer list and the patient's name and
 * birth date, so it can be dropped into any page with just a patient id.
 */
export function InsurancePolicyForm(props: InsurancePolicyFormProps) {
  const { data, loading, error, refetch } = useQuery(InsurancePolicyFormQuery, {
    variables: { patientId: props.patientId },
  });
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <Skeleton height={260} aria-label="Loading insurance form" />;
  const patient = data.patient;
  return (
    <PolicyFields
      {...props}
      payers={data.payers ?? []}
      patientName={patient ? `${patient.legalFirstName ?? ''} ${patient.legalLastName ?? ''}`.trim() : ''}
      patientDateOfBirth={patient?.dateOfBirth ?? ''}
    />
  );
}

interface PolicyFieldsProps extends InsurancePolicyFormProps {
  payers: readonly { id: string; name: string }[];
  patientName: string;
  patientDateOfBirth: string;
}

function PolicyFields({
  patientId,
  priority,
  onSaved,
  onCancel,
  submitLabel,
  payers,
  patientName,
  patientDateOfBirth,
}: PolicyFieldsProps) {
  const [addPolicy, { loading }] = useMutation(AddInsurancePolicyMutationDocument);
  const [serverError, setServerError] = useState<string | null>(null);
  // A minor is usually covered on a parent's plan; an adult usually holds their own.
  const age = ageInYears(patientDateOfBirth);
  const minor = age !== null && age < 18;
  const {
    register,
    control,
    handleSubmit,
    setValue,
    setError,
    formState: { errors },
  } = useForm<PolicyFormInput, unknown, PolicyFormValues>({
    resolver: zodResolver(insurancePolicySchema),
    defaultValues: {
      payerId: '',
      priority: priority ?? 'PRIMARY',
      relationshipToSubscriber: minor ? 'CHILD' : 'SELF',
      subscriberName: minor ? '' : patientName,
      subscriberDateOfBirth: minor ? '' : patientDateOfBirth,
      memberId: '',
      groupNumber: '',
      copay: '',
      effectiveFrom: todayIso(),
      effectiveTo: '',
    },
    mode: 'onTouched',
  });

  const [relationship, copayText] = useWatch({ control, name: ['relationshipToSubscriber', 'copay'] });
  const self = relationship === 'SELF';

  // SELF means the patient is the subscriber: their own name and birth date, not retyped.
  useEffect(() => {
    if (!self) return;
    setValue('subscriberName', patientName, { shouldValidate: true });
    setValue('subscriberDateOfBirth', patientDateOfBirth, { shouldValidate: true });
  }, [self, patientName, patientDateOfBirth, setValue]);

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    const input: AddInsurancePolicyInput = {
      patientId,
      payerId: values.payerId,
      priority: values.priority,
      relationshipToSubscriber: values.relationshipToSubscriber,
      subscriberName: values.subscriberName,
      subscriberDateOfBirth: values.subscriberDateOfBirth || null,
      memberId: values.memberId,
      groupNumber: values.groupNumber || null,
      copayCents: values.copay,
      effectiveFrom: values.effectiveFrom,
      effectiveTo: values.effectiveTo || null,
    };
    const { data, error } = await addPolicy({ variables: { input } });
    if (data?.addInsurancePolicy) {
      onSaved(data.addInsurancePolicy);
      return;
    }
    const fields = invalidFields(error);
    let placed = false;
    for (const [field, message] of Object.entries(fields)) {
      const name =
        SERVER_FIELDS[field] ?? (field in insurancePolicySchema.shape ? (field as keyof PolicyFormInput) : null);
      if (name) {
        setError(name, { message });
        placed = true;
      }
    }
    // Shown above the form unless every problem already sits next to its field.
    if (!placed || Object.keys(fields).length === 0) setServerError(userMessage(error));
  });

  const copayPreview = /^\d{1,5}(\.\d{1,2})?$/.test(copayText.trim())
    ? formatCents(Math.round(Number(copayText) * 100))
    : null;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Insurance policy">
      <Stack gap="sm">
        {serverError ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert">
            {serverError}
          </Alert>
        ) : null}
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: priority ? 8 : 6 }}>
            <NativeSelect
              label="Insurer"
              required
              data={[{ value: '', label: 'Choose…' }, ...payers.map((p) => ({ value: p.id, label: p.name }))]}
              {...register('payerId')}
              error={errors.payerId?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: priority ? 4 : 6 }}>
            {priority ? (
              <TextInput label="Priority" value={priority === 'PRIMARY' ? 'Primary' : 'Secondary'} readOnly />
            ) : (
              <NativeSelect
                label="Priority"
                required
                data={PRIORITIES.map((p) => ({ value: p, label: p === 'PRIMARY' ? 'Primary' : 'Secondary' }))}
                {...register('priority')}
                error={errors.priority?.message}
              />
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <NativeSelect
              label="Patient’s relationship to subscriber"
              required
              data={RELATIONSHIPS.map((r) => ({ value: r.value, label: r.label }))}
              {...register('relationshipToSubscriber')}
              error={errors.relationshipToSubscriber?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <TextInput
              label="Subscriber name"
              description={self ? 'The patient' : 'As printed on the card'}
              required
              readOnly={self}
              {...register('subscriberName')}
              error={errors.subscriberName?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <TextInput
              label="Subscriber date of birth"
              description={self ? 'The patient’s' : 'Optional'}
              type="date"
              readOnly={self}
              {...register('subscriberDateOfBirth')}
              error={errors.subscriberDateOfBirth?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="Member id"
              required
              autoComplete="off"
              {...register('memberId')}
              error={errors.memberId?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="Group number"
              autoComplete="off"
              {...register('groupNumber')}
              error={errors.groupNumber?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="Copay per visit"
              description={copayPreview ? `${copayPreview} per visit` : 'In dollars; 0 for none'}
              leftSection="$"
              inputMode="decimal"
              required
              {...register('copay')}
              error={errors.copay?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="Coverage starts"
              type="date"
              required
              {...register('effectiveFrom')}
              error={errors.effectiveFrom?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="Coverage ends"
              description="Leave empty if open-ended"
              type="date"
              {...register('effectiveTo')}
              error={errors.effectiveTo?.message}
            />
          </Grid.Col>
        </Grid>
        {payers.length === 0 ? (
          <Text size="xs" c="dimmed">
            No insurers are set up for this practice yet: a practice manager adds them.
          </Text>
        ) : null}
        <Group justify="flex-end" gap="xs">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" loading={loading}>
            {submitLabel ?? 'Save policy'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
