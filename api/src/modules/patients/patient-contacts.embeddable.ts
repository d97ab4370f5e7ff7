import { Embeddable, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';

/**
 * Value objects stored inline on the patient row. They are `embedded` DEMOGRAPHIC types: only
 * reachable through a DEMOGRAPHIC field of Patient, which is where the permission is decided.
 */
@DataClassOf(DataClass.DEMOGRAPHIC, { embedded: true })
@ObjectType()
@Embeddable()
export class PostalAddress {
  @Field()
  @Property()
  line1!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  line2?: string | null;

  @Field()
  @Property()
  city!: string;

  @Field()
  @Property()
  state!: string;

  @Field()
  @Property()
  postalCode!: string;
}

@DataClassOf(DataClass.DEMOGRAPHIC, { embedded: true })
@ObjectType()
@Embeddable()
export class EmergencyContact {
  @Field()
  @Property()
  name!: string;

  @Field()
  @Property()
  relationship!: string;

  @Field()
  @Property()
  phone!: string;
}

@DataClassOf(DataClass.DEMOGRAPHIC, { embedded: true })
@ObjectType()
@Embeddable()
export class Guarantor {
  @Field()
  @Property()
  name!: string;

  @Field({ description: 'Relationship to the patient: self, parent, guardian, spouse...' })
  @Property()
  relationship!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "For a minor, where the portal invitation goes: the guardian is the patient's portal proxy.",
  })
  @Property({ type: 'text', nullable: true })
  email?: string | null;
}
