import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';
import { StaffMember } from '../identity';
import type { Patient } from './patient.entity';

/**
 * Break-the-glass: a clinician off the care team opens a chart for a stated reason, for a
 * limited time (HIPAA 164.312(a)(2)(ii) emergency access procedure). Every grant is audited
 * and listed for the practice manager; the reason is AUDIT data, not shown to other staff.
 */
@DataClassOf(DataClass.AUDIT)
@ObjectType()
@Entity()
@Index({ properties: ['staffMember', 'expiresAt'] })
export class EmergencyAccessGrant extends PracticeScopedEntity {
  @ManyToOne('Patient', { ref: true })
  patient!: Ref<Patient>;

  @ManyToOne(() => StaffMember, { ref: true })
  staffMember!: Ref<StaffMember>;

  @Field()
  @Property({ type: 'text' })
  reason!: string;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field()
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}
