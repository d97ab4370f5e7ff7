import { BigIntType, Entity, Enum, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../data-class/data-class';

export enum AuditAction {
  LOGIN = 'LOGIN',
  LOGIN_FAILED = 'LOGIN_FAILED',
  LOGOUT = 'LOGOUT',
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  READ = 'READ',
  EMERGENCY_ACCESS = 'EMERGENCY_ACCESS',
}
registerEnumType(AuditAction, { name: 'AuditAction' });

/**
 * One audit event. Append-only and hash-chained per practice: `seq`, `prevHash` and `hash`
 * are set by a database trigger (see the audit migration), and UPDATE, DELETE and TRUNCATE
 * are refused by the database (ONC 170.315(d)(2); HIPAA 164.312(b)).
 * Values are never recorded, only field names.
 */
@DataClassOf<AuditEvent>(DataClass.AUDIT, { owner: { patientId: (e) => e.patientId } })
@ObjectType()
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['practiceId', 'occurredAt'] })
@Index({ properties: ['practiceId', 'patientId', 'occurredAt'] })
@Index({ properties: ['practiceId', 'actorUserId', 'occurredAt'] })
export class AuditEvent {
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** Null only for failed sign-ins with an email no account has. */
  @Property({ type: 'uuid', nullable: true })
  practiceId?: string | null;

  @Field(() => String, { nullable: true, description: "Position in the practice's hash chain." })
  // String mode: JS bigint would not serialise to JSON, and a chain may outgrow Number.
  @Property({ type: new BigIntType('string'), nullable: true })
  seq?: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  occurredAt!: Date;

  @Field(() => AuditAction)
  @Enum({ items: () => AuditAction })
  action!: AuditAction;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the staff member or patient who acted, at the time.' })
  @Property({ type: 'text', nullable: true })
  actorName?: string | null;

  @Field(() => [String])
  @Property({ type: 'text[]', default: '{}' })
  actorRoles: Opt<string[]> = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  entityId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  patientId?: string | null;

  @Field(() => [String], { description: 'Names of the fields read or changed (never their values).' })
  @Property({ type: 'text[]', default: '{}' })
  fields: Opt<string[]> = [];

  @Field(() => String, { nullable: true, description: 'Why: the stated reason of an emergency access.' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  ip?: string | null;

  @Property({ type: 'text', nullable: true })
  requestId?: string | null;

  @Property({ type: 'bytea', nullable: true })
  prevHash?: Buffer | null;

  @Property({ type: 'bytea', nullable: true })
  hash?: Buffer | null;
}
