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

  @Field(() => String, { nullable: true, description: 'State licence number (a prescriber needs one to sign).' })
  @Property({ type: 'text', nullable: true })
  stateLicenseNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Two-letter state that issued the licence.' })
  @Property({ type: 'text', nullable: true })
  stateLicenseState?: string | null;

  /**
   * DEA registration number. Not a GraphQL field: it is printed on prescriptions, but a list of them for every
   * reader invites forged prescriptions; the API says only whether it is on file (hasPrescribingCredentials).
   */
  @Property({ type: 'text', nullable: true })
  deaNumber?: string | null;

  /**
   * TOTP second factor (RFC 6238). Never a GraphQL field; lazy, so no ordinary load selects the secret. The
   * pending secret waits for its first code (confirmTotp) before it replaces the active one.
   */
  @Property({ type: 'text', nullable: true, lazy: true, hidden: true })
  totpSecret?: string | null;

  @Property({ type: 'text', nullable: true, lazy: true, hidden: true })
  totpPendingSecret?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  totpEnabledAt?: Date | null;

  /** The last time step a code was accepted for: that code and older ones are replays (ASVS 6.5.1). */
  @Property({ type: 'integer', nullable: true, hidden: true })
  totpLastUsedStep?: number | null;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}
