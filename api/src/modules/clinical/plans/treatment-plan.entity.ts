import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../../platform/db/practice-scoped.entity';
import { DateOnly } from '../../../platform/graphql/scalars';
import type { StaffMember } from '../../identity';
import type { Patient } from '../../patients';
import { TreatmentPlanContent } from './plan-content';

export enum PlanStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(PlanStatus, { name: 'PlanStatus' });

export enum PlanSignatureStatus {
  PENDING = 'PENDING',
  SIGNED = 'SIGNED',
  DECLINED = 'DECLINED',
}
registerEnumType(PlanSignatureStatus, { name: 'PlanSignatureStatus' });

/**
 * One version of a patient's treatment plan (domain.md §6.3 "keep version history"). A patient has
 * at most one DRAFT and one ACTIVE version (partial unique indexes in the migration); activating
 * the draft supersedes the active one. ACTIVE and SUPERSEDED versions are the record of what was
 * in effect: the database refuses any change to them (Migration20261129150000_treatment_plans).
 */
@DataClassOf<TreatmentPlanVersion>(DataClass.CLINICAL, { owner: { patientId: (v) => v.patient.id } })
@ObjectType()
@Entity()
@Unique({ properties: ['patient', 'versionNumber'] })
export class TreatmentPlanVersion extends PracticeScopedEntity {
  @ManyToOne('Patient', { ref: true, deleteRule: 'cascade' })
  patient!: Ref<Patient>;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Int, { description: 'The plan version: 1 for the first plan, then one more per revision.' })
  @Property({ type: 'integer' })
  versionNumber!: number;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => PlanStatus)
  @Enum({ items: () => PlanStatus, default: PlanStatus.DRAFT })
  status: Opt<PlanStatus> = PlanStatus.DRAFT;

  /**
   * Shown as the version's own `problems`, `dischargeCriteria` and `patientParticipation` fields:
   * one level less, so a whole plan read through `patient { treatmentPlan }` fits the query depth limit.
   */
  @Property({ type: 'json' })
  content!: TreatmentPlanContent;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => DateOnly, { nullable: true, description: 'When the plan is next reviewed (set on activation).' })
  @Property({ type: 'date', nullable: true })
  reviewDueOn?: string | null;

  /** Who started this version. */
  @ManyToOne('StaffMember', { ref: true })
  author!: Ref<StaffMember>;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Date, { nullable: true, description: 'When the clinician signed and put it into effect.' })
  @Property({ type: 'timestamptz', nullable: true })
  activatedAt?: Date | null;

  @ManyToOne('StaffMember', { ref: true, nullable: true })
  activatedBy?: Ref<StaffMember> | null;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  supersededAt?: Date | null;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Int, { description: 'Optimistic-lock version of the draft: send it back with every save.' })
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}

/**
 * A request that the patient sign an active plan (their participation, domain.md §6.3). Stored
 * now; the portal page that answers it comes later.
 */
@DataClassOf<TreatmentPlanSignatureRequest>(DataClass.OPERATIONAL, { owner: { patientId: (r) => r.patient.id } })
@ObjectType()
@Entity()
@Index({ properties: ['planVersion'] })
export class TreatmentPlanSignatureRequest extends PracticeScopedEntity {
  @ManyToOne(() => TreatmentPlanVersion, { ref: true, deleteRule: 'cascade' })
  planVersion!: Ref<TreatmentPlanVersion>;

  @ManyToOne('Patient', { ref: true, deleteRule: 'cascade' })
  patient!: Ref<Patient>;

  @ManyToOne('StaffMember', { ref: true })
  requestedBy!: Ref<StaffMember>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  @Field(() => PlanSignatureStatus)
  @Enum({ items: () => PlanSignatureStatus, default: PlanSignatureStatus.PENDING })
  status: Opt<PlanSignatureStatus> = PlanSignatureStatus.PENDING;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  signedAt?: Date | null;
}

/** The plan as a clinician works with it: the version in effect and the revision being drafted. */
@DataClassOf<TreatmentPlan>(DataClass.CLINICAL, { owner: { patientId: (p) => p.patientId } })
@ObjectType()
export class TreatmentPlan {
  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => ID)
  patientId!: string;

  @Field(() => TreatmentPlanVersion, { nullable: true }) active!: TreatmentPlanVersion | null;
  @Field(() => TreatmentPlanVersion, { nullable: true }) draft!: TreatmentPlanVersion | null;
}
