import { Entity, Enum, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../../platform/db/practice-scoped.entity';
import type { StaffMember } from '../../identity';
import { Modality } from './note-content';
import { NoteStatus } from './progress-note.entity';

/**
 * What every member of a group session shares: when it ran, how, the topic, what the clinician
 * did and the narrative of the session. Written once; each member's note shows it beside that
 * member's own part. It must not name members: it goes into every member's chart.
 */
@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType()
@InputType('GroupSharedContentInput')
export class GroupSharedContent {
  @Field(() => Date, { nullable: true }) sessionStart?: Date | null;
  @Field(() => Date, { nullable: true }) sessionEnd?: Date | null;
  @Field(() => Modality, { nullable: true }) modality?: Modality | null;
  @Field(() => String, { nullable: true }) topic?: string | null;
  @Field(() => [String], { nullable: true, description: 'Codes from noteVocabulary.interventions.' })
  interventions?: string[] | null;
  @Field(() => String, { nullable: true }) interventionNotes?: string | null;
  @Field(() => String, { nullable: true, description: 'The session as a whole; never name a member here.' })
  narrative?: string | null;
}

/**
 * The note of one group session (90853): the shared part here, and one ProgressNote per attendee
 * (service GROUP, `groupNote` set) holding that member's own part. Members' charts see their own
 * note only; this record, which lists every member, is for the author. Signed with all its member
 * notes in one transaction, then locked like them (Migration20261129170000).
 */
@DataClassOf(DataClass.OPERATIONAL)
@ObjectType()
@Entity()
@Unique({ properties: ['appointmentId'] })
export class GroupNote extends PracticeScopedEntity {
  @Field(() => String)
  @Property({ type: 'uuid' })
  appointmentId!: string;

  @ManyToOne('StaffMember', { ref: true })
  author!: Ref<StaffMember>;

  @Field(() => String, { description: 'The date of service, YYYY-MM-DD, in the facility’s time zone.' })
  @Property({ type: 'date' })
  dateOfService!: string;

  /**
   * Not a GraphQL field here: this type lists every member, so the shared text is read through
   * each member's ProgressNote.groupSession, where the read is scoped and audited per patient.
   */
  @Property({ type: 'json' })
  shared: Opt<GroupSharedContent> = {};

  @Field(() => NoteStatus)
  @Enum({ items: () => NoteStatus, default: NoteStatus.DRAFT })
  status: Opt<NoteStatus> = NoteStatus.DRAFT;

  @Field(() => Int, { description: 'Optimistic-lock version of the shared part: send it back with every save.' })
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  signedAt?: Date | null;
}
