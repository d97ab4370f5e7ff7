import type { DataClass, RowOwner } from '../data-class/data-class';
import { ReadScope, scopesForRoles } from './policy';
import type { Role } from './role';

/** Who is asking, as far as read decisions go. Computed once per request (or subscription). */
export interface AccessSubject {
  roles: readonly Role[];
  staffMemberId?: string | undefined;
  patientId?: string | undefined;
  /** Patients on the reader's care team, including their supervisees' patients. */
  careTeamPatientIds?: ReadonlySet<string>;
  /** Patients opened under an unexpired break-the-glass grant. */
  emergencyPatientIds?: ReadonlySet<string>;
  /** Patients whose Part 2 consent covers this reader (none are recorded yet: fails closed). */
  substanceUseConsentPatientIds?: ReadonlySet<string>;
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * The per-request read decision: the viewer's scopes per data class are computed once, so
 * deciding one field of one row is a map lookup plus, for row-scoped classes, a set lookup.
 * (STACK.md: an async rule per field instance made list queries 2.5x slower.)
 */
export class Access {
  private readonly scopes: Map<DataClass, ReadScope[]>;
  private readonly careTeam: ReadonlySet<string>;
  private readonly emergency: ReadonlySet<string>;
  private readonly sudConsent: ReadonlySet<string>;

  constructor(readonly subject: AccessSubject) {
    this.scopes = scopesForRoles(subject.roles);
    this.careTeam = subject.careTeamPatientIds ?? EMPTY;
    this.emergency = subject.emergencyPatientIds ?? EMPTY;
    this.sudConsent = subject.substanceUseConsentPatientIds ?? EMPTY;
  }

  static anonymous(): Access {
    return new Access({ roles: [] });
  }

  /** True if the reader holds any scope on the class (whatever the row). */
  mayEverRead(dataClass: DataClass): boolean {
    return this.scopes.has(dataClass);
  }

  /** True if the viewer may reach this patient's chart: on the care team or under an emergency grant. */
  hasCareRelationship(patientId: string): boolean {
    return this.careTeam.has(patientId) || this.emergency.has(patientId);
  }

  /** Every patient the viewer has a care relationship with (care team and emergency grants). */
  careRelationshipPatientIds(): string[] {
    return [...new Set([...this.careTeam, ...this.emergency])];
  }

  isEmergencyAccess(patientId: string): boolean {
    return !this.careTeam.has(patientId) && this.emergency.has(patientId);
  }

  /** Decides one field of one row. `owner` comes from the row's type declaration. */
  canRead<T>(dataClass: DataClass, owner: RowOwner<T> | undefined, row: T): boolean {
    const scopes = this.scopes.get(dataClass);
    if (!scopes) return false;
    for (const scope of scopes) {
      if (this.scopeAllows(scope, owner, row)) return true;
    }
    return false;
  }

  private scopeAllows<T>(scope: ReadScope, owner: RowOwner<T> | undefined, row: T): boolean {
    switch (scope) {
      case ReadScope.ALL:
        return true;
      case ReadScope.CARE_TEAM: {
        const patientId = owner?.patientId?.(row);
        return !!patientId && this.hasCareRelationship(patientId);
      }
      case ReadScope.CARE_TEAM_WITH_CONSENT: {
        const patientId = owner?.patientId?.(row);
        return !!patientId && this.hasCareRelationship(patientId) && this.sudConsent.has(patientId);
      }
      case ReadScope.AUTHOR: {
        const reader = this.subject.staffMemberId;
        if (!reader) return false;
        return owner?.authorStaffId?.(row) === reader || owner?.authorSupervisorStaffId?.(row) === reader;
      }
      case ReadScope.SELF: {
        const patientId = owner?.patientId?.(row);
        return !!patientId && patientId === this.subject.patientId;
      }
      case ReadScope.SELF_RELEASED: {
        const patientId = owner?.patientId?.(row);
        return !!patientId && patientId === this.subject.patientId && owner?.releasedToPatient?.(row) === true;
      }
    }
  }
}
