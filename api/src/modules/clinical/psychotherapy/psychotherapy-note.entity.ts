import { Entity, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../../platform/db/practice-scoped.entity';
import type { StaffMember } from '../../identity';
import type { Patient } from '../../patients';

/**
 * A HIPAA psychotherapy note (45 CFR 164.501): the clinician's own notes analysing a session's
 * conversation, kept apart from the medical record in their own table. Not a GraphQL type itself
 * (see PsychotherapyNoteType), nothing in the record points at it (no relation from Patient,
 * ProgressNote or Appointment), and it is never billed, searched, exported or shown in the portal
 * (the patient's right of access excludes it, 164.524(a)(1)(i)). Time, modality and billing data
 * belong in the progress note.
 */
@Entity()
@Index({ properties: ['patient', 'author'] })
export class PsychotherapyNote extends PracticeScopedEntity {
  @ManyToOne('Patient', { ref: true, deleteRule: 'cascade' })
  patient!: Ref<Patient>;

  @ManyToOne('StaffMember', { ref: true })
  author!: Ref<StaffMember>;

  /** The session it is about (scheduling's id; the appointment itself knows nothing of the note). */
  @Property({ type: 'uuid', nullable: true })
  appointmentId?: string | null;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}

/**
 * The GraphQL face of a psychotherapy note. A class of its own so that every field, id and
 * timestamps included, is PSYCHOTHERAPY_NOTE: any other reader gets no field at all (security.md
 * PN-02, PN-03), and reading any field is audited under the note's id. The field guard reads it
 * for the author and the author's current supervisor only (supervised training, 164.508(a)(2)(i)(B)).
 */
@DataClassOf<PsychotherapyNote>(DataClass.PSYCHOTHERAPY_NOTE, {
  owner: {
    patientId: (note) => note.patient.id,
    authorStaffId: (note) => note.author.id,
    // Only a loaded author says who supervises them now; an unloaded one reads as "no supervisor".
    authorSupervisorStaffId: (note) => note.author.unwrap().supervisor?.id,
  },
})
@ObjectType('PsychotherapyNote', {
  description: 'A HIPAA psychotherapy note: readable by its author and their supervisor only, never billed.',
})
export class PsychotherapyNoteType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) appointmentId?: string | null;
  @Field() text!: string;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with every update.' }) version!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}
