import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';
import { Patient } from '../patients';

export enum PaymentMethod {
  CASH = 'CASH',
  CHECK = 'CHECK',
  CARD = 'CARD',
}
registerEnumType(PaymentMethod, { name: 'PaymentMethod' });

export enum PaymentStatus {
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
}
registerEnumType(PaymentStatus, { name: 'PaymentStatus' });

/**
 * Money received from a patient (or their guarantor). The idempotency key is unique per
 * practice, so a retried request finds the payment it already made instead of charging twice.
 * A declined card is kept too (same key, same answer) but posts nothing to the ledger.
 */
@DataClassOf<Payment>(DataClass.FINANCIAL, { owner: { patientId: (p) => p.patient.id } })
@ObjectType()
@Entity()
@Unique({ properties: ['practice', 'idempotencyKey'] })
export class Payment extends PracticeScopedEntity {
  @ManyToOne(() => Patient, { ref: true, index: true })
  patient!: Ref<Patient>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  amountCents!: number;

  @Field(() => PaymentMethod)
  @Enum({ items: () => PaymentMethod })
  method!: PaymentMethod;

  @Field(() => PaymentStatus)
  @Enum({ items: () => PaymentStatus })
  status!: PaymentStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  checkNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Card brand, e.g. Visa.' })
  @Property({ type: 'text', nullable: true })
  cardBrand?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  cardLast4?: string | null;

  @Field(() => String, { nullable: true, description: "The processor's reference for a card payment." })
  @Property({ type: 'text', nullable: true })
  processorReference?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  declineReason?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  appointmentId?: string | null;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Field()
  @Property()
  receivedBy!: string;
}
