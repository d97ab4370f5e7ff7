import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { AppointmentStatus, Attendance, SchedulingWarning } from './appointment.entity';

/** A patient on a calendar entry: enough to recognise them, nothing more. */
@DataClassOf<AttendeeView>(DataClass.DEMOGRAPHIC, { owner: { patientId: (a) => a.patientId } })
@ObjectType('AppointmentAttendee')
export class AttendeeView {
  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => ID)
  patientId!: string;

  @Field({ description: 'Preferred (or legal) first name and last name.' })
  displayName!: string;

  @DataClassOf(DataClass.SCHEDULING)
  @Field(() => Attendance)
  attendance!: Attendance;
}

/**
 * An appointment as the API shows it (calendar entry and detail alike): read in one SQL
 * statement (no entity hydration: STACK.md) and published as-is to live calendars.
 */
@DataClassOf(DataClass.SCHEDULING)
@ObjectType('Appointment')
export class AppointmentView {
  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => ID)
  id!: string;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => AppointmentStatus)
  status!: AppointmentStatus;

  @Field(() => ID)
  facilityId!: string;

  @Field(() => ID, { nullable: true })
  roomId!: string | null;

  @DataClassOf(DataClass.DIRECTORY)
  @Field(() => String, { nullable: true })
  roomName!: string | null;

  @Field(() => ID)
  providerId!: string;

  @DataClassOf(DataClass.DIRECTORY)
  @Field()
  providerName!: string;

  @DataClassOf(DataClass.DIRECTORY)
  @Field({ description: "Provider's calendar colour, #rrggbb." })
  providerColor!: string;

  @Field(() => ID)
  appointmentTypeId!: string;

  @DataClassOf(DataClass.DIRECTORY)
  @Field()
  appointmentTypeName!: string;

  @DataClassOf(DataClass.DIRECTORY)
  @Field({ description: "Appointment type's colour, #rrggbb." })
  color!: string;

  @Field(() => Boolean)
  telehealth!: boolean;

  @Field(() => String, { nullable: true })
  telehealthUrl!: string | null;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field(() => [SchedulingWarning], { description: 'Warnings staff overrode when booking or moving it.' })
  overriddenWarnings!: SchedulingWarning[];

  @Field(() => String, { nullable: true, description: 'Why the warnings were overridden.' })
  overrideReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The recurring series this visit belongs to.' })
  seriesId!: string | null;

  @Field(() => String, { nullable: true, description: "The series' RFC 5545 RRULE." })
  recurrence!: string | null;

  @Field(() => [AttendeeView])
  attendees!: AttendeeView[];
}

/** A free slot found by `openSlots`. */
@DataClassOf(DataClass.SCHEDULING)
@ObjectType()
export class OpenSlot {
  @Field(() => ID)
  providerId!: string;

  @DataClassOf(DataClass.DIRECTORY)
  @Field()
  providerName!: string;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;
}
