import { formatCents } from '@handoff/ui-kit';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';

const cancelSchema = z.object({
  reason: z.string().trim().min(3, 'Say why (at least 3 characters)').max(500, 'At most 500 characters'),
  late: z.boolean(),
  waiveFee: z.boolean(),
  scope: z.enum(['THIS', 'THIS_AND_FOLLOWING', 'ALL']),
});

export type CancelValues = z.infer<typeof cancelSchema>;

/** The practice's financial policy for cancellations (practiceSettings), when it could be read. */
export interface LateCancelPolicy {
  windowHours: number;
  feeCents: number;
}

export interface CancelAppointmentFormProps {
  /** Part of a recurring series: ask whether the later visits go too. */
  recurring: boolean;
  /** When the visit starts: with the policy, says whether cancelling now is late. */
  startsAt: string | null;
  policy: LateCancelPolicy | null;
  loading: boolean;
  onCancel: (values: CancelValues) => void;
  onKeep: () => void;
}

/**
 * The reason is required (it is kept with the appointment). Late or not is the receptionist's
 * explicit call, sent as such, so what the screen says is what is recorded.
 */
export function CancelAppointmentForm({
  recurring,
  startsAt,
  policy,
  loading,
  onCancel,
  onKeep,
}: CancelAppointmentFormProps) {
  // Inside the practice's window the box starts ticked (the receptionist can still untick it, e.g.
  // when the patient called earlier and the message was only logged now).
  // Decided once, when the form opens: the default must not flip while the reason is being typed.
  const [insideWindow] = useState(
    () => !!policy && !!startsAt && new Date(startsAt).getTime() - Date.now() < policy.windowHours * 60 * 60_000,
  );
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<CancelValues>({
    resolver: zodResolver(cancelSchema),
    defaultValues: { reason: '', late: insideWindow, waiveFee: false, scope: 'THIS' },
  });
  const late = useWatch({ control, name: 'late' });

  return (
    <form onSubmit={(event) => void handleSubmit(onCancel)(event)} noValidate aria-label="Cancel the appointment">
      <Stack gap="xs">
        <Textarea
          label="Reason for cancelling"
          required
          autosize
          minRows={2}
          maxLength={500}
          {...register('reason')}
          error={errors.reason?.message}
          data-autofocus
        />
        <Checkbox
          label="Late cancellation"
          description={
            policy
              ? insideWindow
                ? `Less than ${policy.windowHours} hours before the visit: inside the practice's cancellation window.`
                : `More than ${policy.windowHours} hours before the visit: outside the cancellation window.`
              : "Inside the practice's cancellation window."
          }
          {...register('late')}
        />
        {late ? (
          <Checkbox
            label={
              policy && policy.feeCents > 0
                ? `Waive the late-cancellation fee (${formatCents(policy.feeCents)})`
                : 'Waive the late-cancellation fee'
            }
            ml="lg"
            {...register('waiveFee')}
          />
        ) : null}
        {recurring ? (
          <Controller
            control={control}
            name="scope"
            render={({ field }) => (
              <Radio.Group label="Which visits" value={field.value} onChange={field.onChange}>
                <Stack gap={4} mt={4}>
                  <Radio value="THIS" label="This visit only" />
                  <Radio value="THIS_AND_FOLLOWING" label="This and the following visits" />
                  <Radio value="ALL" label="Every visit in the series" />
                </Stack>
              </Radio.Group>
            )}
          />
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onKeep}>
            Keep appointment
          </Button>
          <Button type="submit" color="red" size="xs" loading={loading}>
            Cancel appointment
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
