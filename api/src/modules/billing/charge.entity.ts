import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';
import type { StaffMember } from '../identity';
import type { Patient } from '../patients';
import type { Payer } from './payer.entity';

export enum ChargeStatus {
  /** Documentation supports every line: ready for the claim. */
  READY = 'READY',
  /** A documentation check found an error: the finding says what to fix. */
  HELD = 'HELD',
}
registerEnumType(ChargeStatus, { name: 'ChargeStatus' });

export enum FindingSeverity {
  ERROR = 'ERROR',
  WARNING = 'WARNING',
}
registerEnumType(FindingSeverity, {
  name: 'FindingSeverity',
  description: 'ERROR holds the charge; WARNING lets it through.',
});

/** One service line as it will go on the claim (CMS-1500 box 24 / 837P loop 2400). */
@DataClassOf(DataClass.CODING, { embedded: true })
@ObjectType()
export class ChargeLine {
  @Field() cpt!: string;
  @Field(() => [String]) modifiers!: string[];
  @Field(() => Int) units!: number;
  @Field() placeOfService!: string;
  @Field(() => [Int], { description: 'Positions (1-based) in the charge’s diagnosis codes, primary first.' })
  diagnosisPointers!: number[];
}

/** A documentation check's result, written for the person who can fix it. */
@DataClassOf(DataClass.CODING, { embedded: true })
@ObjectType()
export class ChargeFinding {
  @Field({ description: 'Stable rule id, e.g. TIME_SUPPORTS_CODE.' }) ruleId!: string;
  @Field(() => FindingSeverity) severity!: FindingSeverity;
  @Field() message!: string;
  @Field() fix!: string;
}

/**
 * The charge a signed progress note turns into, without anyone re-typing it: CPT lines from the
 * documented service, diagnosis codes from the problem list, fees from the payer's schedule (or
 * the practice default). Codes are CODING (clinicians and billers), money FINANCIAL (billing).
 */
@DataClassOf<Charge>(DataClass.FINANCIAL, { owner: { patientId: (c) => c.patient.id } })
@ObjectType()
@Entity()
@Unique({ properties: ['progressNoteId'] })
@Index({ properties: ['practice', 'status', 'dateOfService'] })
export class Charge extends PracticeScopedEntity {
  @ManyToOne('Patient', { ref: true, deleteRule: 'cascade' })
  patient!: Ref<Patient>;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => String)
  @Property({ type: 'uuid' })
  progressNoteId!: string;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  appointmentId?: string | null;

  @ManyToOne('StaffMember', { ref: true })
  renderingProvider!: Ref<StaffMember>;

  @ManyToOne('Payer', { ref: true, nullable: true })
  payer?: Ref<Payer> | null;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => String)
  @Property({ type: 'date' })
  dateOfService!: string;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => ChargeStatus)
  @Enum({ items: () => ChargeStatus })
  status!: ChargeStatus;

  @DataClassOf(DataClass.CODING)
  @Field(() => [ChargeLine])
  @Property({ type: 'json' })
  lines!: ChargeLine[];

  @DataClassOf(DataClass.CODING)
  @Field(() => [String], { description: 'ICD-10-CM codes in claim order (primary first).' })
  @Property({ type: 'json' })
  diagnosisCodes!: string[];

  @DataClassOf(DataClass.CODING)
  @Field(() => [ChargeFinding])
  @Property({ type: 'json' })
  findings: Opt<ChargeFinding[]> = [];

  @Field(() => [Int], { description: 'The fee of each line, in cents, in line order.' })
  @Property({ type: 'json' })
  lineFeesCents!: number[];

  @Field(() => Int)
  @Property({ type: 'integer' })
  totalCents!: number;
}

/** A fee per CPT code: a payer's, or the practice default (no payer). */
@Entity()
@Unique({ properties: ['practice', 'payer', 'cpt'] })
export class FeeScheduleEntry extends PracticeScopedEntity {
  @ManyToOne('Payer', { ref: true, nullable: true })
  payer?: Ref<Payer> | null;

  @Property()
  cpt!: string;

  @Property({ type: 'integer' })
  feeCents!: number;
}
