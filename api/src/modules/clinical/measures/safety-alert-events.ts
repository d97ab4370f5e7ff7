import type { EventBus } from '../../../platform/realtime/event-bus';

/** One topic per clinician, prefixed by practice so no topic name crosses tenants. */
export function safetyAlertTopic(practiceId: string, staffMemberId: string): string {
  return `practice:${practiceId}:staff:${staffMemberId}:safety-alert`;
}

/** Only the id travels: each subscriber re-reads the alert with its own permissions. */
export interface SafetyAlertRaisedEvent {
  alertId: string;
}

/** Call after the transaction that raised the alert has committed, so subscribers can read it. */
export async function publishSafetyAlertRaised(
  events: EventBus,
  practiceId: string,
  alertId: string,
  recipientStaffIds: readonly string[],
): Promise<void> {
  const event: SafetyAlertRaisedEvent = { alertId };
  await Promise.all(recipientStaffIds.map((staffId) => events.publish(safetyAlertTopic(practiceId, staffId), event)));
}
