import { ArrayType, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../../platform/db/practice-scoped.entity';
import type { StaffMember } from '../../identity';
import type { Patient } from '../../patients';
import { MeasureInstrument, SafetyAlertAction } from './measure-enums';
import { SafetyFlagView, type MeasureAdministration } from './measure-administration.entity';

/**
 * A positive suicide-risk screen (PHQ-9/PHQ-A item 9 above 0, a Yes to a PHQ-A suicide
 * question) that needs same-day clinician review and a safety plan whatever the total
 * (domain.md §5). Raised in the transaction that stores the administration, for the patient's
 * care-team clinicians at that moment; stays open until one of them records what they did.
 */
@DataClassOf<SafetyAlert>(DataClass.CLINICAL, { owner: { patientId: (a) => a.patient.id } })
@ObjectType({ description: 'A safety flag raised by a measure, for the treating clinicians to act on.' })
@Entity()
@Index({ properties: ['patient'] })
export class SafetyAlert extends PracticeScopedEntity {
  @ManyToOne('Patient', { ref: true, deleteRule: 'cascade' })
  patient!: Ref<Patient>;

  @ManyToOne('MeasureAdministration', { ref: true, deleteRule: 'cascade' })
  administration!: Ref<MeasureAdministration>;

  @Field(() => MeasureInstrument)
  @Enum({ items: () => MeasureInstrument })
  instrument!: MeasureInstrument;

  @Field(() => [SafetyFlagView])
  @Property({ type: 'json' })
  flags!: SafetyFlagView[];

  /** Staff ids of the clinicians it was raised for (the care team when it was raised). */
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  recipientStaffIds!: string[];

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  acknowledgedAt?: Date | null;

  @ManyToOne('StaffMember', { ref: true, nullable: true })
  acknowledgedBy?: Ref<StaffMember> | null;

  @Field(() => SafetyAlertAction, { nullable: true })
  @Enum({ items: () => SafetyAlertAction, nullable: true })
  action?: SafetyAlertAction | null;

  @Field(() => String, { nullable: true, description: 'What was done, in the clinician’s words.' })
  @Property({ type: 'text', nullable: true })
  actionNote?: string | null;
}
