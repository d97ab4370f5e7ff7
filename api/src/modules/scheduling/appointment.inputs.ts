import { ArrayMaxSize, IsOptional, IsUrl, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateOnly } from '../../platform/graphql/scalars';
import { RecurrenceFrequency } from './recurrence';
import { AppointmentStatus, SchedulingWarning } from './appointment.entity';

/** Warnings the user has seen and accepts, with the reason that is kept on the appointment. */
@InputType()
export class WarningOverrideInput {
  @Field(() => [SchedulingWarning]) @ArrayMaxSize(10) warnings!: SchedulingWarning[];
  @Field() @Length(3, 500) reason!: string;
}

@InputType({ description: 'Repeat the booking; give a count or an until date (at most 104 visits).' })
export class RecurrenceInput {
  @Field(() => RecurrenceFrequency) frequency!: RecurrenceFrequency;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(2) @Max(104) count?: number | null;
  @Field(() => DateOnly, { nullable: true, description: 'Last date (facility time) a visit may fall on.' })
  @IsOptional()
  until?: string | null;
}

export enum SeriesScope {
  THIS = 'THIS',
  THIS_AND_FOLLOWING = 'THIS_AND_FOLLOWING',
  ALL = 'ALL',
}
registerEnumType(SeriesScope, {
  name: 'SeriesScope',
  description:
    'Which visits of a recurring series a change applies to (visits already under way or done are never moved).',
});

@InputType()
export class BookAppointmentInput {
  @Field(() => ID) @IsUUID() providerId!: string;
  @Field(() => ID) @IsUUID() facilityId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() roomId?: string | null;
  @Field(() => ID) @IsUUID() appointmentTypeId!: string;
  @Field(() => [ID], { description: 'One patient, or several for a group type.' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  patientIds!: string[];
  @Field(() => Date) startsAt!: Date;
  @Field(() => Int, { nullable: true, description: "Defaults to the type's length." })
  @IsOptional()
  @Min(5)
  @Max(480)
  minutes?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ protocols: ['https'] }) telehealthUrl?: string | null;
  @Field(() => RecurrenceInput, { nullable: true }) @IsOptional() @ValidateNested() recurrence?: RecurrenceInput | null;
  @Field(() => WarningOverrideInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  override?: WarningOverrideInput | null;
}

/** Move and/or resize; only what is sent changes. `version` is the one the calendar showed. */
@InputType()
export class RescheduleAppointmentInput {
  @Field(() => Int) version!: number;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Int) @Min(5) @Max(480) minutes!: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() providerId?: string;
  @Field(() => ID, { nullable: true, description: 'A room, or null for none; absent keeps the room.' })
  @IsOptional()
  @IsUUID()
  roomId?: string | null;
  @Field(() => SeriesScope, { defaultValue: SeriesScope.THIS }) scope!: SeriesScope;
  @Field(() => WarningOverrideInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  override?: WarningOverrideInput | null;
}

@InputType()
export class CancelAppointmentInput {
  @Field(() => Int) version!: number;
  @Field() @Length(3, 500) reason!: string;
  @Field(() => Boolean, {
    nullable: true,
    description: "Late cancellation? Absent: decided by the practice's late-cancellation window.",
  })
  @IsOptional()
  late?: boolean | null;
  @Field(() => Boolean, { defaultValue: false, description: 'Do not charge the late-cancellation or no-show fee.' })
  waiveFee!: boolean;
  @Field(() => SeriesScope, { defaultValue: SeriesScope.THIS }) scope!: SeriesScope;
}

export const SETTABLE_STATUSES = [
  AppointmentStatus.SCHEDULED,
  AppointmentStatus.CONFIRMED,
  AppointmentStatus.ARRIVED,
  AppointmentStatus.IN_SESSION,
  AppointmentStatus.COMPLETED,
  AppointmentStatus.NO_SHOW,
] as const;
