import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { DateOnly, DateTimeIso } from '../../../platform/graphql/scalars';
import { AppointmentStatus, Attendance } from '../../scheduling';

/** Where a visit's documentation stands, as "my day" shows it. */
export enum VisitNoteStatus {
  NOT_STARTED = 'NOT_STARTED',
  DRAFT = 'DRAFT',
  AWAITING_COSIGNATURE = 'AWAITING_COSIGNATURE',
  SIGNED = 'SIGNED',
}
registerEnumType(VisitNoteStatus, { name: 'VisitNoteStatus' });

/** One patient of a visit with what is still open for them today. */
@DataClassOf<MyDayPatient>(DataClass.OPERATIONAL, { owner: { patientId: (p) => p.patientId } })
@ObjectType()
export class MyDayPatient {
  @Field(() => ID)
  patientId!: string;

  @DataClassOf(DataClass.DEMOGRAPHIC)
  @Field({ description: 'Preferred (or legal) first name and last name.' })
  displayName!: string;

  @DataClassOf(DataClass.SCHEDULING)
  @Field(() => Attendance)
  attendance!: Attendance;

  @Field(() => ID, { nullable: true })
  noteId?: string | null;

  @Field(() => VisitNoteStatus)
  noteStatus!: VisitNoteStatus;

  @DataClassOf(DataClass.CLINICAL)
  @Field(() => [String], { description: 'Instruments due today (PHQ9, GAD7, ...).' })
  measuresDue!: string[];

  @DataClassOf(DataClass.CLINICAL)
  @Field(() => Int, { description: 'Safety alerts not yet acknowledged.' })
  openSafetyAlerts!: number;

  @DataClassOf(DataClass.CLINICAL)
  @Field(() => DateOnly, { nullable: true, description: 'The active treatment plan is due for review by then.' })
  planReviewDueOn?: string | null;
}

/** One of my appointments today. */
@DataClassOf(DataClass.SCHEDULING)
@ObjectType()
export class MyDayVisit {
  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => ID)
  appointmentId!: string;

  @Field(() => DateTimeIso)
  startsAt!: Date;

  @Field(() => DateTimeIso)
  endsAt!: Date;

  @Field(() => AppointmentStatus)
  status!: AppointmentStatus;

  @Field()
  appointmentTypeName!: string;

  @Field(() => String, { nullable: true, description: 'CPT code the appointment type bills by default.' })
  defaultCpt?: string | null;

  @Field(() => Boolean)
  telehealth!: boolean;

  @Field(() => String, { nullable: true })
  telehealthUrl?: string | null;

  @Field(() => String, { nullable: true })
  roomName?: string | null;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => [MyDayPatient])
  patients!: MyDayPatient[];
}

/** A clinician's day: their appointments in order, each patient's open items beside it. */
@DataClassOf(DataClass.OPERATIONAL)
@ObjectType()
export class MyDay {
  @Field(() => DateOnly, { description: "The day, in the practice's time zone." })
  date!: string;

  @Field({ description: "The practice's IANA time zone: the day's times are shown on its clock." })
  timeZone!: string;

  @Field(() => [ID], { description: 'Facilities to follow live (calendarChanged) for this day.' })
  facilityIds!: string[];

  @DataClassOf(DataClass.SCHEDULING)
  @Field(() => [MyDayVisit])
  visits!: MyDayVisit[];
}
