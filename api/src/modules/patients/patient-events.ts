import type { RequestContext } from '../../platform/context/request-context';

/** One topic per patient, prefixed by practice so no topic name crosses tenants. */
export function patientTopic(practiceId: string, patientId: string): string {
  return `practice:${practiceId}:patient:${patientId}:updated`;
}

export interface PatientUpdatedEvent {
  patientId: string;
}

export async function publishPatientUpdated(ctx: RequestContext, patientId: string): Promise<void> {
  const event: PatientUpdatedEvent = { patientId };
  await ctx.events.publish(patientTopic(ctx.viewer!.practiceId, patientId), event);
}
