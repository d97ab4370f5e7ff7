import { Entity, Index, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';

/** What kind of visit an appointment is: its default length, colour on the calendar and billing code. */
@DataClassOf(DataClass.DIRECTORY)
@ObjectType()
@Entity()
@Index({ properties: ['practice', 'name'] })
export class AppointmentType extends PracticeScopedEntity {
  @Field()
  @Property()
  name!: string;

  @Field(() => Int)
  @Property()
  defaultMinutes!: number;

  @Field({ description: 'Calendar colour, #rrggbb.' })
  @Property({ length: 7 })
  color!: string;

  @Field(() => String, { nullable: true, description: 'CPT code a completed visit of this type bills by default.' })
  @Property({ type: 'text', nullable: true })
  defaultCptCode?: string | null;

  @Field(() => Boolean)
  @Property({ default: false })
  telehealth: Opt<boolean> = false;

  @Field(() => Boolean, { description: 'Several patients attend (group therapy).' })
  @Property({ default: false })
  group: Opt<boolean> = false;

  @Field(() => Boolean)
  @Property({ default: true })
  active: Opt<boolean> = true;
}
