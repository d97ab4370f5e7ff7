import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../../platform/db/practice-scoped.entity';
import { DateOnly } from '../../../platform/graphql/scalars';
import type { StaffMember } from '../../identity';
import type { Patient } from '../../patients';
import { MeasureInstrument, MeasureSchedule } from './measure-enums';

/**
 * A clinician's order that a patient complete an instrument on a schedule (measurement-based
 * care). Stopped, never deleted: the history says what was asked and when. At most one active
 * assignment per patient and instrument (a partial unique index in the migration).
 */
@DataClassOf<MeasureAssignment>(DataClass.CLINICAL, { owner: { patientId: (a) => a.patient.id } })
@ObjectType({ description: 'An outcome measure a clinician assigned to a patient, with its schedule.' })
@Entity()
@Index({ properties: ['patient'] })
export class MeasureAssignment extends PracticeScopedEntity {
  @ManyToOne('Patient', { ref: true, deleteRule: 'cascade' })
  patient!: Ref<Patient>;

  @Field(() => MeasureInstrument)
  @Enum({ items: () => MeasureInstrument })
  instrument!: MeasureInstrument;

  @Field(() => MeasureSchedule)
  @Enum({ items: () => MeasureSchedule })
  schedule!: MeasureSchedule;

  @Field(() => Int, { nullable: true, description: 'EVERY_N_WEEKS only: the N.' })
  @Property({ type: 'integer', nullable: true })
  intervalWeeks?: number | null;

  @Field(() => DateOnly, { description: 'First day the measure can be due.' })
  @Property({ type: 'date' })
  startsOn!: string;

  @ManyToOne('StaffMember', { ref: true })
  assignedBy!: Ref<StaffMember>;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  stoppedAt?: Date | null;

  @ManyToOne('StaffMember', { ref: true, nullable: true })
  stoppedBy?: Ref<StaffMember> | null;
}
