import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';
import { Role } from '../../platform/permissions/role';

/** A person who works at the practice. A prescriber is a clinician with `canPrescribe`. */
@DataClassOf(DataClass.DIRECTORY)
@ObjectType()
@Entity()
@Index({ properties: ['practice', 'lastName', 'firstName'] })
export class StaffMember extends PracticeScopedEntity {
  @Field()
  @Property()
  firstName!: string;

  @Field()
  @Property()
  lastName!: string;

  @Field({ description: 'Licence and degree letters, e.g. "LCSW" or "MD".' })
  @Property()
  credentials!: string;

  @Field(() => String, { nullable: true, description: 'National Provider Identifier (10 digits).' })
  @Property({ type: 'text', nullable: true })
  npi?: string | null;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => [Role])
  @Enum({ items: () => Role, array: true })
  roles: Opt<Role[]> = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  canPrescribe: Opt<boolean> = false;

  @Field(() => String, { description: 'Calendar colour, #rrggbb.' })
  @Property({ type: 'text' })
  calendarColor: Opt<string> = '#4263eb';

  @ManyToOne(() => StaffMember, { ref: true, nullable: true })
  supervisor?: Ref<StaffMember> | null;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}
