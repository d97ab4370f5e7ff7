import { IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateOnly } from '../../../platform/graphql/scalars';
import { MeasureInstrument, MeasureSchedule } from './measure-enums';

@InputType()
export class AssignMeasureInput {
  @Field(() => ID) @IsUUID() patientId!: string;
  @Field(() => MeasureInstrument) @IsEnum(MeasureInstrument) instrument!: MeasureInstrument;
  @Field(() => MeasureSchedule) @IsEnum(MeasureSchedule) schedule!: MeasureSchedule;
  @Field(() => Int, { nullable: true, description: 'Required for EVERY_N_WEEKS (1 to 52); not allowed otherwise.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(52)
  intervalWeeks?: number | null;
  @Field(() => DateOnly, { nullable: true, description: "Defaults to today in the practice's time zone." })
  @IsOptional()
  startsOn?: string | null;
}

/**
 * One answer. Scored items and choice questions take `value`; yes/no questions take `yes`.
 * There is deliberately no place for a total, band or flag: the server computes those.
 */
@InputType()
export class MeasureAnswerInput {
  @Field({ description: 'The item id from measureForm.' }) @Length(1, 64) itemId!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() value?: number | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() yes?: boolean | null;
}

@InputType()
export class RecordMeasureResponsesInput {
  @Field(() => ID) @IsUUID() patientId!: string;
  @Field(() => MeasureInstrument) @IsEnum(MeasureInstrument) instrument!: MeasureInstrument;
  @Field(() => [MeasureAnswerInput]) answers!: MeasureAnswerInput[];
  @Field(() => ID, { nullable: true, description: 'The assignment this completes, when there is one.' })
  @IsOptional()
  @IsUUID()
  assignmentId?: string | null;
}
