import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';
import { Facility } from './facility.entity';

@DataClassOf(DataClass.DIRECTORY)
@ObjectType()
@Entity()
export class Room extends PracticeScopedEntity {
  @Field()
  @Property()
  name!: string;

  @ManyToOne(() => Facility, { ref: true })
  facility!: Ref<Facility>;
}
