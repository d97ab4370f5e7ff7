import 'reflect-metadata';
import { join, resolve } from 'node:path';
import { logger } from './platform/logger';
import { seedDemo, DEMO_LOGINS } from './seed/seed-demo';
import { DEMO_PASSWORD } from './seed/demo-data';
import { openDatabase } from './server/database';
import { APPS, startHttpServer } from './server/http';
import { buildAppSchema } from './server/schema';
import { createEventBus } from './platform/realtime/event-bus';
import { createMailer } from './platform/mail/mailer';
import { OutboxSmsSender, startWorker } from './modules/notifications';
import { totpFactorService } from './modules/identity';

/**
 * `npm start`: PostgreSQL (DATABASE_URL, or embedded under .data/), migrations, the demo
 * practice on first start (unless --no-demo or HANDOFF_DEMO=false), then the API and apps.
 */
async function main(): Promise<void> {
  const root = resolve(__dirname, '..', '..');
  const production = process.env.NODE_ENV === 'production';
  const withDemo = !process.argv.includes('--no-demo') && process.env.HANDOFF_DEMO !== 'false';
  const database = await openDatabase({
    url: process.env.DATABASE_URL,
    dataDir: process.env.HANDOFF_DATA_DIR ?? resolve(root, '.data'),
    embeddedPort: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  });
  if (withDemo && (await seedDemo(database.orm))) logger.info('demo practices seeded');
  const sealed = await totpFactorService.sealLegacySecrets(database.orm.em.fork());
  if (sealed > 0) logger.info('stored authenticator secrets sealed', { count: sealed });

  const dataDir = process.env.HANDOFF_DATA_DIR ?? resolve(root, '.data');
  const mailer = createMailer({ smtpUrl: process.env.SMTP_URL, outboxDir: join(dataDir, 'outbox') });
  const worker =
    process.env.HANDOFF_WORKER === 'off'
      ? null
      : await startWorker({
          connectionString: database.url,
          mailer,
          sms: new OutboxSmsSender(join(dataDir, 'outbox')),
        });
  const server = await startHttpServer({
    orm: database.orm,
    schema: await buildAppSchema({ enforcePermissions: true }),
    events: createEventBus(process.env.REDIS_URL),
    mailer,
    port: Number(process.env.PORT ?? 4000),
    secureCookies: production && process.env.COOKIE_SECURE !== 'false',
    appsRoot: root,
  });

  const lines = [
    '',
    `Handoff is running on ${server.url}`,
    `  GraphQL            ${server.url}/graphql (HTTP and WebSocket)`,
    ...APPS.map((app) => `  ${app.padEnd(18)} ${server.url}/${app}/`),
    `  database           ${database.embedded ? 'embedded PostgreSQL in .data/postgres' : 'DATABASE_URL'}`,
    `  real time          ${process.env.REDIS_URL ? 'Redis (REDIS_URL)' : 'in-process'}`,
    `  email              ${mailer.outboxDir ? `local outbox, ${server.url}/outbox (set SMTP_URL to send)` : 'SMTP (SMTP_URL)'}`,
  ];
  if (withDemo) {
    lines.push(
      '',
      `Demo logins (password ${DEMO_PASSWORD}):`,
      ...DEMO_LOGINS.map((l) => `  ${l.email.padEnd(28)} ${l.who}`),
    );
  }
  console.log(lines.join('\n') + '\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    await server.close();
    await worker?.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  logger.error('failed to start', { errorName: error instanceof Error ? error.message.slice(0, 300) : String(error) });
  console.error(error);
  process.exit(1);
});
