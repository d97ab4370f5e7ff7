import { useMutation, useQuery } from '@apollo/client/react';
import { QueryError, formatDate, formatDateTime, invalidFields, userMessage } from '@handoff/ui-kit';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Grid,
  Group,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { graphql } from '../../../gql';
import type { ConsentKind } from '../../../gql/graphql';

const ConsentSigningFormQuery = graphql(`
  query ConsentSigningForm($patientId: ID!) {
    patient(id: $patientId) {
      id
      consents {
        id
        kind
        status
        version
        signedAt
        signerName
        expiresOn
      }
    }
  }
`);

const RecordConsentMutationDocument = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
      kind
      status
      version
      signedAt
      signerName
      expiresOn
    }
  }
`);

/** The version of the practice's forms being signed now; a new version is a new signature. */
export const CONSENT_FORM_VERSION = '2026-01';

/** The five forms, in the order they are usually read, with the text the signer acknowledges. */
const CONSENT_FORMS: readonly { kind: ConsentKind; title: string; text: string; intake: boolean }[] = [
  {
    kind: 'TREATMENT',
    title: 'Consent to treatment',
    text: 'I agree to receive behavioral-health assessment and treatment from the practice’s clinicians, understand that I may stop at any time, and know the limits of confidentiality (risk of harm to self or others, abuse, court orders).',
    intake: true,
  },
  {
    kind: 'HIPAA_NOTICE',
    title: 'Notice of privacy practices (HIPAA)',
    text: 'I have received the practice’s Notice of Privacy Practices, which explains how my health information may be used and disclosed and my rights to see, copy and correct it.',
    intake: true,
  },
  {
    kind: 'FINANCIAL_POLICY',
    title: 'Financial policy',
    text: 'I accept responsibility for copays, deductibles and any balance my insurance does not pay, and for the fees for late cancellations and missed appointments described in the financial policy.',
    intake: true,
  },
  {
    kind: 'TELEHEALTH',
    title: 'Telehealth consent',
    text: 'I agree to sessions by secure video when offered, understand the risks of technology failure and privacy at my location, and will give my location at the start of each session for emergencies.',
    intake: false,
  },
  {
    kind: 'RELEASE_OF_INFORMATION',
    title: 'Release of information',
    text: 'I authorize the practice to share information about my treatment with the person or organization named below, for coordination of care, until the expiry date or until I revoke it in writing.',
    intake: false,
  },
];

/** The title of each form, for summaries elsewhere. */
export const CONSENT_TITLES = Object.fromEntries(CONSENT_FORMS.map((form) => [form.kind, form.title])) as Record<
  ConsentKind,
  string
>;

/** Who may sign: the patient, or for a minor a parent or legal guardian. */
export type ConsentSignerRelationship = 'SELF' | 'PARENT' | 'GUARDIAN';

const SIGNER_RELATIONSHIPS: readonly { value: ConsentSignerRelationship; label: string }[] = [
  { value: 'SELF', label: 'Self (the patient)' },
  { value: 'PARENT', label: 'Parent' },
  { value: 'GUARDIAN', label: 'Legal guardian' },
];

const consentSchema = z
  .object({
    kinds: z.array(z.string()).min(1, 'Tick at least one form the signer has read'),
    releaseTo: z.string().trim().max(300, 'At most 300 characters'),
    signerName: z.string().trim().min(1, 'Enter the signer’s full name').max(200, 'At most 200 characters'),
    signerRelationship: z.enum(['SELF', 'PARENT', 'GUARDIAN']),
    // Whether it matches the signer's name is the API's rule and its message (SIGNATURE_MISMATCH).
    typedSignature: z.string().trim().min(2, 'The signer types their full name here').max(200),
    expiresOn: z.string().refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), 'Enter a date'),
  })
  .refine((v) => !v.kinds.includes('RELEASE_OF_INFORMATION') || v.releaseTo !== '', {
    path: ['releaseTo'],
    message: 'Say to whom information is released',
  });

type ConsentFormInput = z.input<typeof consentSchema>;
type ConsentFormValues = z.output<typeof consentSchema>;

/** Props of {@link ConsentSigningForm}. */
export interface ConsentSigningFormProps {
  /** The patient the consents are for. */
  patientId: string;
  /** Who signs by default: the patient themself, or the parent/guardian of a minor. */
  signerDefault: { name: string; relationship: ConsentSignerRelationship };
  /** Called after each form is recorded, with its kind. */
  onSigned?: (kind: ConsentKind) => void;
}

/**
 * Signs the practice's consent forms at the desk (recordConsent): a checklist of the five forms
 * with what is already signed, the short text of each, and one typed e-signature for the forms
 * ticked. The API records who, when and from where; a typed name that does not match the signer
 * is refused with its message shown by the signature field.
 */
export function ConsentSigningForm({ patientId, signerDefault, onSigned }: ConsentSigningFormProps) {
  const { data, loading, error, refetch } = useQuery(ConsentSigningFormQuery, { variables: { patientId } });
  const [recordConsent, { loading: saving }] = useMutation(RecordConsentMutationDocument);
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setValue,
    setError,
    formState: { errors },
  } = useForm<ConsentFormInput, unknown, ConsentFormValues>({
    resolver: zodResolver(consentSchema),
    defaultValues: {
      kinds: [],
      releaseTo: '',
      signerName: signerDefault.name,
      signerRelationship: signerDefault.relationship,
      typedSignature: '',
      expiresOn: '',
    },
    mode: 'onTouched',
  });
  const kinds = useWatch({ control, name: 'kinds' });

  const active = (data?.patient?.consents ?? []).filter((c) => c.status === 'ACTIVE');
  const signedOf = (kind: ConsentKind) => active.find((c) => c.kind === kind) ?? null;

  const toggle = (kind: ConsentKind, checked: boolean) =>
    setValue('kinds', checked ? [...kinds, kind] : kinds.filter((k) => k !== kind), { shouldValidate: true });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    // One signature, one record per form: stop at the first refusal and keep what is still unsigned ticked.
    let remaining = values.kinds;
    for (const kind of values.kinds as ConsentKind[]) {
      const { data: saved, error: refused } = await recordConsent({
        variables: {
          input: {
            patientId,
            kind,
            version: CONSENT_FORM_VERSION,
            signerName: values.signerName,
            signerRelationship: values.signerRelationship,
            typedSignature: values.typedSignature,
            releaseTo: kind === 'RELEASE_OF_INFORMATION' ? values.releaseTo : null,
            expiresOn: kind === 'RELEASE_OF_INFORMATION' ? values.expiresOn || null : null,
          },
        },
      });
      if (!saved?.recordConsent) {
        const fields = invalidFields(refused);
        for (const [field, message] of Object.entries(fields)) {
          if (field in consentSchema.shape) setError(field as keyof ConsentFormInput, { message });
        }
        if (Object.keys(fields).length === 0) setServerError(userMessage(refused));
        await refetch();
        return;
      }
      remaining = remaining.filter((k) => k !== kind);
      setValue('kinds', remaining);
      onSigned?.(kind);
    }
    setValue('typedSignature', '');
    await refetch();
  });

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton height={320} aria-label="Loading consents" />;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Consents">
      <Stack gap="sm">
        {serverError ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert">
            {serverError}
          </Alert>
        ) : null}
        <Stack gap={6} role="list" aria-label="Consent forms">
          {CONSENT_FORMS.map((form) => {
            const signed = signedOf(form.kind);
            return (
              <Paper key={form.kind} withBorder p="sm" radius="md" role="listitem">
                <Group align="flex-start" wrap="nowrap" gap="sm">
                  {signed ? (
                    <IconCircleCheck size={20} color="var(--mantine-color-teal-6)" aria-hidden />
                  ) : (
                    <Checkbox
                      aria-label={`${form.title}: read and agreed`}
                      checked={kinds.includes(form.kind)}
                      onChange={(event) => toggle(form.kind, event.currentTarget.checked)}
                      mt={2}
                    />
                  )}
                  <Stack gap={2} style={{ flex: 1 }}>
                    <Group gap="xs">
                      <Text fw={600} size="sm">
                        {form.title}
                      </Text>
                      {signed ? (
                        <Badge color="teal" variant="light" size="sm">
                          Signed
                        </Badge>
                      ) : form.intake ? (
                        <Badge color="orange" variant="light" size="sm">
                          Needed at intake
                        </Badge>
                      ) : (
                        <Badge color="gray" variant="light" size="sm">
                          If applicable
                        </Badge>
                      )}
                    </Group>
                    {signed ? (
                      <Text size="xs" c="dimmed">
                        Version {signed.version} · signed by {signed.signerName}
                        {signed.signedAt ? ` on ${formatDateTime(signed.signedAt)}` : ''}
                        {signed.expiresOn ? ` · expires ${formatDate(signed.expiresOn)}` : ''}
                      </Text>
                    ) : (
                      <Text size="xs" c="dimmed">
                        {form.text}{' '}
                        <Text span size="xs">
                          (version {CONSENT_FORM_VERSION})
                        </Text>
                      </Text>
                    )}
                  </Stack>
                  {signed ? null : (
                    <IconCircleDashed size={18} color="var(--mantine-color-gray-5)" aria-label="Not signed" />
                  )}
                </Group>
              </Paper>
            );
          })}
        </Stack>
        {errors.kinds?.message ? (
          <Text size="xs" c="red" role="alert">
            {errors.kinds.message}
          </Text>
        ) : null}

        {kinds.includes('RELEASE_OF_INFORMATION') ? (
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput
                label="Release information to"
                description="Person or organization, e.g. Dr. Lee, Austin Pediatrics"
                required
                {...register('releaseTo')}
                error={errors.releaseTo?.message}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              {/* An authorization to release names when it ends; the other forms hold until revoked. */}
              <TextInput
                label="Release expires on"
                description="Optional"
                type="date"
                {...register('expiresOn')}
                error={errors.expiresOn?.message}
              />
            </Grid.Col>
          </Grid>
        ) : null}

        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput label="Signer name" required {...register('signerName')} error={errors.signerName?.message} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <NativeSelect
              label="Signer is"
              description="A parent or guardian signs for a minor"
              data={SIGNER_RELATIONSHIPS.map((r) => ({ value: r.value, label: r.label }))}
              {...register('signerRelationship')}
              error={errors.signerRelationship?.message}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput
              label="Typed signature"
              description="The signer types their full name, exactly as above, to sign the ticked forms"
              required
              autoComplete="off"
              leftSection={<IconSignature size={16} />}
              styles={{ input: { fontStyle: 'italic' } }}
              {...register('typedSignature')}
              error={errors.typedSignature?.message}
            />
          </Grid.Col>
        </Grid>
        <Group justify="flex-end">
          <Button type="submit" loading={saving} leftSection={<IconSignature size={16} />}>
            {kinds.length > 1 ? `Sign ${kinds.length} forms` : 'Sign'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
