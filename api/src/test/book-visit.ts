import type { PracticeFixture } from './fixtures';
import type { GraphQLClient } from './graphql-client';

export interface VisitToBook {
  providerId: string;
  patientIds: string[];
  startsAt: string;
  /** Default 50 (a 90834 session). */
  minutes?: number;
  /** Default the fixture's individual psychotherapy type. */
  appointmentTypeId?: string;
}

/**
 * Books a visit at the fixture's facility as the front desk does, for tests that need one to
 * exist; a refusal fails the test (booking itself is tested in scheduling/appointments).
 */
export async function bookVisit(
  frontDesk: GraphQLClient,
  fx: PracticeFixture,
  visit: VisitToBook,
): Promise<{ id: string; version: number }> {
  const response = await frontDesk.request(
    'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id version } }',
    {
      input: {
        facilityId: fx.facilityId,
        appointmentTypeId: visit.appointmentTypeId ?? fx.appointmentTypeId,
        minutes: visit.minutes ?? 50,
        providerId: visit.providerId,
        patientIds: visit.patientIds,
        startsAt: visit.startsAt,
      },
    },
  );
  if (response.errors) throw new Error(`booking refused: ${JSON.stringify(response.errors)}`);
  return response.data.bookAppointment;
}
