import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';
import { DateOnly } from '../../platform/graphql/scalars';
import { Payer } from '../billing';
import type { Patient } from './patient.entity';

export enum PolicyPriority {
  PRIMARY = 'PRIMARY',
  SECONDARY = 'SECONDARY',
  TERTIARY = 'TERTIARY',
}
registerEnumType(PolicyPriority, { name: 'PolicyPriority' });

/** X12 individual relationship codes (837P SBR02 / PAT01): self 18, spouse 01, child 19, other G8. */
export enum SubscriberRelationship {
  SELF = 'SELF',
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  OTHER = 'OTHER',
}
registerEnumType(SubscriberRelationship, { name: 'SubscriberRelationship' });

/** A patient's coverage with one payer. Money and member ids are FINANCIAL. */
@DataClassOf<InsurancePolicy>(DataClass.FINANCIAL, { owner: { patientId: (p) => p.patient.id } })
@ObjectType()
@Entity()
@Index({ properties: ['patient'] })
export class InsurancePolicy extends PracticeScopedEntity {
  @ManyToOne('Patient', { ref: true })
  patient!: Ref<Patient>;

  @ManyToOne(() => Payer, { ref: true })
  payer!: Ref<Payer>;

  @Field()
  @Property()
  memberId!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  groupNumber?: string | null;

  @Field()
  @Property()
  subscriberName!: string;

  @Field(() => DateOnly, { nullable: true })
  @Property({ type: 'date', nullable: true })
  subscriberDateOfBirth?: string | null;

  @Field(() => SubscriberRelationship)
  @Enum({ items: () => SubscriberRelationship })
  relationshipToSubscriber!: SubscriberRelationship;

  @Field(() => PolicyPriority)
  @Enum({ items: () => PolicyPriority })
  priority!: PolicyPriority;

  @Field(() => Int, { description: 'Copay per visit, in cents.' })
  @Property({ type: 'integer' })
  copayCents: Opt<number> = 0;

  @Field(() => DateOnly)
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Field(() => DateOnly, { nullable: true })
  @Property({ type: 'date', nullable: true })
  effectiveTo?: string | null;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
