import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';
import { Patient } from '../patients';

/**
 * A statement sent to the patient (or a minor's guarantor): the balance at the time, where the
 * notice went and who sent it. The notice carries no amounts; the patient reads the statement in
 * the portal or as the PDF.
 */
@DataClassOf<Statement>(DataClass.FINANCIAL, { owner: { patientId: (s) => s.patient.id } })
@ObjectType()
@Entity()
@Index({ properties: ['patient', 'createdAt'] })
export class Statement extends PracticeScopedEntity {
  @ManyToOne(() => Patient, { ref: true })
  patient!: Ref<Patient>;

  @Field(() => Int, { description: 'The balance the statement showed, in cents.' })
  @Property({ type: 'integer' })
  balanceCents!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Where the notice was emailed; null when there was no email (print it).',
  })
  @Property({ type: 'text', nullable: true })
  sentTo?: string | null;

  @Field()
  @Property()
  sentBy!: string;
}
