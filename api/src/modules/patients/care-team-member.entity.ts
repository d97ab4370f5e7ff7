import { Entity, Enum, Index, ManyToOne, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';
import { StaffMember } from '../identity';
import type { Patient } from './patient.entity';

export enum CareTeamRole {
  PRIMARY_CLINICIAN = 'PRIMARY_CLINICIAN',
  PRESCRIBER = 'PRESCRIBER',
  SUPERVISOR = 'SUPERVISOR',
}
registerEnumType(CareTeamRole, { name: 'CareTeamRole' });

/**
 * Who treats a patient. Membership is what opens CLINICAL and CODING data to a clinician
 * (minimum necessary, 45 CFR 164.502(b)); it is visible to anyone who may see the patient.
 */
@DataClassOf<CareTeamMember>(DataClass.DEMOGRAPHIC, { owner: { patientId: (m) => m.patient.id } })
@ObjectType()
@Entity()
@Unique({ properties: ['patient', 'staffMember', 'role'] })
@Index({ properties: ['staffMember'] })
export class CareTeamMember extends PracticeScopedEntity {
  @ManyToOne('Patient', { ref: true, deleteRule: 'cascade' })
  patient!: Ref<Patient>;

  @ManyToOne(() => StaffMember, { ref: true })
  staffMember!: Ref<StaffMember>;

  @Field(() => CareTeamRole)
  @Enum({ items: () => CareTeamRole })
  role!: CareTeamRole;
}
