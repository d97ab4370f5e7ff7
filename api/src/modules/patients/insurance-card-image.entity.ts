import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';
import { InsurancePolicy } from './insurance-policy.entity';

export enum CardSide {
  FRONT = 'FRONT',
  BACK = 'BACK',
}
registerEnumType(CardSide, { name: 'CardSide' });

/**
 * A photo of one side of an insurance card, kept in PostgreSQL with the policy (one per side;
 * a new upload replaces it). The bytes are served by GET /uploads/insurance-cards/:policyId/:side.
 */
@DataClassOf<InsuranceCardImage>(DataClass.FINANCIAL, { owner: { patientId: (i) => i.patientId } })
@ObjectType()
@Entity()
@Unique({ properties: ['policy', 'side'] })
export class InsuranceCardImage extends PracticeScopedEntity {
  @ManyToOne(() => InsurancePolicy, { ref: true, deleteRule: 'cascade' })
  policy!: Ref<InsurancePolicy>;

  /** Denormalised for row scope checks without loading the policy. */
  @Property({ type: 'uuid' })
  patientId!: string;

  @Field(() => CardSide)
  @Enum({ items: () => CardSide })
  side!: CardSide;

  @Field()
  @Property()
  contentType!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  byteSize!: number;

  @Property({ type: 'blob', lazy: true, hidden: true })
  data!: Buffer;

  @Field()
  @Property()
  uploadedBy!: string;
}
