import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';
import { StaffMember } from '../identity';
import { Facility } from './facility.entity';

/**
 * When a provider sees patients at a facility on one weekday, in the facility's local time.
 * Booking outside these hours is allowed with an override (a warning, not a rule).
 */
@DataClassOf(DataClass.DIRECTORY)
@ObjectType()
@Entity()
@Index({ properties: ['provider', 'weekday'] })
export class WorkingHours extends PracticeScopedEntity {
  @ManyToOne(() => StaffMember, { ref: true })
  provider!: Ref<StaffMember>;

  @ManyToOne(() => Facility, { ref: true })
  facility!: Ref<Facility>;

  @Field(() => Int, { description: 'ISO weekday: 1 Monday ... 7 Sunday.' })
  @Property({ type: 'smallint' })
  weekday!: number;

  @Field({ description: 'Local start time, HH:MM.' })
  @Property({ length: 5 })
  startTime!: string;

  @Field({ description: 'Local end time, HH:MM.' })
  @Property({ length: 5 })
  endTime!: string;
}

/** A provider away (vacation, training): bookings inside it need an override. */
@DataClassOf(DataClass.SCHEDULING)
@ObjectType()
@Entity()
@Index({ properties: ['provider', 'startsAt'] })
export class TimeOff extends PracticeScopedEntity {
  @ManyToOne(() => StaffMember, { ref: true })
  provider!: Ref<StaffMember>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}
