import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';
import { PayerTelehealthRules } from './payer-telehealth-rules';

export enum PayerKind {
  COMMERCIAL = 'COMMERCIAL',
  MEDICARE = 'MEDICARE',
  MEDICAID = 'MEDICAID',
  TRICARE = 'TRICARE',
  OTHER = 'OTHER',
}
registerEnumType(PayerKind, { name: 'PayerKind' });

/** An insurer the practice bills. `payerCode` is the clearinghouse payer id used in 837P loop 2010BB. */
@DataClassOf(DataClass.DIRECTORY)
@ObjectType()
@Entity()
export class Payer extends PracticeScopedEntity {
  @Field()
  @Property()
  name!: string;

  @Field({ description: 'Electronic payer id (837P NM109 of loop 2010BB).' })
  @Property()
  payerCode!: string;

  @Field(() => PayerKind)
  @Enum({ items: () => PayerKind })
  kind!: PayerKind;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Field(() => PayerTelehealthRules, {
    nullable: true,
    description: 'Telehealth coding overrides; null (or a null field) follows the practice default.',
  })
  @Property({ type: 'json', nullable: true })
  telehealthRules?: PayerTelehealthRules | null;
}
