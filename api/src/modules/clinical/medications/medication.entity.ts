import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../../platform/db/practice-scoped.entity';
import { DateOnly } from '../../../platform/graphql/scalars';
import type { StaffMember } from '../../identity';
import type { Patient } from '../../patients';

export enum MedicationStatus {
  ACTIVE = 'ACTIVE',
  STOPPED = 'STOPPED',
}
registerEnumType(MedicationStatus, { name: 'MedicationStatus' });

/**
 * One line of the patient's medication list: what they take, whoever prescribed it (one of ours, an
 * outside prescriber, or over the counter). Interaction screening reads the active lines and the
 * recently stopped ones (MAOI washout, domain.md §7.2 row 1), so a stopped line is kept, never deleted.
 */
@DataClassOf<Medication>(DataClass.CLINICAL, { owner: { patientId: (m) => m.patient.id } })
@ObjectType()
@Entity()
@Index({ properties: ['patient', 'status'] })
export class Medication extends PracticeScopedEntity {
  @ManyToOne('Patient', { ref: true, deleteRule: 'cascade' })
  patient!: Ref<Patient>;

  @Field(() => String, { nullable: true, description: 'Formulary id when the drug is in the formulary.' })
  @Property({ type: 'text', nullable: true })
  drugId?: string | null;

  @Field({ description: 'The drug as written: the formulary name, or free text.' })
  @Property({ type: 'text' })
  drugName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  strength?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  form?: string | null;

  @Field(() => String, { nullable: true, description: 'Directions, e.g. "1 tablet by mouth daily".' })
  @Property({ type: 'text', nullable: true })
  sig?: string | null;

  /** One of our prescribers; otherwise `outsidePrescriberName` (or neither: over the counter). */
  @ManyToOne('StaffMember', { ref: true, nullable: true })
  prescriber?: Ref<StaffMember> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  outsidePrescriberName?: string | null;

  @Field(() => DateOnly, { nullable: true })
  @Property({ type: 'date', nullable: true })
  startedOn?: string | null;

  @Field(() => DateOnly, { nullable: true })
  @Property({ type: 'date', nullable: true })
  stoppedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is taken for.' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was stopped.' })
  @Property({ type: 'text', nullable: true })
  stopReason?: string | null;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => MedicationStatus)
  @Enum({ items: () => MedicationStatus, default: MedicationStatus.ACTIVE })
  status: Opt<MedicationStatus> = MedicationStatus.ACTIVE;

  /** The prescription that put it on the list, when it was prescribed here. */
  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  prescriptionId?: string | null;
}
