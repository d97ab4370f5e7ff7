import { Logger, run, type Runner } from 'graphile-worker';
import type { Mailer } from '../../platform/mail/mailer';
import { logger } from '../../platform/logger';
import { scanDueReminders, sendAppointmentReminder } from './reminders';
import type { SmsSender } from './sms';

/** graphile-worker's log lines, at warning level and up, through our logger (no payloads). */
const workerLogger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') logger.warn('job queue', { level, message: message.slice(0, 200) });
});

export interface WorkerOptions {
  connectionString: string;
  mailer: Mailer;
  sms: SmsSender;
  /** Milliseconds between polls for new jobs (graphile-worker also listens for them). */
  pollInterval?: number;
}

/**
 * The PostgreSQL-backed job queue (graphile-worker) inside the API process: jobs survive
 * restarts, and any number of API instances share them safely.
 */
export function startWorker(options: WorkerOptions): Promise<Runner> {
  return run({
    connectionString: options.connectionString,
    concurrency: 2,
    noHandleSignals: true,
    pollInterval: options.pollInterval ?? 2000,
    logger: workerLogger,
    taskList: {
      'scan-due-reminders': scanDueReminders,
      'send-appointment-reminder': sendAppointmentReminder(options),
    },
    crontab: '* * * * * scan-due-reminders ?max=1',
  });
}
