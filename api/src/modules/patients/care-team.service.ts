import { AuditAction } from '../../platform/audit/audit-event.entity';
import { appendAuditEntries } from '../../platform/audit/audit-log';
import type { RequestContext } from '../../platform/context/request-context';
import { Role } from '../../platform/permissions/role';
import { StaffMember } from '../identity';
import { CareTeamMember, CareTeamRole } from './care-team-member.entity';
import { EmergencyAccessGrant } from './emergency-access-grant.entity';
import { patientService } from './patient.service';
import { PatientsErrorCode, patientsError } from './patients.errors';

/** Break-the-glass grants last an hour (security.md SESS-03: break-glass absolute 60 min). */
export const EMERGENCY_ACCESS_MINUTES = 60;

export class CareTeamService {
  async assign(ctx: RequestContext, patientId: string, staffMemberId: string, role: CareTeamRole) {
    const patient = await patientService.get(ctx, patientId);
    const staff = await ctx.em.findOne(StaffMember, { id: staffMemberId, active: true });
    if (!staff)
      throw patientsError(PatientsErrorCode.STAFF_MEMBER_NOT_FOUND, 'No staff member with this id.', 'staffMemberId');
    if (!staff.roles.includes(Role.CLINICIAN)) {
      throw patientsError(
        PatientsErrorCode.STAFF_MEMBER_NOT_A_CLINICIAN,
        'Only clinicians join a care team.',
        'staffMemberId',
      );
    }
    if (role === CareTeamRole.PRESCRIBER && !staff.canPrescribe) {
      throw patientsError(
        PatientsErrorCode.STAFF_MEMBER_CANNOT_PRESCRIBE,
        'This clinician does not prescribe.',
        'staffMemberId',
      );
    }
    const existing = await ctx.em.count(CareTeamMember, { patient, staffMember: staff, role });
    if (existing > 0)
      throw patientsError(PatientsErrorCode.ALREADY_ON_CARE_TEAM, 'Already on the care team in this role.');
    const member = ctx.em.create(CareTeamMember, { practice: patient.practice, patient, staffMember: staff, role });
    await ctx.em.flush();
    return member;
  }

  async remove(ctx: RequestContext, careTeamMemberId: string): Promise<boolean> {
    const member = await ctx.em.findOne(CareTeamMember, { id: careTeamMemberId });
    if (!member) return false;
    await patientService.get(ctx, member.patient.id);
    await ctx.em.remove(member).flush();
    return true;
  }

  /**
   * A clinician off the care team opens a chart in an emergency. The grant row is the audit
   * record the manager reviews; reads under it are audited as EMERGENCY_ACCESS.
   */
  async requestEmergencyAccess(ctx: RequestContext, patientId: string, reason: string): Promise<EmergencyAccessGrant> {
    const trimmed = reason.trim();
    if (trimmed.length < 10 || trimmed.length > 500) {
      throw patientsError(
        PatientsErrorCode.EMERGENCY_REASON_REQUIRED,
        'State the emergency in 10 to 500 characters.',
        'reason',
      );
    }
    const patient = await patientService.get(ctx, patientId);
    const staffMemberId = ctx.viewer!.staffMemberId!;
    if (ctx.access.hasCareRelationship(patientId) && !ctx.access.isEmergencyAccess(patientId)) {
      throw patientsError(
        PatientsErrorCode.ALREADY_ON_CARE_TEAM_NO_EMERGENCY_NEEDED,
        "You are on this patient's care team already.",
      );
    }
    const grant = ctx.em.create(EmergencyAccessGrant, {
      practice: patient.practice,
      patient,
      staffMember: ctx.em.getReference(StaffMember, staffMemberId),
      reason: trimmed,
      expiresAt: new Date(Date.now() + EMERGENCY_ACCESS_MINUTES * 60_000),
    });
    await ctx.em.flush();
    await appendAuditEntries(ctx.em, [
      {
        practiceId: ctx.viewer!.practiceId,
        action: AuditAction.EMERGENCY_ACCESS,
        actorUserId: ctx.viewer!.userId,
        actorName: ctx.viewer!.displayName,
        actorRoles: ctx.viewer!.roles,
        entityType: 'EmergencyAccessGrant',
        entityId: grant.id,
        patientId,
        reason: grant.reason,
        ip: ctx.ip,
        requestId: ctx.requestId,
      },
    ]);
    return grant;
  }
}

export const careTeamService = new CareTeamService();
