import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const CPT = /^\d{4}[0-9A-Z]$/;

@InputType()
export class AppointmentTypeInput {
  @Field() @Length(1, 100) name!: string;
  @Field(() => Int) @Min(5) @Max(480) defaultMinutes!: number;
  @Field({ description: '#rrggbb' }) @Matches(COLOR) color!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(CPT) defaultCptCode?: string | null;
  @Field(() => Boolean, { defaultValue: false }) telehealth!: boolean;
  @Field(() => Boolean, { defaultValue: false }) group!: boolean;
  @Field(() => Boolean, { defaultValue: true }) active!: boolean;
}

@InputType()
export class WorkingHoursInput {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday ... 7 Sunday.' }) @Min(1) @Max(7) weekday!: number;
  @Field({ description: 'HH:MM, facility time.' }) @Matches(HHMM) startTime!: string;
  @Field({ description: 'HH:MM, facility time.' }) @Matches(HHMM) endTime!: string;
}

@InputType()
export class WeeklyHoursInput {
  @Field(() => [WorkingHoursInput]) @ArrayMaxSize(28) @ValidateNested({ each: true }) blocks!: WorkingHoursInput[];
}

@InputType()
export class TimeOffInput {
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200) reason?: string | null;
}
