import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class WritePsychotherapyNoteInput {
  @Field(() => ID) @IsUUID() patientId!: string;
  @Field(() => ID, { nullable: true, description: 'The session the note is about.' })
  @IsOptional()
  @IsUUID()
  appointmentId?: string | null;
  @Field() @Length(1, 20000) text!: string;
}
