import { Entity, Filter, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { DataClass, DataClassOf } from '../data-class/data-class';
import { Practice } from './practice.entity';

export const PRACTICE_FILTER = 'practice';

export interface PracticeFilterArgs {
  practiceId: string;
}

/**
 * Base of every tenant-owned entity. The `practice` filter is on by default and has no
 * default arguments, so a query run on an EntityManager that was not given a practice
 * throws instead of reading across tenants: practice scoping cannot be forgotten in a resolver.
 */
@Filter({
  name: PRACTICE_FILTER,
  cond: (args: PracticeFilterArgs) => ({ practice: args.practiceId }),
  default: true,
})
@ObjectType()
@Entity({ abstract: true })
export abstract class PracticeScopedEntity {
  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Practice, { ref: true, deleteRule: 'cascade' })
  practice!: Ref<Practice>;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Date)
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
