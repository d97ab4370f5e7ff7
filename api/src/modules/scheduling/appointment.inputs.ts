import { ArrayMaxSize, IsOptional, IsUrl, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AppointmentStatus, SchedulingWarning } from './appointment.entity';

/** Warnings the user has seen and accepts, with the reason that is kept on the appointment. */
@InputType()
export class WarningOverrideInput {
  @Field(() => [SchedulingWarning]) @ArrayMaxSize(10) warnings!: SchedulingWarning[];
  @Field() @Length(3, 500) reason!: string;
}

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
  @Field(() => WarningOverrideInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  override?: WarningOverrideInput | null;
}

@InputType()
export class CancelAppointmentInput {
  @Field(() => Int) version!: number;
  @Field() @Length(3, 500) reason!: string;
  @Field(() => Boolean, { description: 'Inside the late-cancellation window (the fee comes with the ledger).' })
  late!: boolean;
}

export const SETTABLE_STATUSES = [
  AppointmentStatus.SCHEDULED,
  AppointmentStatus.CONFIRMED,
  AppointmentStatus.ARRIVED,
  AppointmentStatus.IN_SESSION,
  AppointmentStatus.COMPLETED,
  AppointmentStatus.NO_SHOW,
] as const;
