import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';
import { Patient } from '../patients';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

/**
 * A single-use, expiring link to activate a portal account, sent by email to the patient (or a
 * minor's guarantor). Only the SHA-256 of the token is stored: the link works once, for 7 days.
 */
@DataClassOf<PortalInvitation>(DataClass.DEMOGRAPHIC, { owner: { patientId: (i) => i.patient.id } })
@ObjectType()
@Entity()
@Index({ properties: ['patient', 'createdAt'] })
export class PortalInvitation extends PracticeScopedEntity {
  @ManyToOne(() => Patient, { ref: true })
  patient!: Ref<Patient>;

  @Field({ description: 'Where the link was sent.' })
  @Property()
  email!: string;

  @Property({ unique: true, hidden: true })
  tokenHash!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Field()
  @Property()
  sentBy!: string;
}

/** Where an invitation stands now (expiry is a matter of the clock, so it is computed). */
export function invitationStatus(invitation: PortalInvitation, now = Date.now()): InvitationStatus {
  if (invitation.acceptedAt) return InvitationStatus.ACCEPTED;
  if (invitation.revokedAt) return InvitationStatus.REVOKED;
  return invitation.expiresAt.getTime() <= now ? InvitationStatus.EXPIRED : InvitationStatus.PENDING;
}
