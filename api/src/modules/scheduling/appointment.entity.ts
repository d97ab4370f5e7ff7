import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  type Opt,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';
import { StaffMember } from '../identity';
import { Patient } from '../patients';
import { AppointmentType } from './appointment-type.entity';
import { Facility } from './facility.entity';
import { Room } from './room.entity';

export enum AppointmentStatus {
  SCHEDULED = 'SCHEDULED',
  CONFIRMED = 'CONFIRMED',
  ARRIVED = 'ARRIVED',
  IN_SESSION = 'IN_SESSION',
  COMPLETED = 'COMPLETED',
  NO_SHOW = 'NO_SHOW',
  CANCELLED = 'CANCELLED',
  LATE_CANCELLED = 'LATE_CANCELLED',
}
registerEnumType(AppointmentStatus, { name: 'AppointmentStatus' });

/**
 * Statuses that no longer hold the provider's or room's time. The exclusion constraints in the
 * scheduling migration list the same values; keep the two in step.
 */
export const RELEASED_STATUSES: readonly AppointmentStatus[] = [
  AppointmentStatus.CANCELLED,
  AppointmentStatus.LATE_CANCELLED,
  AppointmentStatus.NO_SHOW,
];

export enum SchedulingWarning {
  PATIENT_DOUBLE_BOOKED = 'PATIENT_DOUBLE_BOOKED',
  OUTSIDE_WORKING_HOURS = 'OUTSIDE_WORKING_HOURS',
  DURING_TIME_OFF = 'DURING_TIME_OFF',
  INSURANCE_EXPIRED = 'INSURANCE_EXPIRED',
  NO_TELEHEALTH_CONSENT = 'NO_TELEHEALTH_CONSENT',
}
registerEnumType(SchedulingWarning, {
  name: 'SchedulingWarning',
  description: 'A booking problem staff may override with a reason.',
});

/** A recurring booking: its occurrences are ordinary appointments that point back here. */
@Entity()
export class AppointmentSeries extends PracticeScopedEntity {
  /** RFC 5545 RRULE, e.g. FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10. */
  @Property({ type: 'text' })
  rrule!: string;
}

/**
 * A booked block of a provider's time, with the patients attending it. A provider or a room is
 * never double-booked: PostgreSQL exclusion constraints over tstzrange(startsAt, endsAt) hold
 * that under any concurrency and across API instances. The API shows appointments through
 * AppointmentView (one SQL read), so this entity is the write model only.
 */
@Entity()
@Index({ properties: ['practice', 'facility', 'startsAt'] })
export class Appointment extends PracticeScopedEntity {
  @ManyToOne(() => StaffMember, { ref: true })
  provider!: Ref<StaffMember>;

  @ManyToOne(() => Facility, { ref: true })
  facility!: Ref<Facility>;

  @ManyToOne(() => Room, { ref: true, nullable: true })
  room?: Ref<Room> | null;

  @ManyToOne(() => AppointmentType, { ref: true })
  appointmentType!: Ref<AppointmentType>;

  @ManyToOne(() => AppointmentSeries, { ref: true, nullable: true, index: true })
  series?: Ref<AppointmentSeries> | null;

  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  @Enum({ items: () => AppointmentStatus })
  status: Opt<AppointmentStatus> = AppointmentStatus.SCHEDULED;

  @Property({ type: 'text', nullable: true })
  telehealthUrl?: string | null;

  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  @Enum({ items: () => SchedulingWarning, array: true, default: [] })
  overriddenWarnings: Opt<SchedulingWarning[]> = [];

  @Property({ type: 'text', nullable: true })
  overrideReason?: string | null;

  @OneToMany(() => AppointmentAttendee, (attendee) => attendee.appointment, { orphanRemoval: true })
  attendees = new Collection<AppointmentAttendee>(this);

  /** Send back with a change; a stale version is refused. */
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}

export enum Attendance {
  EXPECTED = 'EXPECTED',
  ATTENDED = 'ATTENDED',
  NO_SHOW = 'NO_SHOW',
  CANCELLED = 'CANCELLED',
}
registerEnumType(Attendance, { name: 'Attendance' });

/** One patient at an appointment (one for individual visits, several for a group). */
@Entity()
@Unique({ properties: ['appointment', 'patient'] })
@Index({ properties: ['patient'] })
export class AppointmentAttendee extends PracticeScopedEntity {
  @ManyToOne(() => Appointment, { ref: true, deleteRule: 'cascade' })
  appointment!: Ref<Appointment>;

  @ManyToOne(() => Patient, { ref: true })
  patient!: Ref<Patient>;

  @Enum({ items: () => Attendance })
  attendance: Opt<Attendance> = Attendance.EXPECTED;
}
