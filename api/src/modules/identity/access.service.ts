import type { EntityManager } from '@mikro-orm/postgresql';
import { Access } from '../../platform/permissions/access';
import { Role } from '../../platform/permissions/role';
import type { Viewer } from '../../platform/context/request-context';

/** One patient the clinician may read: on their care team, or under an unexpired emergency grant. */
export interface CareRelationship {
  patientId: string;
  emergency: boolean;
}

/**
 * A clinician's care relationships as rows `(patient_id, emergency)`, for the practice and staff
 * member given as SQL expressions: patients they are assigned to, those they have visits with,
 * those of clinicians they supervise, and unexpired emergency grants. Visits count through
 * provider_patient, which triggers keep (migration …190000_provider_patient), so this reads a
 * caseload of rows by index, not every appointment the clinician ever had.
 */
export function careRelationshipsSql(practiceId: string, staffMemberId: string): string {
  return `select ctm.patient_id, false as emergency
       from care_team_member ctm
       join staff_member supervisee on supervisee.id = ctm.staff_member_id
      where ctm.practice_id = ${practiceId}
        and (ctm.staff_member_id = ${staffMemberId} or supervisee.supervisor_id = ${staffMemberId})
     union
     select pp.patient_id, false from provider_patient pp
      where pp.practice_id = ${practiceId} and pp.provider_id = ${staffMemberId}
     union
     select g.patient_id, true from emergency_access_grant g
      where g.practice_id = ${practiceId} and g.staff_member_id = ${staffMemberId} and g.expires_at > now()`;
}

/** The viewer's read decisions, from their roles and (clinicians) their care relationships. */
export function accessFor(viewer: Viewer | null, relationships: readonly CareRelationship[]): Access {
  if (!viewer) return Access.anonymous();
  const subject = { roles: viewer.roles, staffMemberId: viewer.staffMemberId, patientId: viewer.patientId };
  if (!viewer.roles.includes(Role.CLINICIAN) || !viewer.staffMemberId) return new Access(subject);
  const careTeam = new Set<string>();
  const emergency = new Set<string>();
  for (const relationship of relationships) {
    (relationship.emergency ? emergency : careTeam).add(relationship.patientId);
  }
  return new Access({ ...subject, careTeamPatientIds: careTeam, emergencyPatientIds: emergency });
}

/**
 * Computes the viewer's read decisions for a viewer already known (subscriptions re-check them
 * per event; documents). A request resolves its session and these in one statement instead
 * (SessionService.resolveWithRelationships).
 */
export async function loadAccess(em: EntityManager, viewer: Viewer | null): Promise<Access> {
  if (!viewer?.staffMemberId || !viewer.roles.includes(Role.CLINICIAN)) return accessFor(viewer, []);
  const rows = await em.getConnection().execute<{ patient_id: string; emergency: boolean }[]>(
    `with me as (select ?::uuid as practice_id, ?::uuid as staff_member_id)
       ${careRelationshipsSql('(select practice_id from me)', '(select staff_member_id from me)')}`,
    [viewer.practiceId, viewer.staffMemberId],
  );
  return accessFor(
    viewer,
    rows.map((row) => ({ patientId: row.patient_id, emergency: row.emergency })),
  );
}
