import type { RequestContext } from '../../platform/context/request-context';
import { forbiddenError, unauthenticatedError } from '../../platform/errors/domain-error';
import { Role } from '../../platform/permissions/role';

/** Which patients of the practice a viewer may list: all, some (by id), or none. */
export type PatientRowScope = { kind: 'practice' } | { kind: 'only'; patientIds: string[] };

const PRACTICE_WIDE_ROLES = [Role.FRONT_DESK, Role.BILLER, Role.PRACTICE_MANAGER];

/**
 * Row scope for patient lists (DESIGN.md "Row scope is not shield's job"): front desk, billing
 * and managers work practice-wide; a clinician sees their care team (and emergency grants);
 * a patient sees only themself. The practice itself is enforced by the ORM filter.
 */
export function patientRowScope(ctx: RequestContext): PatientRowScope {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticatedError();
  if (viewer.roles.some((role) => PRACTICE_WIDE_ROLES.includes(role))) return { kind: 'practice' };
  if (viewer.roles.includes(Role.CLINICIAN)) {
    return { kind: 'only', patientIds: ctx.access.careRelationshipPatientIds() };
  }
  if (viewer.patientId) return { kind: 'only', patientIds: [viewer.patientId] };
  throw forbiddenError();
}
