import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../server/orm-config';
import { startHttpServer, type RunningServer } from '../server/http';
import { buildAppSchema } from '../server/schema';
import { createEventBus } from '../platform/realtime/event-bus';
import type { Runner } from 'graphile-worker';
import { createMailer } from '../platform/mail/mailer';
import { OutboxSmsSender, startWorker } from '../modules/notifications';

export interface TestServer extends RunningServer {
  orm: MikroORM;
  /** The job queue, when started with `worker: true`. */
  worker: Runner | null;
}

/** The real server (Apollo + graphql-ws + permissions) on a free port, against the test database. */
export async function startTestServer(
  options: { redisUrl?: string; smtpUrl?: string; worker?: boolean } = {},
): Promise<TestServer> {
  const url = process.env.HANDOFF_TEST_DATABASE_URL;
  if (!url) throw new Error('HANDOFF_TEST_DATABASE_URL is set by jest globalSetup');
  const orm = await MikroORM.init(ormConfig(url, { pool: { min: 0, max: 5 } }));
  const outboxDir = join(tmpdir(), `handoff-test-outbox-${process.pid}`);
  const mailer = createMailer({ smtpUrl: options.smtpUrl, outboxDir });
  const worker = options.worker
    ? await startWorker({ connectionString: url, mailer, sms: new OutboxSmsSender(outboxDir), pollInterval: 200 })
    : null;
  const server = await startHttpServer({
    orm,
    schema: await buildAppSchema({ enforcePermissions: true }),
    events: createEventBus(options.redisUrl),
    mailer,
    port: 0,
    host: '127.0.0.1',
    secureCookies: false,
    appsRoot: '/nonexistent',
  });
  return {
    ...server,
    orm,
    worker,
    close: async () => {
      await server.close();
      await worker?.stop();
      await orm.close(true);
    },
  };
}

/** Set in the environment to run the tests that need Redis (several API instances). */
export const testRedisUrl = process.env.REDIS_URL;

/**
 * Two API instances sharing Redis for the enclosing `describe`: started before its tests, closed
 * after. Read `a` and `b` inside tests (they are set in beforeAll).
 */
export function twoInstancesViaRedis(): { a: TestServer; b: TestServer } {
  const instances = {} as { a: TestServer; b: TestServer };
  beforeAll(async () => {
    instances.a = await startTestServer({ redisUrl: testRedisUrl });
    instances.b = await startTestServer({ redisUrl: testRedisUrl });
  });
  afterAll(async () => {
    await instances.a.close();
    await instances.b.close();
  });
  return instances;
}
