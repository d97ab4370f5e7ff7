import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../../platform/db/practice-scoped.entity';
import { DateOnly } from '../../../platform/graphql/scalars';
import type { StaffMember } from '../../identity';
import type { Patient } from '../../patients';
import type { Answers } from './scoring';
import { MeasureInstrument, MeasureSource, SeverityLevelValue } from './measure-enums';
import type { MeasureAssignment } from './measure-assignment.entity';

/** The score of one item as the server counted it (a skipped item scores 0). */
@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType()
export class ItemScore {
  @Field() itemId!: string;
  @Field(() => Int, { description: 'Position on the form.' }) number!: number;
  @Field(() => Int) value!: number;
}

/** Why the administration needs same-day review (PHQ-9/PHQ-A item 9, PHQ-A suicide questions). */
@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType()
export class SafetyFlagView {
  @Field() itemId!: string;
  @Field() reason!: string;
}

/**
 * One completed questionnaire. Total, band, item scores and safety flags are computed by the
 * server from the answers with `scoreResponses` and never taken from a client; once written
 * they cannot change (a database trigger, Migration20261129140000_measures).
 */
@DataClassOf<MeasureAdministration>(DataClass.CLINICAL, { owner: { patientId: (a) => a.patient.id } })
@ObjectType({ description: 'A completed outcome measure, scored by the server.' })
@Entity()
@Index({ properties: ['patient', 'instrument', 'administeredAt'] })
export class MeasureAdministration extends PracticeScopedEntity {
  @ManyToOne('Patient', { ref: true, deleteRule: 'cascade' })
  patient!: Ref<Patient>;

  @Field(() => MeasureInstrument)
  @Enum({ items: () => MeasureInstrument })
  instrument!: MeasureInstrument;

  @Field({ description: 'Version of our form (wording, options, scoring) it was scored with.' })
  @Property({ type: 'text' })
  instrumentVersion!: string;

  /** The assignment it fulfils, when it was asked for by one. */
  @ManyToOne('MeasureAssignment', { ref: true, nullable: true, deleteRule: 'set null' })
  assignment?: Ref<MeasureAssignment> | null;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  administeredAt!: Date;

  @Field(() => DateOnly, { description: "The date it was completed, in the practice's time zone." })
  @Property({ type: 'date' })
  administeredOn!: string;

  @Field(() => MeasureSource)
  @Enum({ items: () => MeasureSource })
  source!: MeasureSource;

  /** The clinician who handed over the tablet; null for the portal. */
  @ManyToOne('StaffMember', { ref: true, nullable: true })
  administeredBy?: Ref<StaffMember> | null;

  /** The answers as submitted (validated), the basis of every computed column. */
  @Property({ type: 'json' })
  responses!: Answers;

  @Field(() => [ItemScore])
  @Property({ type: 'json' })
  itemScores!: ItemScore[];

  @Field(() => Int)
  @Property({ type: 'integer' })
  total!: number;

  @Field({ description: 'Severity band label, e.g. "Moderately severe".' })
  @Property({ type: 'text' })
  severityLabel!: string;

  @Field(() => SeverityLevelValue)
  @Enum({ items: () => SeverityLevelValue })
  severityLevel!: SeverityLevelValue;

  @Field(() => Boolean, { nullable: true, description: "At or above the instrument's screening cutoff." })
  @Property({ type: 'boolean', nullable: true })
  positive?: boolean | null;

  @Field({ description: 'Plain-language reading of the result.' })
  @Property({ type: 'text' })
  interpretation!: string;

  @Field(() => [SafetyFlagView], { description: 'Every safety trigger, in form order (empty: none).' })
  @Property({ type: 'json' })
  safetyFlags: Opt<SafetyFlagView[]> = [];
}
