import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';
import { Patient } from '../patients';

export enum LedgerEntryKind {
  CHARGE = 'CHARGE',
  FEE = 'FEE',
  PAYMENT = 'PAYMENT',
  ADJUSTMENT = 'ADJUSTMENT',
}
registerEnumType(LedgerEntryKind, { name: 'LedgerEntryKind' });

/**
 * One line of a patient's account. Append-only: a mistake is corrected by another entry, never
 * by editing one (the database refuses UPDATE and DELETE). Amounts are integer cents, positive
 * for what the patient owes (charges, fees), negative for what reduces it (payments,
 * adjustments); the balance is always their sum, never a stored number that could drift.
 */
@DataClassOf<LedgerEntry>(DataClass.FINANCIAL, { owner: { patientId: (e) => e.patient.id } })
@ObjectType()
@Entity()
@Index({ properties: ['patient', 'postedAt'] })
export class LedgerEntry extends PracticeScopedEntity {
  @ManyToOne(() => Patient, { ref: true })
  patient!: Ref<Patient>;

  @Field(() => LedgerEntryKind)
  @Enum({ items: () => LedgerEntryKind })
  kind!: LedgerEntryKind;

  @Field(() => Int, { description: 'Cents; positive adds to what the patient owes.' })
  @Property({ type: 'integer' })
  amountCents!: number;

  @Field()
  @Property()
  description!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  postedAt: Opt<Date> = new Date();

  /** The visit it is for (a fee, a copay); kept as an id so billing does not depend on scheduling. */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  appointmentId?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  paymentId?: string | null;
}
