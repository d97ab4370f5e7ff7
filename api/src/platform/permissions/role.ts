import { registerEnumType } from 'type-graphql';

/** Staff and patient roles. A staff member may hold several; a patient holds only PATIENT. */
export enum Role {
  FRONT_DESK = 'FRONT_DESK',
  CLINICIAN = 'CLINICIAN',
  BILLER = 'BILLER',
  PRACTICE_MANAGER = 'PRACTICE_MANAGER',
  PATIENT = 'PATIENT',
}

registerEnumType(Role, { name: 'Role' });

export const STAFF_ROLES: readonly Role[] = [Role.FRONT_DESK, Role.CLINICIAN, Role.BILLER, Role.PRACTICE_MANAGER];
