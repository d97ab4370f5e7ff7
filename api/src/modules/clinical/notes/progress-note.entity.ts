import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../../platform/db/practice-scoped.entity';
import type { StaffMember } from '../../identity';
import type { Patient } from '../../patients';
import type { GroupNote } from './group-note.entity';
import { NoteContent, NoteService } from './note-content';

export enum NoteFormat {
  SOAP = 'SOAP',
  DAP = 'DAP',
  BIRP = 'BIRP',
  GIRP = 'GIRP',
}
registerEnumType(NoteFormat, { name: 'NoteFormat', description: 'How the structured core is presented.' });

export enum NoteStatus {
  DRAFT = 'DRAFT',
  SIGNED = 'SIGNED',
}
registerEnumType(NoteStatus, { name: 'NoteStatus' });

/**
 * The progress note of one patient's session (the medical record, 45 CFR 164.501; HIPAA
 * psychotherapy notes are a different entity). A draft autosaves with optimistic locking;
 * signing locks it for good — the database refuses any later change to its content
 * (Migration20261129120000_progress_notes) and corrections are addenda. A supervisee's note
 * also needs the supervisor's co-signature before it may bill.
 */
@DataClassOf<ProgressNote>(DataClass.CLINICAL, { owner: { patientId: (n) => n.patient.id } })
@ObjectType()
@Entity()
@Unique({ properties: ['appointmentId', 'patient'] })
@Index({ properties: ['author', 'status'] })
@Index({ properties: ['patient', 'dateOfService'] })
export class ProgressNote extends PracticeScopedEntity {
  @ManyToOne('Patient', { ref: true, deleteRule: 'cascade' })
  patient!: Ref<Patient>;

  /** The appointment documented (scheduling's id; notes do not reach into that module's entities). */
  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  appointmentId?: string | null;

  @ManyToOne('StaffMember', { ref: true })
  author!: Ref<StaffMember>;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => String, { description: 'The date of service, YYYY-MM-DD, in the facility’s time zone.' })
  @Property({ type: 'date' })
  dateOfService!: string;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => NoteService)
  @Enum({ items: () => NoteService })
  service!: NoteService;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => NoteFormat)
  @Enum({ items: () => NoteFormat, default: NoteFormat.SOAP })
  format: Opt<NoteFormat> = NoteFormat.SOAP;

  @Field(() => NoteContent)
  @Property({ type: 'json' })
  content: Opt<NoteContent> = {};

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => NoteStatus)
  @Enum({ items: () => NoteStatus, default: NoteStatus.DRAFT })
  status: Opt<NoteStatus> = NoteStatus.DRAFT;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with every save.' })
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  signedAt?: Date | null;

  /** Set when signed by a supervisee: the supervisor who must co-sign. */
  @ManyToOne('StaffMember', { ref: true, nullable: true })
  cosigner?: Ref<StaffMember> | null;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  cosignedAt?: Date | null;

  /** A group member's note: the shared part of the session lives there (service GROUP). */
  @ManyToOne('GroupNote', { ref: true, nullable: true })
  groupNote?: Ref<GroupNote> | null;
}

/** A correction or late entry to a signed note: append-only, signed and timestamped when written. */
@DataClassOf<NoteAddendum>(DataClass.CLINICAL, { owner: { patientId: (a) => a.patient.id } })
@ObjectType()
@Entity()
@Index({ properties: ['note'] })
export class NoteAddendum extends PracticeScopedEntity {
  @ManyToOne(() => ProgressNote, { ref: true, deleteRule: 'cascade' })
  note!: Ref<ProgressNote>;

  @ManyToOne('Patient', { ref: true, deleteRule: 'cascade' })
  patient!: Ref<Patient>;

  @ManyToOne('StaffMember', { ref: true })
  author!: Ref<StaffMember>;

  @Field()
  @Property({ type: 'text' })
  text!: string;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  signedAt!: Date;
}
