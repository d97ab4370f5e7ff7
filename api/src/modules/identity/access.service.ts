import type { EntityManager } from '@mikro-orm/postgresql';
import { Access } from '../../platform/permissions/access';
import { Role } from '../../platform/permissions/role';
import type { Viewer } from '../../platform/context/request-context';

/**
 * Computes the viewer's read decisions once per request. For clinicians this is the care
 * team (patients they are assigned to, those they have appointments with, and those of
 * clinicians they supervise) and their unexpired emergency grants: one indexed query. Visits
 * count through provider_patient, which triggers keep (migration …190000_provider_patient), so
 * the lookup reads a caseload of rows, not every appointment the clinician ever had.
 */
export async function loadAccess(em: EntityManager, viewer: Viewer | null): Promise<Access> {
  if (!viewer) return Access.anonymous();
  const subject = {
    roles: viewer.roles,
    staffMemberId: viewer.staffMemberId,
    patientId: viewer.patientId,
  };
  if (!viewer.roles.includes(Role.CLINICIAN) || !viewer.staffMemberId) return new Access(subject);
  const rows = await em.getConnection().execute<{ patient_id: string; emergency: boolean }[]>(
    `select ctm.patient_id, false as emergency
       from care_team_member ctm
       join staff_member sm on sm.id = ctm.staff_member_id
      where ctm.practice_id = ? and (ctm.staff_member_id = ? or sm.supervisor_id = ?)
     union
     select pp.patient_id, false as emergency
       from provider_patient pp
      where pp.practice_id = ? and pp.provider_id = ?
     union
     select g.patient_id, true as emergency
       from emergency_access_grant g
      where g.practice_id = ? and g.staff_member_id = ? and g.expires_at > now()`,
    [
      viewer.practiceId,
      viewer.staffMemberId,
      viewer.staffMemberId,
      viewer.practiceId,
      viewer.staffMemberId,
      viewer.practiceId,
      viewer.staffMemberId,
    ],
  );
  const careTeam = new Set<string>();
  const emergency = new Set<string>();
  for (const row of rows) (row.emergency ? emergency : careTeam).add(row.patient_id);
  return new Access({ ...subject, careTeamPatientIds: careTeam, emergencyPatientIds: emergency });
}
