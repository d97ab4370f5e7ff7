import { DataClass } from '../data-class/data-class';
import { Role } from './role';

/**
 * How far a role's right to read a data class reaches:
 * - ALL: every row of the practice;
 * - CARE_TEAM: rows about patients on the reader's care team (or under an emergency grant);
 * - CARE_TEAM_WITH_CONSENT: CARE_TEAM plus a Part 2 consent on file for the reader's purpose;
 * - AUTHOR: rows the reader wrote (HIPAA psychotherapy notes, 45 CFR 164.501);
 * - SELF: rows about the reader (a patient);
 * - SELF_RELEASED: rows about the reader that a clinician released to them.
 */
export enum ReadScope {
  ALL = 'ALL',
  CARE_TEAM = 'CARE_TEAM',
  CARE_TEAM_WITH_CONSENT = 'CARE_TEAM_WITH_CONSENT',
  AUTHOR = 'AUTHOR',
  SELF = 'SELF',
  SELF_RELEASED = 'SELF_RELEASED',
}

const C = DataClass;
const S = ReadScope;

/**
 * The read policy, role x data class (DESIGN.md). A missing entry is a refusal.
 * Practice scoping is not listed: it applies to every row, below this table.
 *
 * PATIENT reads DIRECTORY as ALL at field level; "own providers only" is row scope: a patient
 * reaches staff only through their own care team and appointments, never through `staff`.
 */
export const READ_POLICY: Readonly<Record<Role, Partial<Record<DataClass, ReadScope>>>> = {
  [Role.FRONT_DESK]: {
    [C.OPERATIONAL]: S.ALL,
    [C.DIRECTORY]: S.ALL,
    [C.DEMOGRAPHIC]: S.ALL,
    [C.SCHEDULING]: S.ALL,
    [C.FINANCIAL]: S.ALL,
  },
  [Role.CLINICIAN]: {
    [C.OPERATIONAL]: S.ALL,
    [C.DIRECTORY]: S.ALL,
    [C.DEMOGRAPHIC]: S.CARE_TEAM,
    [C.SCHEDULING]: S.ALL,
    [C.CODING]: S.CARE_TEAM,
    [C.CLINICAL]: S.CARE_TEAM,
    [C.PSYCHOTHERAPY_NOTE]: S.AUTHOR,
    [C.SUBSTANCE_USE]: S.CARE_TEAM_WITH_CONSENT,
  },
  [Role.BILLER]: {
    [C.OPERATIONAL]: S.ALL,
    [C.DIRECTORY]: S.ALL,
    [C.DEMOGRAPHIC]: S.ALL,
    [C.SCHEDULING]: S.ALL,
    [C.FINANCIAL]: S.ALL,
    [C.CODING]: S.ALL,
  },
  [Role.PRACTICE_MANAGER]: {
    [C.OPERATIONAL]: S.ALL,
    [C.DIRECTORY]: S.ALL,
    [C.DEMOGRAPHIC]: S.ALL,
    [C.SCHEDULING]: S.ALL,
    [C.FINANCIAL]: S.ALL,
    [C.CODING]: S.ALL,
    [C.AUDIT]: S.ALL,
  },
  [Role.PATIENT]: {
    [C.OPERATIONAL]: S.ALL,
    [C.DIRECTORY]: S.ALL,
    [C.DEMOGRAPHIC]: S.SELF,
    [C.SCHEDULING]: S.SELF,
    [C.FINANCIAL]: S.SELF,
    [C.CODING]: S.SELF,
    [C.CLINICAL]: S.SELF_RELEASED,
    [C.SUBSTANCE_USE]: S.SELF,
    [C.AUDIT]: S.SELF,
  },
};

/** Classes every role reads everywhere: their fields need no per-field check at all. */
export const UNIVERSAL_CLASSES: ReadonlySet<DataClass> = new Set(
  Object.values(DataClass).filter((dataClass) =>
    Object.values(Role).every((role) => READ_POLICY[role][dataClass] === ReadScope.ALL),
  ),
);

/** The scopes a set of roles holds on each class (a person with several roles gets the union). */
export function scopesForRoles(roles: readonly Role[]): Map<DataClass, ReadScope[]> {
  const scopes = new Map<DataClass, ReadScope[]>();
  for (const role of roles) {
    for (const [dataClass, scope] of Object.entries(READ_POLICY[role]) as [DataClass, ReadScope][]) {
      const list = scopes.get(dataClass) ?? [];
      if (!list.includes(scope)) list.push(scope);
      scopes.set(dataClass, list);
    }
  }
  return scopes;
}
