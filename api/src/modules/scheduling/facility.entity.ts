import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';

/** A place where care happens. Appointment times are shown in the facility's own time zone. */
@DataClassOf(DataClass.DIRECTORY)
@ObjectType()
@Entity()
@Index({ properties: ['practice', 'name'] })
export class Facility extends PracticeScopedEntity {
  @Field()
  @Property()
  name!: string;

  @Field()
  @Property()
  addressLine1!: string;

  @Field()
  @Property()
  city!: string;

  @Field()
  @Property({ length: 2 })
  state!: string;

  @Field()
  @Property({ length: 10 })
  postalCode!: string;

  @Field()
  @Property()
  phone!: string;

  @Field({ description: 'IANA time zone, e.g. America/Chicago.' })
  @Property()
  timeZone!: string;

  @Field({ description: 'CMS place-of-service code (11 office, 02/10 telehealth).' })
  @Property({ length: 2 })
  placeOfServiceCode!: string;
}
