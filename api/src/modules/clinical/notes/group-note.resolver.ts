import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { GroupNote, GroupSharedContent } from './group-note.entity';
import { groupNoteService } from './group-note.service';
import { noteTimeZone } from './note-time-zone';
import { ProgressNote } from './progress-note.entity';

@DataClassOf(DataClass.OPERATIONAL)
@ObjectType({ description: "What one member's part still needs; members are named by position and note id." })
class GroupMemberGaps {
  @Field(() => Int, { description: 'Position among the group note’s members, from 1.' }) member!: number;
  @Field(() => ID) noteId!: string;
  @Field(() => ID) patientId!: string;
  @Field(() => [String]) missing!: string[];
}

@DataClassOf(DataClass.OPERATIONAL)
@ObjectType({ description: 'What signing the group note still needs (all empty: ready to sign).' })
class GroupNoteGapsView {
  @Field(() => [String]) shared!: string[];
  @Field(() => [GroupMemberGaps], { description: 'Only members with something missing.' })
  members!: GroupMemberGaps[];
}

@Resolver(() => GroupNote)
export class GroupNoteResolver {
  @DataClassOf(DataClass.CLINICAL)
  @Query(() => GroupNote, { description: 'A group note you wrote.' })
  groupNote(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<GroupNote> {
    return groupNoteService.authoredGroup(ctx, id);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => GroupNote, {
    description: 'Opens the group note of a group appointment, with a member note per attendee (or returns it).',
  })
  startGroupNote(
    @Arg('appointmentId', () => ID) appointmentId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<GroupNote> {
    return groupNoteService.start(ctx, appointmentId);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => GroupNote, {
    description: "Autosave of the shared part; members' parts are saved with saveProgressNoteDraft.",
  })
  saveGroupNoteDraft(
    @Arg('id', () => ID) id: string,
    @Arg('shared', () => GroupSharedContent) shared: GroupSharedContent,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<GroupNote> {
    return groupNoteService.saveShared(ctx, id, shared, version);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => GroupNote, {
    description: 'Signs the shared part and every member’s note at once; one charge per member.',
  })
  signGroupNote(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<GroupNote> {
    return groupNoteService.sign(ctx, id, version);
  }

  @FieldResolver(() => [ProgressNote], {
    description: "Each member's note (their part plus the shared part as groupSession).",
  })
  members(@Root() group: GroupNote, @Ctx() ctx: RequestContext): Promise<ProgressNote[]> {
    return groupNoteService.members(ctx.em, group);
  }

  @FieldResolver(() => String, {
    description: "The IANA time zone the session times are entered and shown in (the appointment's facility).",
  })
  timeZone(@Root() group: GroupNote, @Ctx() ctx: RequestContext): Promise<string> {
    return noteTimeZone(ctx, group.appointmentId);
  }

  @FieldResolver(() => GroupNoteGapsView)
  async missingForSignature(@Root() group: GroupNote, @Ctx() ctx: RequestContext): Promise<GroupNoteGapsView> {
    return groupNoteService.gaps(group, await groupNoteService.members(ctx.em, group));
  }
}
