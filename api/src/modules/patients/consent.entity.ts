import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';
import { DateOnly } from '../../platform/graphql/scalars';
import { Patient } from './patient.entity';

export enum ConsentKind {
  TREATMENT = 'TREATMENT',
  HIPAA_NOTICE = 'HIPAA_NOTICE',
  TELEHEALTH = 'TELEHEALTH',
  FINANCIAL_POLICY = 'FINANCIAL_POLICY',
  RELEASE_OF_INFORMATION = 'RELEASE_OF_INFORMATION',
}
registerEnumType(ConsentKind, { name: 'ConsentKind' });

export enum ConsentStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(ConsentStatus, { name: 'ConsentStatus' });

/** Consents every patient signs at intake; the arrivals board flags a patient missing one. */
export const INTAKE_CONSENTS: readonly ConsentKind[] = [
  ConsentKind.TREATMENT,
  ConsentKind.HIPAA_NOTICE,
  ConsentKind.FINANCIAL_POLICY,
];

/**
 * A signed consent (electronic signature: the signer types their name; who, when and from which
 * address are recorded). Never edited: it expires on its date or is revoked, and a new version
 * is a new signature.
 */
@DataClassOf<Consent>(DataClass.DEMOGRAPHIC, { owner: { patientId: (c) => c.patient.id } })
@ObjectType()
@Entity()
@Index({ properties: ['patient', 'kind'] })
export class Consent extends PracticeScopedEntity {
  @ManyToOne(() => Patient, { ref: true })
  patient!: Ref<Patient>;

  @Field(() => ConsentKind)
  @Enum({ items: () => ConsentKind })
  kind!: ConsentKind;

  @Field({ description: 'Version of the form signed, e.g. 2026-01.' })
  @Property()
  version!: string;

  @Field({ description: 'Who signed: the patient, or a parent/guardian for a minor.' })
  @Property()
  signerName!: string;

  @Field({ description: 'SELF, PARENT, GUARDIAN, ...' })
  @Property()
  signerRelationship!: string;

  @Field({ description: 'The signature as typed by the signer.' })
  @Property()
  typedSignature!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  signedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Address the signature came from.' })
  @Property({ type: 'text', nullable: true })
  signedFromIp?: string | null;

  @Field(() => String, { nullable: true, description: 'Release of information: to whom.' })
  @Property({ type: 'text', nullable: true })
  releaseTo?: string | null;

  @Field(() => DateOnly, { nullable: true })
  @Property({ type: 'date', nullable: true })
  expiresOn?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  revokedReason?: string | null;
}

export function consentStatus(consent: Consent, today = new Date().toISOString().slice(0, 10)): ConsentStatus {
  if (consent.revokedAt) return ConsentStatus.REVOKED;
  return consent.expiresOn && consent.expiresOn < today ? ConsentStatus.EXPIRED : ConsentStatus.ACTIVE;
}
