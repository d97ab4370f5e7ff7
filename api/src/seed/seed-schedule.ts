import type { EntityManager } from '@mikro-orm/postgresql';
import type { Practice } from '../platform/db/practice.entity';
import { zonedDate, zonedInstant } from '../platform/time/zoned-time';
import type { StaffMember } from '../modules/identity';
import type { Patient } from '../modules/patients';
import {
  Appointment,
  AppointmentAttendee,
  AppointmentStatus,
  AppointmentType,
  Attendance,
  type Facility,
  type Room,
  WorkingHours,
} from '../modules/scheduling';
import type { Random } from './random';

const TYPES = [
  { key: 'intake', name: 'Intake assessment', defaultMinutes: 60, color: '#7048e8', defaultCptCode: '90791' },
  { key: 'therapy53', name: 'Psychotherapy 53 min', defaultMinutes: 55, color: '#1c7ed6', defaultCptCode: '90837' },
  { key: 'therapy45', name: 'Psychotherapy 45 min', defaultMinutes: 45, color: '#1098ad', defaultCptCode: '90834' },
  {
    key: 'video',
    name: 'Telehealth psychotherapy',
    defaultMinutes: 55,
    color: '#0ca678',
    defaultCptCode: '90837',
    telehealth: true,
  },
  { key: 'meds', name: 'Medication management', defaultMinutes: 30, color: '#e8590c', defaultCptCode: '99214' },
  { key: 'family', name: 'Family therapy', defaultMinutes: 50, color: '#d6336c', defaultCptCode: '90847' },
  { key: 'group', name: 'Group therapy', defaultMinutes: 90, color: '#f59f00', defaultCptCode: '90853', group: true },
] as const;

export interface ScheduleSeed {
  practice: Practice;
  /** Each facility with its rooms and the clinicians who work there (a room each while rooms last). */
  sites: { facility: Facility; rooms: Room[]; clinicians: { staff: StaffMember; prescriber: boolean }[] }[];
  caseloads: Map<StaffMember, Patient[]>;
  /** Appointments are laid out from a week before this day to two weeks after it. */
  today: Date;
}

/**
 * Appointment types, weekday hours 08:00–17:00 and a realistic calendar around `today`:
 * past visits completed (a few no-shows and cancellations), today's partly done, the rest booked.
 * Each clinician keeps one room, so the seed can never double-book one.
 */
export function seedSchedule(tx: EntityManager, random: Random, seed: ScheduleSeed): void {
  const { practice } = seed;
  const types = new Map(TYPES.map(({ key, ...spec }) => [key, tx.create(AppointmentType, { ...spec, practice })]));
  const now = seed.today.getTime();
  // A patient has at most one visit a day, so the demo never double-books anyone.
  const bookedDays = new Set<string>();
  for (const site of seed.sites) {
    const zone = site.facility.timeZone;
    const firstDay = new Date(now - 7 * 86_400_000);
    site.clinicians.forEach(({ staff, prescriber }, index) => {
      const room = site.rooms[index] ?? null;
      for (let weekday = 1; weekday <= 5; weekday++) {
        tx.create(WorkingHours, {
          practice,
          provider: staff,
          facility: site.facility,
          weekday,
          startTime: '08:00',
          endTime: '17:00',
        });
      }
      const caseload = seed.caseloads.get(staff) ?? [];
      if (caseload.length === 0) return;
      for (let day = 0; day < 21; day++) {
        const date = zonedDate(new Date(firstDay.getTime() + day * 86_400_000), zone);
        const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
        if (weekday === 0 || weekday === 6) continue;
        const hours = prescriber
          ? ['08:30', '09:00', '09:30', '10:00', '11:00', '13:00', '13:30', '14:00', '15:00', '16:00']
          : ['09:00', '10:00', '11:00', '13:00', '14:00', '15:00', '16:00'];
        for (const time of hours) {
          if (!random.chance(0.72)) continue;
          const type = prescriber
            ? types.get('meds')!
            : room
              ? types.get(random.pick(['therapy53', 'therapy53', 'therapy45', 'intake', 'family'] as const))!
              : types.get('video')!;
          const patient = [0, 1, 2, 3, 4]
            .map(() => random.pick(caseload))
            .find((p) => !bookedDays.has(`${p.id}:${date}`));
          if (!patient) continue;
          bookedDays.add(`${patient.id}:${date}`);
          const startsAt = zonedInstant(date, time, zone);
          const endsAt = new Date(startsAt.getTime() + type.defaultMinutes * 60_000);
          const appointment = tx.create(Appointment, {
            practice,
            provider: staff,
            facility: site.facility,
            room: type.telehealth ? null : room,
            appointmentType: type,
            startsAt,
            endsAt,
            status: statusFor(random, startsAt, endsAt, now),
            telehealthUrl: type.telehealth ? `https://video.riverbend.example/${staff.id.slice(0, 8)}` : null,
          });
          const attendance =
            appointment.status === AppointmentStatus.COMPLETED || appointment.status === AppointmentStatus.IN_SESSION
              ? Attendance.ATTENDED
              : appointment.status === AppointmentStatus.NO_SHOW
                ? Attendance.NO_SHOW
                : appointment.status === AppointmentStatus.CANCELLED
                  ? Attendance.CANCELLED
                  : Attendance.EXPECTED;
          tx.create(AppointmentAttendee, { practice, appointment, patient, attendance });
        }
      }
    });
  }
}

function statusFor(random: Random, startsAt: Date, endsAt: Date, now: number): AppointmentStatus {
  if (endsAt.getTime() <= now) {
    if (random.chance(0.06)) return AppointmentStatus.NO_SHOW;
    if (random.chance(0.06)) return AppointmentStatus.CANCELLED;
    return AppointmentStatus.COMPLETED;
  }
  if (startsAt.getTime() <= now) return AppointmentStatus.IN_SESSION;
  if (startsAt.getTime() - now < 2 * 3_600_000 && random.chance(0.5)) return AppointmentStatus.ARRIVED;
  return random.chance(0.4) ? AppointmentStatus.CONFIRMED : AppointmentStatus.SCHEDULED;
}
