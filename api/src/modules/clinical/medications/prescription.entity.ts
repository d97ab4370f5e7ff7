import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { IsOptional, Length, Matches } from 'class-validator';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../../platform/db/practice-scoped.entity';
import type { StaffMember } from '../../identity';
import type { Patient } from '../../patients';
import type { ControlledSchedule } from '../prescribing';

export enum PrescriptionStatus {
  DRAFT = 'DRAFT',
  SIGNED = 'SIGNED',
}
registerEnumType(PrescriptionStatus, { name: 'PrescriptionStatus' });

/** Units a psychiatric practice prescribes in; each maps to its NCI code in the NewRx message. */
export enum QuantityUnit {
  TABLET = 'TABLET',
  CAPSULE = 'CAPSULE',
  MILLILITER = 'MILLILITER',
}
registerEnumType(QuantityUnit, { name: 'QuantityUnit' });

export enum InteractionAlertSeverity {
  CONTRAINDICATED = 'CONTRAINDICATED',
  MAJOR = 'MAJOR',
  MODERATE = 'MODERATE',
}
registerEnumType(InteractionAlertSeverity, { name: 'InteractionAlertSeverity' });

export enum TransmissionStatus {
  /** Written to the local e-prescribing outbox; no pharmacy network has seen it. */
  QUEUED = 'QUEUED',
}
registerEnumType(TransmissionStatus, { name: 'TransmissionStatus' });

/** The pharmacy the prescription goes to, as typed by the prescriber (no pharmacy directory yet). */
@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType()
@InputType('PharmacyInput')
export class Pharmacy {
  @Field() @Length(1, 35) name!: string;
  @Field({ description: 'Seven-digit NCPDP provider id.' }) @Matches(/^\d{7}$/) ncpdpId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 40) addressLine1?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 40) city?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^[A-Za-z]{2}$/) state?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\d{5}(-?\d{4})?$/) postalCode?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(7, 20) phone?: string | null;
}

/** One interaction alert as shown to the prescriber, with the screening's disclaimer. */
@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType()
export class PrescriptionAlert {
  @Field() ruleId!: string;
  @Field(() => InteractionAlertSeverity) severity!: InteractionAlertSeverity;
  @Field(() => [String], { description: 'The two ingredients involved.' }) drugs!: string[];
  @Field() mechanism!: string;
  @Field({ description: 'What to do about it (our own words).' }) recommendation!: string;
  @Field() source!: string;
  @Field({ description: 'Signing needs a documented override reason.' }) requiresOverrideReason!: boolean;
  @Field(() => String, { nullable: true, description: 'Washout alerts: the first day the combination is clear.' })
  washoutClearOn?: string | null;
  @Field() disclaimer!: string;
}

/**
 * A prescription from draft to signature. The draft carries the interaction screening of the moment;
 * signing screens again (the medication list may have changed), records the override reason, and for a
 * controlled substance the fresh second factor and the PDMP check it relied on. Once signed the database
 * refuses any change but the transmission status (Migration20261129160000_medications).
 */
@DataClassOf<Prescription>(DataClass.CLINICAL, { owner: { patientId: (p) => p.patient.id } })
@ObjectType()
@Entity()
@Index({ properties: ['patient', 'createdAt'] })
export class Prescription extends PracticeScopedEntity {
  @ManyToOne('Patient', { ref: true, deleteRule: 'cascade' })
  patient!: Ref<Patient>;

  @ManyToOne('StaffMember', { ref: true })
  draftedBy!: Ref<StaffMember>;

  /** Who signed: the prescriber of record. */
  @ManyToOne('StaffMember', { ref: true, nullable: true })
  prescriber?: Ref<StaffMember> | null;

  @Field({ description: 'Formulary id.' })
  @Property({ type: 'text' })
  drugId!: string;

  @Field()
  @Property({ type: 'text' })
  drugName!: string;

  @Field({ description: 'e.g. "50 mg".' })
  @Property({ type: 'text' })
  strength!: string;

  @Field(() => String, { nullable: true, description: 'e.g. "tablet".' })
  @Property({ type: 'text', nullable: true })
  form?: string | null;

  @Field(() => String, { nullable: true, description: 'DEA schedule (II–V) of a controlled substance.' })
  @Property({ type: 'text', nullable: true })
  controlledSchedule?: ControlledSchedule | null;

  @Field(() => Float)
  @Property({ type: 'double' })
  quantity!: number;

  @Field(() => QuantityUnit)
  @Enum({ items: () => QuantityUnit })
  unit!: QuantityUnit;

  @Field(() => Int)
  @Property({ type: 'integer' })
  refills!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  daysSupply!: number;

  @Field()
  @Property({ type: 'text' })
  sig!: string;

  @Field(() => Boolean, { description: 'False: dispense as written.' })
  @Property({ type: 'boolean', default: true })
  substitutionAllowed: Opt<boolean> = true;

  @Field(() => Pharmacy)
  @Property({ type: 'json' })
  pharmacy!: Pharmacy;

  @Field(() => [PrescriptionAlert], { description: 'Interaction alerts, most severe first.' })
  @Property({ type: 'json' })
  alerts: Opt<PrescriptionAlert[]> = [];

  @Field(() => [String], {
    description: 'Active medications not in the formulary: the screening could not check them.',
  })
  @Property({ type: 'json' })
  unscreenedMedications: Opt<string[]> = [];

  @Field(() => String, { nullable: true, description: 'Why the prescriber went ahead despite the alerts.' })
  @Property({ type: 'text', nullable: true })
  overrideReason?: string | null;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => PrescriptionStatus)
  @Enum({ items: () => PrescriptionStatus, default: PrescriptionStatus.DRAFT })
  status: Opt<PrescriptionStatus> = PrescriptionStatus.DRAFT;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  signedAt?: Date | null;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Date, { nullable: true, description: 'Controlled substances: when the second factor was checked.' })
  @Property({ type: 'timestamptz', nullable: true })
  secondFactorVerifiedAt?: Date | null;

  /** Controlled substances: the PDMP check the signature relied on. */
  @Property({ type: 'uuid', nullable: true })
  pdmpCheckId?: string | null;

  /** NCPDP MessageID of the NewRx sent for it. */
  @Property({ type: 'text', nullable: true })
  messageId?: string | null;

  @Enum({ items: () => TransmissionStatus, nullable: true })
  transmissionStatus?: TransmissionStatus | null;

  @Property({ type: 'timestamptz', nullable: true })
  queuedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  outboxFile?: string | null;
}

/** Where the NewRx went. The message says plainly that no pharmacy network was involved. */
@DataClassOf(DataClass.OPERATIONAL)
@ObjectType()
export class PrescriptionTransmission {
  @Field(() => TransmissionStatus) status!: TransmissionStatus;
  @Field(() => Date) queuedAt!: Date;
  @Field({ description: 'File name of the NewRx message in the outbox.' }) outboxFile!: string;
  @Field() message!: string;
}
