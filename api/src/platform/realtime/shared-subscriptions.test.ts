import type { EntityManager } from '@mikro-orm/postgresql';
import {
  GraphQLBoolean,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type ExecutionResult,
  type GraphQLFieldConfig,
} from 'graphql';
import { PubSub } from 'graphql-subscriptions';
import { AuditReadCollector } from '../audit/audit-read-collector';
import type { RequestContext } from '../context/request-context';
import { Access } from '../permissions/access';
import { Role } from '../permissions/role';
import {
  SHARED_EXECUTION_EXTENSION,
  SharedSubscriptions,
  isSharedExecution,
  liveSubscriptions,
  permissionClassOf,
  subscriptionExecutions,
} from './shared-subscriptions';

// The grouping alone, on a two-field schema with an in-process bus: no database, no sockets.

const pubSub = new PubSub();
let executionContexts: RequestContext[] = [];

/** Reads an audited field, as a guarded CLINICAL field would. */
function noteField(shared: boolean): GraphQLFieldConfig<{ id: string; body: string }, RequestContext> {
  return {
    type: GraphQLString,
    extensions: shared ? { [SHARED_EXECUTION_EXTENSION]: true } : {},
    subscribe: () => pubSub.asyncIterableIterator('notes'),
    resolve: (note, _args, ctx) => {
      executionContexts.push(ctx);
      ctx.auditReads.record('Note', note.id, 'patient-1', 'body', false);
      return note.body;
    },
  };
}

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLBoolean } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: { sharedNote: noteField(true), ownNote: noteField(false) },
  }),
});

function reader(name: string, roles: Role[], careTeam: string[] = [], session = name): RequestContext {
  return {
    requestId: name,
    ip: null,
    em: {} as EntityManager,
    viewer: {
      userId: name,
      practiceId: 'practice-1',
      email: `${name}@example.test`,
      roles,
      staffMemberId: name,
      displayName: name,
      sessionTokenHash: session,
      sessionExpiresAt: new Date(Date.now() + 3_600_000),
    },
    access: new Access({ roles, staffMemberId: name, careTeamPatientIds: new Set(careTeam) }),
    auditReads: new AuditReadCollector(),
    cookies: { setSession: () => undefined, clearSession: () => undefined },
    events: {} as RequestContext['events'],
    mailer: {} as RequestContext['mailer'],
  };
}

interface Harness {
  hub: SharedSubscriptions;
  checks: string[][];
  deadSessions: Set<string>;
  /** `requestId:pending audited reads` of each flush the hub asked for. */
  flushed: string[];
}

function harness(sessionRecheckMs = 10_000): Harness {
  const checks: string[][] = [];
  const deadSessions = new Set<string>();
  const flushed: string[] = [];
  const hub = new SharedSubscriptions({
    sessionRecheckMs,
    liveSessions: async (_em, hashes) => {
      checks.push([...hashes].sort());
      return new Set(hashes.filter((hash) => !deadSessions.has(hash)));
    },
    formatErrors: (errors) => errors.map((error) => ({ message: `masked: ${error.message}`, path: error.path })),
    flushAuditedReads: async (ctx) => void flushed.push(`${ctx.requestId}:${ctx.auditReads.size}`),
  });
  return { hub, checks, deadSessions, flushed };
}

async function subscribe(hub: SharedSubscriptions, ctx: RequestContext, field = 'sharedNote') {
  const result = await hub.subscribe({ schema, document: parse(`subscription { ${field} }`), contextValue: ctx });
  if (!(Symbol.asyncIterator in result)) throw new Error(`not a stream: ${JSON.stringify(result)}`);
  return result;
}

const next = async (stream: AsyncIterator<ExecutionResult>) => (await stream.next()).value as ExecutionResult;
/** What graphql-ws does on `complete` from the client or a closed socket. */
const leave = async (stream: AsyncIterator<ExecutionResult>) => void (await stream.return?.());
let noteId = 0;
const publish = () => pubSub.publish('notes', { id: `n${++noteId}`, body: 'hello' });

beforeEach(() => {
  executionContexts = [];
});

it('readers of one class share one execution, and every recipient has the audited read to flush', async () => {
  const { hub } = harness();
  const readers = ['a', 'b', 'c'].map((name) => reader(name, [Role.FRONT_DESK]));
  const streams = await Promise.all(readers.map((ctx) => subscribe(hub, ctx)));
  expect(hub.stats()).toEqual({ groups: 1, members: 3 });

  const before = subscriptionExecutions();
  await publish();
  const results = await Promise.all(streams.map(next));
  expect(subscriptionExecutions() - before).toBe(1);
  expect(results.map((result) => result.data)).toEqual(readers.map(() => ({ sharedNote: 'hello' })));
  expect(new Set(results).size).toBe(1); // the very same result object
  expect(readers.map((ctx) => ctx.auditReads.size)).toEqual([1, 1, 1]);
  expect(executionContexts).toHaveLength(1);
  expect(isSharedExecution(executionContexts[0]!)).toBe(true);
  await Promise.all(streams.map(leave));
});

it('subscribers with a socket get one serialized string; their audited reads are written first', async () => {
  const { hub, flushed } = harness();
  const readers = ['a', 'b', 'c'].map((name) => reader(name, [Role.FRONT_DESK]));
  const sent: Record<string, string[]> = { a: [], b: [] };
  hub.attach(readers[0]!, { id: 'op-a', send: (message) => sent.a!.push(String(message)) });
  hub.attach(readers[1]!, { id: 'op-b', send: (message) => sent.b!.push(String(message)) });
  const streams = await Promise.all(readers.map((ctx) => subscribe(hub, ctx)));

  const before = subscriptionExecutions();
  await publish();
  const streamed = await next(streams[2]!); // no socket attached: through its stream (graphql-ws onNext)
  expect(subscriptionExecutions() - before).toBe(1);
  expect(streamed.data).toEqual({ sharedNote: 'hello' });
  expect(sent).toEqual({
    a: ['{"id":"op-a","type":"next","payload":{"data":{"sharedNote":"hello"}}}'],
    b: ['{"id":"op-b","type":"next","payload":{"data":{"sharedNote":"hello"}}}'],
  });
  expect(flushed.sort()).toEqual(['a:1', 'b:1']);

  await leave(streams[0]!);
  await publish();
  await next(streams[2]!);
  expect(sent.a).toHaveLength(1); // left: nothing more is sent to it
  expect(sent.b).toHaveLength(2);
  await Promise.all(streams.map(leave));
});

it('a subscriber whose audit row cannot be written gets the error instead of the data, and leaves', async () => {
  const failing = new SharedSubscriptions({
    liveSessions: async (_em, hashes) => new Set(hashes),
    formatErrors: (errors) => errors.map((error) => ({ message: error.message })),
    flushAuditedReads: async (ctx) => {
      if (ctx.requestId === 'b') throw new Error('audit table unavailable');
    },
  });
  const readers = ['a', 'b'].map((name) => reader(name, [Role.FRONT_DESK]));
  const sent: Record<string, string[]> = { a: [], b: [] };
  for (const ctx of readers) {
    failing.attach(ctx, { id: ctx.requestId, send: (message) => sent[ctx.requestId]!.push(String(message)) });
  }
  const streams = await Promise.all(readers.map((ctx) => subscribe(failing, ctx)));
  const live = liveSubscriptions();
  await publish();
  await expect(streams[1]!.next()).rejects.toThrow('audit table unavailable');
  expect(sent.a).toHaveLength(1);
  expect(sent.b).toEqual([]);
  expect(liveSubscriptions()).toBe(live - 1);
  expect(failing.stats()).toEqual({ groups: 1, members: 1 });
  await Promise.all(streams.map(leave));
});

it('row-scoped readers share only when what decides their rows is equal', async () => {
  // One clinician in two tabs: same care team (in any order), same authored notes.
  const same = [reader('c1', [Role.CLINICIAN], ['p1', 'p2']), reader('c1', [Role.CLINICIAN], ['p2', 'p1'])];
  const otherTeam = reader('c1', [Role.CLINICIAN], ['p1']);
  // Psychotherapy notes are read by their author only: another clinician never shares, even with an equal team.
  const otherAuthor = reader('c2', [Role.CLINICIAN], ['p1', 'p2']);
  expect(permissionClassOf(same[0]!)).toBe(permissionClassOf(same[1]!));
  expect(permissionClassOf(otherTeam)).not.toBe(permissionClassOf(same[0]!));
  expect(permissionClassOf(otherAuthor)).not.toBe(permissionClassOf(same[0]!));
  // Front desk staff hold no row-scoped read: their staff ids do not split them.
  expect(permissionClassOf(reader('d1', [Role.FRONT_DESK]))).toBe(permissionClassOf(reader('d2', [Role.FRONT_DESK])));
  expect(permissionClassOf(reader('d1', [Role.FRONT_DESK]))).not.toBe(
    permissionClassOf(reader('m1', [Role.PRACTICE_MANAGER])),
  );

  const { hub } = harness();
  const streams = await Promise.all([...same, otherTeam, otherAuthor].map((ctx) => subscribe(hub, ctx)));
  expect(hub.stats()).toEqual({ groups: 3, members: 4 });
  const before = subscriptionExecutions();
  await publish();
  await Promise.all(streams.map(next));
  expect(subscriptionExecutions() - before).toBe(3);
  await Promise.all(streams.map(leave));
});

it('checks the sessions of a group in one call, at most once per interval; a dead one gets UNAUTHENTICATED', async () => {
  const { hub, checks, deadSessions } = harness(60_000);
  const readers = [
    reader('a', [Role.FRONT_DESK], [], 'session-1'),
    reader('b', [Role.FRONT_DESK], [], 'session-1'),
    reader('c', [Role.FRONT_DESK], [], 'session-2'),
  ];
  const streams = await Promise.all(readers.map((ctx) => subscribe(hub, ctx)));
  await publish();
  await Promise.all(streams.map(next));
  expect(checks).toEqual([['session-1', 'session-2']]);

  deadSessions.add('session-2');
  await publish();
  await Promise.all(streams.map(next));
  expect(checks).toHaveLength(1); // confirmed a moment ago: not asked again

  const late = reader('d', [Role.FRONT_DESK], [], 'session-2');
  const lateStream = await subscribe(hub, late);
  const before = subscriptionExecutions();
  await publish();
  const [a, b, c, d] = await Promise.all([...streams, lateStream].map(next));
  expect(checks).toEqual([['session-1', 'session-2'], ['session-2']]); // only the newcomer was due
  expect(subscriptionExecutions() - before).toBe(1);
  expect(a!.data).toEqual({ sharedNote: 'hello' });
  expect(b!.data).toEqual({ sharedNote: 'hello' });
  expect(c!.data).toEqual({ sharedNote: 'hello' }); // still within its interval
  expect(d!.data).toEqual({ sharedNote: null });
  expect(d!.errors?.map((error) => [error.message, error.path])).toEqual([['Sign in to continue.', ['sharedNote']]]);
  expect(late.auditReads.size).toBe(0); // refused: nothing was read

  // With a socket, the refusal is masked and sent like any other event.
  const sent: string[] = [];
  const another = reader('e', [Role.FRONT_DESK], [], 'session-2');
  hub.attach(another, { id: 'op-e', send: (message) => sent.push(String(message)) });
  const anotherStream = await subscribe(hub, another);
  await publish();
  await Promise.all([...streams, lateStream].map(next));
  expect(sent.map((text) => JSON.parse(text))).toEqual([
    {
      id: 'op-e',
      type: 'next',
      payload: {
        data: { sharedNote: null },
        errors: [{ message: 'masked: Sign in to continue.', path: ['sharedNote'] }],
      },
    },
  ]);
  await Promise.all([...streams, lateStream, anotherStream].map(leave));
});

it('the last member leaving ends the group and its bus subscription', async () => {
  const { hub } = harness();
  const streams = await Promise.all(['a', 'b'].map((name) => subscribe(hub, reader(name, [Role.FRONT_DESK]))));
  const pending = streams[0]!.next();
  await leave(streams[0]!);
  expect(await pending).toEqual({ value: undefined, done: true });
  expect(hub.stats()).toEqual({ groups: 1, members: 1 });
  await leave(streams[1]!);
  expect(hub.stats()).toEqual({ groups: 0, members: 0 });
  const before = subscriptionExecutions();
  await publish();
  await new Promise((resolve) => setImmediate(resolve));
  expect(subscriptionExecutions() - before).toBe(0);
});

it('a subscription not marked shareable runs once per subscriber with its own context', async () => {
  const { hub, checks } = harness();
  const readers = ['a', 'b'].map((name) => reader(name, [Role.FRONT_DESK]));
  const streams = await Promise.all(readers.map((ctx) => subscribe(hub, ctx, 'ownNote')));
  expect(hub.stats()).toEqual({ groups: 0, members: 0 });
  const before = subscriptionExecutions();
  await publish();
  const results = await Promise.all(streams.map(next));
  expect(subscriptionExecutions() - before).toBe(2);
  expect(results.map((result) => result.data)).toEqual([{ ownNote: 'hello' }, { ownNote: 'hello' }]);
  expect(executionContexts.sort((x, y) => x.requestId.localeCompare(y.requestId))).toEqual(readers);
  expect(checks).toEqual([]); // its resolver checks the session itself
  await Promise.all(streams.map(leave));
});
