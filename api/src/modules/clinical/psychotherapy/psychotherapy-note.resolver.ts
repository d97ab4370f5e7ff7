import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { type PsychotherapyNote, PsychotherapyNoteType } from './psychotherapy-note.entity';
import { WritePsychotherapyNoteInput } from './psychotherapy-note.inputs';
import { psychotherapyNoteService } from './psychotherapy-note.service';

/**
 * The only entry points to psychotherapy notes: no other type has a field leading to them, and no
 * subscription publishes them (both asserted by psychotherapy-notes.int.test.ts on the built schema).
 */
@Resolver(() => PsychotherapyNoteType)
export class PsychotherapyNoteResolver {
  @DataClassOf(DataClass.PSYCHOTHERAPY_NOTE)
  @Query(() => [PsychotherapyNoteType], {
    description: "Your psychotherapy notes about a patient and, as their supervisor, your supervisees' ones.",
  })
  myPsychotherapyNotes(
    @Arg('patientId', () => ID) patientId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PsychotherapyNote[]> {
    return psychotherapyNoteService.listForPatient(ctx, patientId);
  }

  @DataClassOf(DataClass.PSYCHOTHERAPY_NOTE)
  @Query(() => PsychotherapyNoteType, { description: 'One psychotherapy note you wrote or supervise.' })
  psychotherapyNote(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PsychotherapyNote> {
    return psychotherapyNoteService.read(ctx, id);
  }

  @DataClassOf(DataClass.PSYCHOTHERAPY_NOTE)
  @Mutation(() => PsychotherapyNoteType, { description: 'Writes a psychotherapy note about a patient you treat.' })
  writePsychotherapyNote(
    @Arg('input') input: WritePsychotherapyNoteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PsychotherapyNote> {
    return psychotherapyNoteService.write(ctx, input);
  }

  @DataClassOf(DataClass.PSYCHOTHERAPY_NOTE)
  @Mutation(() => PsychotherapyNoteType, { description: 'Rewrites your note; a stale version is refused (CONFLICT).' })
  updatePsychotherapyNote(
    @Arg('id', () => ID) id: string,
    @Arg('text') text: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<PsychotherapyNote> {
    return psychotherapyNoteService.update(ctx, id, text, version);
  }

  @DataClassOf(DataClass.PSYCHOTHERAPY_NOTE)
  @Mutation(() => ID, { description: 'Deletes your note for good; returns its id.' })
  deletePsychotherapyNote(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return psychotherapyNoteService.delete(ctx, id);
  }

  @FieldResolver(() => ID)
  patientId(@Root() note: PsychotherapyNote): string {
    return note.patient.id;
  }

  @FieldResolver(() => ID)
  authorId(@Root() note: PsychotherapyNote): string {
    return note.author.id;
  }
}
