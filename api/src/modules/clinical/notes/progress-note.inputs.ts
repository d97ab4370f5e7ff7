import { IsEnum, IsInt, IsOptional, IsUUID, Length, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NoteContent, NoteService } from './note-content';
import { NoteFormat } from './progress-note.entity';

@InputType()
export class StartProgressNoteInput {
  @Field(() => ID) @IsUUID() appointmentId!: string;
  @Field(() => ID, { nullable: true, description: 'For a group or family appointment: which attendee.' })
  @IsOptional()
  @IsUUID()
  patientId?: string | null;
  @Field(() => NoteService, { nullable: true, description: 'Defaults from the appointment type.' })
  @IsOptional()
  @IsEnum(NoteService)
  service?: NoteService | null;
  @Field(() => NoteFormat, { nullable: true }) @IsOptional() @IsEnum(NoteFormat) format?: NoteFormat | null;
}

@InputType()
export class SaveProgressNoteDraftInput {
  @Field(() => Int, { description: 'The version the editor last loaded or saved.' }) @IsInt() @Min(1) version!: number;
  @Field(() => NoteContent, { description: 'The whole structured core (autosave sends it all).' })
  content!: NoteContent;
  @Field(() => NoteService, { nullable: true }) @IsOptional() @IsEnum(NoteService) service?: NoteService | null;
  @Field(() => NoteFormat, { nullable: true }) @IsOptional() @IsEnum(NoteFormat) format?: NoteFormat | null;
}

@InputType()
export class AddNoteAddendumInput {
  @Field(() => ID) @IsUUID() noteId!: string;
  @Field() @Length(3, 8000) text!: string;
}
