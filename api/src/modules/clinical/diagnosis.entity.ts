import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';
import { DateOnly } from '../../platform/graphql/scalars';
import type { Patient } from '../patients';

export enum DiagnosisStatus {
  ACTIVE = 'ACTIVE',
  RESOLVED = 'RESOLVED',
}
registerEnumType(DiagnosisStatus, { name: 'DiagnosisStatus' });

/**
 * A diagnosis on the patient's problem list. The ICD-10-CM code is CODING (billing needs it for
 * claims: minimum necessary), the clinician's formulation is CLINICAL.
 */
@DataClassOf<Diagnosis>(DataClass.CODING, { owner: { patientId: (d) => d.patient.id } })
@ObjectType()
@Entity()
@Index({ properties: ['patient'] })
export class Diagnosis extends PracticeScopedEntity {
  @ManyToOne('Patient', { ref: true, deleteRule: 'cascade' })
  patient!: Ref<Patient>;

  @Field({ description: 'ICD-10-CM code, e.g. F41.1.' })
  @Property()
  icd10Code!: string;

  @Field()
  @Property()
  description!: string;

  @Field(() => Boolean, { description: 'Primary diagnosis: first on claims.' })
  @Property({ type: 'boolean', default: false })
  isPrimary: Opt<boolean> = false;

  @DataClassOf(DataClass.CLINICAL)
  @Field(() => String, { nullable: true, description: "The clinician's formulation and supporting findings." })
  @Property({ type: 'text', nullable: true })
  clinicalNote?: string | null;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => DiagnosisStatus)
  @Enum({ items: () => DiagnosisStatus, default: DiagnosisStatus.ACTIVE })
  status: Opt<DiagnosisStatus> = DiagnosisStatus.ACTIVE;

  @Field(() => DateOnly)
  @Property({ type: 'date' })
  diagnosedOn!: string;

  @DataClassOf(DataClass.CLINICAL)
  @Field(() => DateOnly, { nullable: true, description: 'When the condition began, as far as known.' })
  @Property({ type: 'date', nullable: true })
  onsetDate?: string | null;

  @Field(() => DateOnly, { nullable: true })
  @Property({ type: 'date', nullable: true })
  resolvedOn?: string | null;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Int, { description: 'Order on the problem list and on claims after the primary (1, 2, ...).' })
  @Property({ type: 'int', default: 0 })
  position: Opt<number> = 0;
}
