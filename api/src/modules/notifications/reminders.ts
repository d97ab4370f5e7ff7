import type { JobHelpers, Task } from 'graphile-worker';
import type { Mailer } from '../../platform/mail/mailer';
import type { SmsSender } from './sms';

export interface ReminderPayload {
  appointmentId: string;
  startsAt: string;
}

/**
 * Every minute (graphile-worker cron, so once across all API instances): queue one job per
 * appointment entering its practice's reminder window that still has a reminder to send.
 * The job key dedupes the queue; the notification log dedupes the sending.
 */
export const scanDueReminders: Task = async (_payload, helpers) => {
  const { rows } = await helpers.query<{ id: string; starts_at: Date }>(
    `select a.id, a.starts_at
       from appointment a join practice p on p.id = a.practice_id
      where a.starts_at > now() and a.starts_at <= now() + make_interval(hours => p.reminder_hours_before)
        and a.status in ('SCHEDULED', 'CONFIRMED')
        and exists (select 1 from appointment_attendee at join patient pt on pt.id = at.patient_id
                     where at.appointment_id = a.id and cardinality(pt.reminder_channels) > 0
                       and not exists (select 1 from notification_log n
                                        where n.appointment_id = a.id and n.patient_id = pt.id
                                          and n.starts_at = a.starts_at and n.kind = 'REMINDER'))
      limit 1000`,
  );
  for (const row of rows) {
    const startsAt = new Date(row.starts_at).toISOString();
    const payload: ReminderPayload = { appointmentId: row.id, startsAt };
    await helpers.addJob('send-appointment-reminder', payload, { jobKey: `reminder:${row.id}:${startsAt}` });
  }
};

interface ReminderRow {
  practice_id: string;
  practice_name: string;
  time_zone: string;
  facility_name: string;
  provider_name: string;
  telehealth: boolean;
  patient_id: string;
  first_name: string;
  email: string | null;
  mobile_phone: string | null;
  /** A minor's parent or guardian with an email on file: email reminders go to them. */
  guardian_name: string | null;
  guardian_email: string | null;
  channels: string[];
}

function when(startsAt: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(startsAt);
}

/**
 * Sends one appointment's reminders, exactly once per patient, channel and start time: the log
 * row is claimed (unique insert) before sending and released if sending fails, so a retry or a
 * second worker can never send it twice. A visit cancelled or moved since it was queued is skipped.
 */
export function sendAppointmentReminder(outside: { mailer: Mailer; sms: SmsSender }): Task {
  return async (rawPayload, helpers: JobHelpers) => {
    const payload = rawPayload as ReminderPayload;
    const { rows } = await helpers.query<ReminderRow>(
      `select a.practice_id, pr.name as practice_name, f.time_zone, f.name as facility_name,
              s.first_name || ' ' || s.last_name || ', ' || s.credentials as provider_name, t.telehealth,
              pt.id as patient_id, coalesce(pt.preferred_name, pt.legal_first_name) as first_name,
              pt.email, pt.mobile_phone, pt.reminder_channels as channels,
              case when pt.date_of_birth > current_date - interval '18 years' and pt.guarantor_email is not null
                   then pt.guarantor_name end as guardian_name,
              case when pt.date_of_birth > current_date - interval '18 years' then pt.guarantor_email end as guardian_email
         from appointment a
         join practice pr on pr.id = a.practice_id
         join facility f on f.id = a.facility_id
         join staff_member s on s.id = a.provider_id
         join appointment_type t on t.id = a.appointment_type_id
         join appointment_attendee at on at.appointment_id = a.id
         join patient pt on pt.id = at.patient_id
        where a.id = $1 and a.starts_at = $2 and a.status in ('SCHEDULED', 'CONFIRMED')`,
      [payload.appointmentId, payload.startsAt],
    );
    const startsAt = new Date(payload.startsAt);
    for (const row of rows) {
      const visit = [
        `with ${row.provider_name}`,
        `on ${when(startsAt, row.time_zone)}${row.telehealth ? ' (video visit)' : ` at ${row.facility_name}`}.`,
        `To cancel or reschedule, please call ${row.practice_name}.`,
      ].join(' ');
      const text = `Hello ${row.first_name}, this is a reminder of your appointment ${visit}`;
      const guardianText = `Hello ${row.guardian_name}, this is a reminder of ${row.first_name}'s appointment ${visit}`;
      for (const channel of row.channels) {
        const toGuardian = channel === 'EMAIL' && row.guardian_email !== null;
        const to = channel === 'EMAIL' ? (row.guardian_email ?? row.email) : row.mobile_phone;
        if (!to) continue;
        const claimed = await helpers.query(
          `insert into notification_log (practice_id, appointment_id, patient_id, channel, kind, starts_at)
           values ($1, $2, $3, $4, 'REMINDER', $5) on conflict do nothing returning id`,
          [row.practice_id, payload.appointmentId, row.patient_id, channel, startsAt],
        );
        if (claimed.rowCount === 0) continue;
        try {
          if (channel === 'EMAIL') {
            await outside.mailer.send({
              to,
              subject: `Appointment reminder from ${row.practice_name}`,
              text: toGuardian ? guardianText : text,
            });
          } else {
            await outside.sms.send({ to, text });
          }
        } catch (error) {
          await helpers.query('delete from notification_log where id = $1', [claimed.rows[0]!.id]);
          throw error;
        }
      }
    }
  };
}
