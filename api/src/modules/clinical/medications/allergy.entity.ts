import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../../platform/db/practice-scoped.entity';
import { DateOnly } from '../../../platform/graphql/scalars';
import type { StaffMember } from '../../identity';
import type { Patient } from '../../patients';

export enum AllergySeverity {
  MILD = 'MILD',
  MODERATE = 'MODERATE',
  SEVERE = 'SEVERE',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(AllergySeverity, { name: 'AllergySeverity' });

/**
 * An allergy or intolerance. Removing one (entered in error, or disproved) keeps the row with who removed
 * it and when: the list a prescriber relied on can always be reconstructed.
 */
@DataClassOf<Allergy>(DataClass.CLINICAL, { owner: { patientId: (a) => a.patient.id } })
@ObjectType()
@Entity()
@Index({ properties: ['patient'] })
export class Allergy extends PracticeScopedEntity {
  @ManyToOne('Patient', { ref: true, deleteRule: 'cascade' })
  patient!: Ref<Patient>;

  @Field({ description: 'Drug, drug class, food or other substance, e.g. "penicillin".' })
  @Property({ type: 'text' })
  substance!: string;

  @Field(() => String, { nullable: true, description: 'What happens, e.g. "hives".' })
  @Property({ type: 'text', nullable: true })
  reaction?: string | null;

  @Field(() => AllergySeverity)
  @Enum({ items: () => AllergySeverity, default: AllergySeverity.UNKNOWN })
  severity: Opt<AllergySeverity> = AllergySeverity.UNKNOWN;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => DateOnly)
  @Property({ type: 'date' })
  notedOn!: string;

  @Property({ type: 'timestamptz', nullable: true })
  removedAt?: Date | null;

  @ManyToOne('StaffMember', { ref: true, nullable: true })
  removedBy?: Ref<StaffMember> | null;
}
