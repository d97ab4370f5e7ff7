import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { DataClass, DataClassOf } from '../data-class/data-class';

/** The tenant: every other row carries a practice id, and every query is scoped to one practice. */
@DataClassOf(DataClass.DIRECTORY)
@ObjectType({ description: 'A group practice: the tenant every record belongs to.' })
@Entity({ tableName: 'practice' })
export class Practice {
  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property()
  name!: string;

  @Property({ unique: true })
  slug!: string;

  /** Last medical record number handed out; incremented atomically (see PatientService). */
  @Property({ type: 'integer', default: 0 })
  mrnCounter: Opt<number> = 0;

  /** Financial policy: a cancellation this close to the visit is late and may carry a fee. */
  @Property({ type: 'integer', default: 24 })
  lateCancelWindowHours: Opt<number> = 24;

  @Property({ type: 'integer', default: 5000 })
  lateCancelFeeCents: Opt<number> = 5000;

  @Property({ type: 'integer', default: 7500 })
  noShowFeeCents: Opt<number> = 7500;

  /** Appointment reminders go out this many hours before the visit. */
  @Property({ type: 'integer', default: 24 })
  reminderHoursBefore: Opt<number> = 24;

  /**
   * The practice's reliable-change norms by instrument code, over the defaults (measures module);
   * null for an instrument switches reliable change off.
   */
  @Property({ type: 'json', default: '{}' })
  reliableChangeNorms: Opt<Record<string, { sd: number; reliability: number } | null>> = {};

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
