import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { groupBy, requestLoader } from '../../../platform/graphql/request-loader';
import { Charge } from '../../billing';
import { Patient } from '../../patients';
import { withGroupShared } from './group-content';
import { GroupSharedContent } from './group-note.entity';
import type { NoteContent } from './note-content';
import { missingForSignature, sessionMinutes } from './note-completeness';
import { FollowUpBooking, ScheduleFollowUpInput, scheduleFollowUp } from './note-follow-up';
import { NoteSection, renderNote } from './note-formats';
import { NOTE_VOCABULARY } from './note-vocabulary';
import { noteTimeZone } from './note-time-zone';
import { NoteAddendum, NoteFormat, NoteStatus, ProgressNote } from './progress-note.entity';
import { AddNoteAddendumInput, SaveProgressNoteDraftInput, StartProgressNoteInput } from './progress-note.inputs';
import { progressNoteService } from './progress-note.service';

@DataClassOf(DataClass.OPERATIONAL)
@ObjectType({ description: 'One quick-pick option of a note.' })
class VocabularyOption {
  @Field() code!: string;
  @Field() label!: string;
}

@DataClassOf(DataClass.OPERATIONAL)
@ObjectType({ description: 'A list of quick picks (symptoms, interventions, mental status, ...).' })
class VocabularyList {
  @Field() list!: string;
  @Field(() => [VocabularyOption]) options!: VocabularyOption[];
}

/**
 * The note as its chart reads it: a group member's draft shows the session's shared part beside
 * the member's own (once signed, the shared part has been copied into the note itself).
 */
async function chartContent(note: ProgressNote): Promise<NoteContent> {
  if (!note.groupNote || note.status === NoteStatus.SIGNED) return note.content;
  const group = await note.groupNote.load();
  return group ? withGroupShared(note.content, group.shared) : note.content;
}

@Resolver(() => ProgressNote)
export class ProgressNoteResolver {
  @DataClassOf(DataClass.CLINICAL)
  @Query(() => ProgressNote, { description: 'A progress note of a patient on your care team.' })
  progressNote(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ProgressNote> {
    return progressNoteService.reachableNote(ctx, id);
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @Query(() => [VocabularyList], { description: 'The coded quick picks a note editor offers.' })
  noteVocabulary(): VocabularyList[] {
    return Object.entries(NOTE_VOCABULARY).map(([list, options]) => ({
      list,
      options: Object.entries(options).map(([code, label]) => ({ code, label })),
    }));
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => ProgressNote, { description: 'Opens the draft note of an appointment (or returns it).' })
  startProgressNote(@Arg('input') input: StartProgressNoteInput, @Ctx() ctx: RequestContext): Promise<ProgressNote> {
    return progressNoteService.start(ctx, input);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => ProgressNote, { description: 'Autosave of a draft; a stale version is refused (CONFLICT).' })
  saveProgressNoteDraft(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: SaveProgressNoteDraftInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProgressNote> {
    return progressNoteService.saveDraft(ctx, id, input);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => ProgressNote, { description: 'Signs and locks the note.' })
  signProgressNote(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ProgressNote> {
    return progressNoteService.sign(ctx, id, version);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => ProgressNote, { description: "The supervisor's co-signature of a supervisee's signed note." })
  cosignProgressNote(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ProgressNote> {
    return progressNoteService.cosign(ctx, id);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => NoteAddendum, { description: 'Appends a signed, timestamped addendum to a signed note.' })
  addNoteAddendum(@Arg('input') input: AddNoteAddendumInput, @Ctx() ctx: RequestContext): Promise<NoteAddendum> {
    return progressNoteService.addAddendum(ctx, input);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => FollowUpBooking, {
    description:
      "Books the patient's next appointment with the note's author (calendar rules apply) and, on a draft, writes it into the plan.",
  })
  scheduleFollowUpFromNote(
    @Arg('noteId', () => ID) noteId: string,
    @Arg('input') input: ScheduleFollowUpInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FollowUpBooking> {
    return scheduleFollowUp(ctx, noteId, input);
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID, { nullable: true, description: "A group member's note: its group note." })
  groupNoteId(@Root() note: ProgressNote): string | null {
    return note.groupNote?.id ?? null;
  }

  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => GroupSharedContent, {
    nullable: true,
    description: "A group member's note: the session's shared part (never another member's part).",
  })
  async groupSession(@Root() note: ProgressNote): Promise<GroupSharedContent | null> {
    return note.groupNote ? ((await note.groupNote.load())?.shared ?? null) : null;
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => String, {
    description: "The IANA time zone the note's session times are entered and shown in (its appointment's facility).",
  })
  timeZone(@Root() note: ProgressNote, @Ctx() ctx: RequestContext): Promise<string> {
    return noteTimeZone(ctx, note.appointmentId);
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID)
  patientId(@Root() note: ProgressNote): string {
    return note.patient.id;
  }

  @DataClassOf(DataClass.DEMOGRAPHIC)
  @FieldResolver(() => Patient, {
    nullable: true,
    description: "The note's patient: lists of notes (attention, co-signature, group members) show the name.",
  })
  patient(@Root() note: ProgressNote, @Ctx() ctx: RequestContext): Promise<Patient | null> {
    return requestLoader<string, Patient | null>(ctx, 'progressNotePatients', async (ids) => {
      const patients = await ctx.em.find(Patient, { id: { $in: [...ids] } });
      const byId = new Map(patients.map((patient) => [patient.id, patient]));
      return ids.map((id) => byId.get(id) ?? null);
    }).load(note.patient.id);
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID)
  authorId(@Root() note: ProgressNote): string {
    return note.author.id;
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => Int, { nullable: true, description: 'Face-to-face minutes from the documented times.' })
  async minutes(@Root() note: ProgressNote): Promise<number | null> {
    return sessionMinutes(await chartContent(note));
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => Int, { description: 'Hours since the session ended (a draft over 72 hours is late).' })
  async hoursSinceSession(@Root() note: ProgressNote): Promise<number> {
    const content = await chartContent(note);
    const end = content.sessionEnd ? new Date(content.sessionEnd) : note.createdAt;
    return Math.max(0, Math.floor((Date.now() - end.getTime()) / 3_600_000));
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => Boolean, { description: 'Signed by a supervisee and not yet co-signed.' })
  awaitingCosignature(@Root() note: ProgressNote): boolean {
    return note.status === NoteStatus.SIGNED && !!note.cosigner && !note.cosignedAt;
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => [String], { description: 'What signing still needs (empty: ready to sign).' })
  async missingForSignature(@Root() note: ProgressNote): Promise<string[]> {
    return note.status === NoteStatus.DRAFT ? missingForSignature(note.service, await chartContent(note)) : [];
  }

  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => [NoteSection], { description: "The structured core under a format's headings." })
  async rendered(
    @Root() note: ProgressNote,
    @Arg('format', () => NoteFormat, { nullable: true }) format: NoteFormat | null,
  ): Promise<NoteSection[]> {
    return renderNote(await chartContent(note), format ?? note.format);
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => Charge, {
    nullable: true,
    description: 'The charge signing created (codes for clinicians and billers, money for billing).',
  })
  charge(@Root() note: ProgressNote, @Ctx() ctx: RequestContext): Promise<Charge | null> {
    const loader = requestLoader<string, Charge | null>(ctx, 'chargeByNote', async (noteIds) => {
      const rows = await ctx.em.find(Charge, { progressNoteId: { $in: [...noteIds] } });
      const byNote = new Map(rows.map((row) => [row.progressNoteId, row]));
      return noteIds.map((id) => byNote.get(id) ?? null);
    });
    return loader.load(note.id);
  }

  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => [NoteAddendum], { description: 'Addenda, oldest first.' })
  addenda(@Root() note: ProgressNote, @Ctx() ctx: RequestContext): Promise<NoteAddendum[]> {
    const loader = requestLoader<string, NoteAddendum[]>(ctx, 'addendaByNote', async (noteIds) => {
      const rows = await ctx.em.find(NoteAddendum, { note: { $in: [...noteIds] } }, { orderBy: { signedAt: 'asc' } });
      return groupBy(noteIds, rows, (row) => row.note.id);
    });
    return loader.load(note.id);
  }
}

@Resolver(() => Patient)
export class PatientProgressNotesResolver {
  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => [ProgressNote], { description: 'Progress notes, newest session first.' })
  progressNotes(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<ProgressNote[]> {
    const loader = requestLoader<string, ProgressNote[]>(ctx, 'progressNotesByPatient', async (patientIds) => {
      const rows = await ctx.em.find(
        ProgressNote,
        { patient: { $in: [...patientIds] } },
        { orderBy: { dateOfService: 'desc', createdAt: 'desc' } },
      );
      return groupBy(patientIds, rows, (row) => row.patient.id);
    });
    return loader.load(patient.id);
  }
}
