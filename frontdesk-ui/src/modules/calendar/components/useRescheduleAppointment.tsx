import { useMutation } from '@apollo/client/react';
import { notifications } from '@handoff/ui-kit';
import { useCallback, useState } from 'react';
import { graphql } from '../../../gql';
import type { RescheduleAppointmentInput, SchedulingWarning } from '../../../gql/graphql';
import { NO_ROOM, type ResourceMode } from './calendarModel';
import { formatSlot } from './facilityTime';
import type { OpenSlotSearch } from './OpenSlotList';
import type { MoveRequest, PendingMove } from './ScheduleGrid';
import { busyMessage, schedulingProblemOf } from './schedulingProblem';

const RescheduleAppointmentMutation = graphql(`
  mutation RescheduleAppointment($id: ID!, $input: RescheduleAppointmentInput!) {
    rescheduleAppointment(id: $id, input: $input) {
      id
      facilityId
      providerId
      roomId
      startsAt
      endsAt
      ...ScheduleGrid_appointment
      ...AppointmentPanel_appointment
    }
  }
`);

/** A move the API wants a reason for: shown in MoveOverrideDialog, re-sent with the reason. */
export interface MoveNeedingOverride {
  request: MoveRequest;
  warnings: SchedulingWarning[];
}

/**
 * A move refused because the provider or room is taken: what is in the way, and the search for
 * the next free times of the same provider, type and length (shown in MoveConflictDialog).
 */
export interface MoveBlocked {
  request: MoveRequest;
  message: string;
  providerName: string | null;
  search: OpenSlotSearch | null;
}

/** Free times are offered over the two weeks from the time the appointment was dropped on. */
const SLOT_SEARCH_MS = 14 * 24 * 60 * 60_000;

export interface RescheduleContext {
  mode: ResourceMode;
  timeZone: string;
  /** Names for messages: the provider and room of a column id. */
  providerName: (id: string) => string | null;
  roomName: (id: string) => string | null;
  /** The moved appointment's provider and room now (for "already has an appointment" messages). */
  current: (id: string) => {
    providerId: string | null;
    roomId: string | null;
    facilityId: string | null;
    appointmentTypeId: string | null;
  } | null;
  /** Someone else changed it first: reload what the calendar shows. */
  onStale: () => void;
}

/**
 * Drag and resize, sent as rescheduleAppointment with the version the calendar showed. The
 * appointment stays where it was dropped while the API decides; when it says no, it goes back
 * and the reason is shown (the time in the way, or the warnings to override with a reason).
 */
export function useRescheduleAppointment(context: RescheduleContext) {
  const [reschedule] = useMutation(RescheduleAppointmentMutation);
  const [pendingMoves, setPendingMoves] = useState<ReadonlyMap<string, PendingMove>>(new Map());
  const [needsOverride, setNeedsOverride] = useState<MoveNeedingOverride | null>(null);
  const [blocked, setBlocked] = useState<MoveBlocked | null>(null);
  const { mode, timeZone, providerName, roomName, current, onStale } = context;

  const setPending = useCallback((id: string, pending: PendingMove | null) => {
    setPendingMoves((moves) => {
      const next = new Map(moves);
      if (pending) next.set(id, pending);
      else next.delete(id);
      return next;
    });
  }, []);

  const move = useCallback(
    async (request: MoveRequest, override: { warnings: SchedulingWarning[]; reason: string } | null = null) => {
      const now = current(request.id);
      const input: RescheduleAppointmentInput = {
        version: request.version,
        startsAt: request.startsAt,
        minutes: request.minutes,
        override,
      };
      const column = request.resourceId;
      if (column && mode === 'provider' && column !== now?.providerId) input.providerId = column;
      if (column && mode === 'room' && column !== (now?.roomId ?? NO_ROOM))
        input.roomId = column === NO_ROOM ? null : column;
      if (column && mode === 'facility' && column !== now?.facilityId) {
        notifications.show({
          color: 'red',
          title: 'Not moved',
          message: 'An appointment cannot move to another facility. Cancel it and book it there.',
        });
        return false;
      }

      const endsAt = new Date(new Date(request.startsAt).getTime() + request.minutes * 60_000).toISOString();
      setPending(request.id, { startsAt: request.startsAt, endsAt, resourceId: column });
      const { data, error } = await reschedule({ variables: { id: request.id, input } });
      setPending(request.id, null);

      const moved = data?.rescheduleAppointment;
      if (moved) {
        notifications.show({
          color: 'teal',
          title: 'Appointment moved',
          message: moved.startsAt && moved.endsAt ? formatSlot(moved.startsAt, moved.endsAt, timeZone) : undefined,
        });
        return true;
      }
      const problem = schedulingProblemOf(error);
      switch (problem?.kind) {
        case 'warnings':
          setNeedsOverride({ request, warnings: problem.warnings });
          break;
        case 'busy': {
          const providerId = input.providerId ? String(input.providerId) : (now?.providerId ?? null);
          const roomId = input.roomId !== undefined ? input.roomId && String(input.roomId) : (now?.roomId ?? null);
          const from = new Date(Math.max(new Date(request.startsAt).getTime(), Date.now()));
          setBlocked({
            request,
            providerName: providerId ? providerName(providerId) : null,
            message: busyMessage(problem, {
              provider: providerId ? providerName(providerId) : null,
              room: roomId ? roomName(roomId) : null,
              timeZone,
            }),
            search:
              providerId && now?.facilityId && now.appointmentTypeId
                ? {
                    facilityId: now.facilityId,
                    appointmentTypeId: now.appointmentTypeId,
                    from: from.toISOString(),
                    to: new Date(from.getTime() + SLOT_SEARCH_MS).toISOString(),
                    providerIds: [providerId],
                    roomId: roomId || null,
                    minutes: request.minutes,
                    first: 5,
                  }
                : null,
          });
          break;
        }
        case 'stale':
          notifications.show({ color: 'orange', title: 'Not moved', message: problem.message });
          onStale();
          break;
        case 'other':
        case undefined:
          notifications.show({ color: 'red', title: 'Not moved', message: problem?.message ?? 'Please try again.' });
          break;
      }
      return false;
    },
    [current, mode, onStale, providerName, reschedule, roomName, setPending, timeZone],
  );

  const dismissBlocked = useCallback(() => setBlocked(null), []);
  return {
    pendingMoves,
    move,
    needsOverride,
    dismissOverride: () => setNeedsOverride(null),
    blocked,
    dismissBlocked,
  };
}
