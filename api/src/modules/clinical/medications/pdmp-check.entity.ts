import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../../platform/db/practice-scoped.entity';
import type { StaffMember } from '../../identity';
import type { Patient } from '../../patients';

export enum PdmpCheckMethod {
  /** Queried through the PDMP adapter from inside Handoff. */
  INTEGRATED = 'INTEGRATED',
  /** Checked by the prescriber in the state's web portal and attested here. */
  STATE_PORTAL = 'STATE_PORTAL',
}
registerEnumType(PdmpCheckMethod, { name: 'PdmpCheckMethod' });

/**
 * The attestation that a prescriber looked at the patient's PDMP record (domain.md §7.3): who, when, how,
 * and a short summary. Many states allow no storage of the PDMP report itself, so the summary is the
 * prescriber's or the adapter's, never the raw dispensation list.
 */
@DataClassOf<PdmpCheck>(DataClass.CLINICAL, { owner: { patientId: (c) => c.patient.id } })
@ObjectType()
@Entity()
@Index({ properties: ['patient', 'checkedBy', 'checkedAt'] })
export class PdmpCheck extends PracticeScopedEntity {
  @ManyToOne('Patient', { ref: true, deleteRule: 'cascade' })
  patient!: Ref<Patient>;

  @ManyToOne('StaffMember', { ref: true })
  checkedBy!: Ref<StaffMember>;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  checkedAt!: Date;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => PdmpCheckMethod)
  @Enum({ items: () => PdmpCheckMethod })
  method!: PdmpCheckMethod;

  @Field()
  @Property({ type: 'text' })
  resultSummary!: string;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field({ description: 'Where the result came from, e.g. the adapter in use or "state PDMP portal".' })
  @Property({ type: 'text' })
  source!: string;
}
