import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  isNonNullType,
  Kind,
  locatedError,
  print,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type GraphQLError,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { AuditReadCollector } from '../audit/audit-read-collector';
import type { RequestContext } from '../context/request-context';
import { unauthenticatedError } from '../errors/domain-error';
import type { AccessSubject } from '../permissions/access';
import { ReadScope, scopesForRoles } from '../permissions/policy';

/**
 * Live subscriptions executed once per event for each group of subscribers who would get the
 * same answer, instead of once per subscriber.
 *
 * Why: graphql-ws on its own runs the selection (resolvers, field guards) for every subscriber
 * of every event, about 3x the cost of serializing one payload and sending it to every socket
 * (STACK.md; performance.md R5 and goal G8). A calendar open at 1,000 desks made 1,000
 * executions of the same selection over the same payload.
 *
 * A group is the subscribers whose operation (document text, operation name, variables) and
 * permission class (practice, roles, and what decides their row-scoped reads: care team,
 * emergency grants, consents, own staff or patient id; see `permissionClassOf`) are equal. Such
 * subscribers would get byte-identical results, so the group executes each event once, with a
 * context shared by the group, masks its errors once, serializes it once and sends the same
 * string to every member's socket (graphql-ws would JSON.stringify the message per subscriber;
 * only the `{"id":…,"type":"next","payload":` prefix differs). Each member's audited reads are
 * still written under its own name: the shared context records every read into each
 * recipient's collector, written before the send, as `onNext` does for other subscriptions.
 *
 * Stays per member: the subscription's authorisation when it starts (the root field's
 * `subscribe` runs with the member's own context), the session check (a member whose session
 * was logged out or expired gets UNAUTHENTICATED instead of data; checked for the whole group in
 * one call, at most every 10 s per member, as before), and leaving (unsubscribe or a closed
 * socket removes the member; the last member out ends the group's event stream).
 *
 * Only root fields marked `@SharedExecution()` are grouped: the mark says the field's result
 * depends on nothing but the event, the arguments and the reader's permission class (not on the
 * viewer's id, not on a per-subscriber query). Every other subscription runs per subscriber,
 * as graphql-js `subscribe` would.
 */

/** The field extension that marks a subscription root field as shareable. */
export const SHARED_EXECUTION_EXTENSION = 'handoffSharedExecution';

/**
 * Marks a subscription whose result depends only on the event payload, its arguments and the
 * reader's permission class: subscribers with equal ones share one execution per event.
 */
export function SharedExecution() {
  return Extensions({ [SHARED_EXECUTION_EXTENSION]: true });
}

/** How many times a subscription selection has been executed for an event, shared or not (benchmarks read it). */
let executionCount = 0;
export function subscriptionExecutions(): number {
  return executionCount;
}

/** Subscriptions of this process that are registered and receive events (tests wait for it). */
let memberCount = 0;
export function liveSubscriptions(): number {
  return memberCount;
}

const sharedContexts = new WeakSet<RequestContext>();

/** True for a group's execution context: the group confirmed every recipient's session before this event. */
export function isSharedExecution(ctx: RequestContext): boolean {
  return sharedContexts.has(ctx);
}

/** Which sessions (by token hash) are still live: logged-out, expired or idle ones are left out. */
export type LiveSessions = (em: EntityManager, tokenHashes: string[]) => Promise<ReadonlySet<string>>;

export interface SharedSubscriptionsOptions {
  liveSessions: LiveSessions;
  /** Errors as a client may see them (masked, security.md GQL-06); applied once per group and event. */
  formatErrors: (errors: readonly GraphQLError[], ctx: RequestContext) => GraphQLFormattedError[];
  /** Writes a subscriber's audited reads, before the event carrying them is sent. */
  flushAuditedReads: (ctx: RequestContext) => Promise<void>;
  /** How long a confirmed session is trusted before the next event re-checks it. */
  sessionRecheckMs?: number;
}

/** A subscriber's socket and operation id, so a group can send it the shared `next` message itself. */
export interface SubscriberChannel {
  id: string;
  /** One complete graphql-ws message, UTF-8 JSON: to be sent as a text frame. */
  send(message: Buffer): void;
}

const CLOSING_BRACE = Buffer.from('}');

const channels = new WeakMap<RequestContext, SubscriberChannel>();

const sortedIds = (ids: ReadonlySet<string> | undefined) => [...(ids ?? [])].sort().join(',');

/** What, besides the roles, decides which rows a scope lets the reader see. */
function rowScopeInputs(scope: ReadScope, subject: AccessSubject): string[] {
  switch (scope) {
    case ReadScope.ALL:
      return [];
    case ReadScope.CARE_TEAM:
      return [`care:${sortedIds(subject.careTeamPatientIds)}`, `emergency:${sortedIds(subject.emergencyPatientIds)}`];
    case ReadScope.CARE_TEAM_WITH_CONSENT:
      return [
        `care:${sortedIds(subject.careTeamPatientIds)}`,
        `emergency:${sortedIds(subject.emergencyPatientIds)}`,
        `consent:${sortedIds(subject.substanceUseConsentPatientIds)}`,
      ];
    case ReadScope.AUTHOR:
      return [`author:${subject.staffMemberId ?? ''}`];
    case ReadScope.SELF:
    case ReadScope.SELF_RELEASED:
      return [`self:${subject.patientId ?? ''}`];
  }
}

/**
 * The reader's permission class: two viewers with equal classes get the same answer from every
 * field guard and operation rule. Roles decide the scopes (and the root rules); a row-scoped
 * scope adds what it depends on. So all front desk staff of a practice (or all its managers,
 * or billers) share one class, while a clinician, who reads psychotherapy notes as their author
 * and demographics by care team, is a class of their own (shared by their own open tabs).
 * Conservative on purpose: it does not look at which classes the operation actually selects.
 */
export function permissionClassOf(ctx: RequestContext): string {
  const subject = ctx.access.subject;
  const parts = [`practice:${ctx.viewer?.practiceId ?? ''}`, `roles:${[...subject.roles].sort().join(',')}`];
  const scopes = new Set([...scopesForRoles(subject.roles).values()].flat());
  for (const scope of [...scopes].sort()) parts.push(...rowScopeInputs(scope, subject));
  return createHash('sha256').update(parts.join('\n')).digest('base64url');
}

/** JSON with sorted object keys, so `{a, b}` and `{b, a}` variables make the same key. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The single root field of a subscription (validation allows exactly one), through fragments. */
function rootFieldOf(document: DocumentNode, selectionSet: SelectionSetNode): FieldNode | undefined {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) return selection;
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldOf(document, selection.selectionSet);
    const fragment = document.definitions.find(
      (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
    );
    if (fragment?.kind === Kind.FRAGMENT_DEFINITION) return rootFieldOf(document, fragment.selectionSet);
  }
  return undefined;
}

interface SharedOperation {
  key: string;
  rootField: FieldNode;
  /** The field may be null, so a refused event is `{ field: null }` rather than `null`. */
  nullable: boolean;
}

/** The group key of a subscription, or null when it must run per subscriber. */
function sharedOperationOf(args: ExecutionArgs, ctx: RequestContext): SharedOperation | null {
  if (!ctx.viewer) return null;
  const operation: OperationDefinitionNode | null | undefined = getOperationAST(args.document, args.operationName);
  if (operation?.operation !== 'subscription') return null;
  const rootField = rootFieldOf(args.document, operation.selectionSet);
  const field = rootField && args.schema.getSubscriptionType()?.getFields()[rootField.name.value];
  if (!rootField || !field?.extensions?.[SHARED_EXECUTION_EXTENSION]) return null;
  const key = createHash('sha256')
    .update(args.document.loc?.source.body ?? print(args.document))
    .update('\0')
    .update(args.operationName ?? '')
    .update('\0')
    .update(stableJson(args.variableValues ?? {}))
    .update('\0')
    .update(permissionClassOf(ctx))
    .digest('base64url');
  return { key, rootField, nullable: !isNonNullType(field.type) };
}

/** One subscriber's stream of results; ends when the client unsubscribes or the socket closes. */
class MemberStream implements AsyncIterableIterator<ExecutionResult> {
  private readonly queue: ExecutionResult[] = [];
  private waiting: { resolve: (next: IteratorResult<ExecutionResult>) => void; reject: (e: unknown) => void } | null =
    null;
  private finished = false;
  private failure: { error: unknown } | null = null;

  constructor(private readonly onLeave: () => void) {}

  get isFinished(): boolean {
    return this.finished;
  }

  push(result: ExecutionResult): void {
    if (this.finished) return;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = null;
      waiting.resolve({ value: result, done: false });
    } else this.queue.push(result);
  }

  /** The group's stream ended (with an error, if it failed): deliver what is queued, then stop. */
  end(failure?: { error: unknown }): void {
    if (this.finished) return;
    this.finished = true;
    this.failure = failure ?? null;
    const waiting = this.waiting;
    this.waiting = null;
    if (!waiting) return;
    if (failure) waiting.reject(failure.error);
    else waiting.resolve({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve({ value: queued, done: false });
    if (this.finished) {
      const failure = this.failure;
      this.failure = null;
      return failure ? Promise.reject(failure.error) : Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  /** Called by graphql-ws on `complete` from the client or when the socket closes. */
  return(): Promise<IteratorResult<ExecutionResult>> {
    if (!this.finished) {
      this.finished = true;
      this.queue.length = 0;
      this.waiting?.resolve({ value: undefined, done: true });
      this.waiting = null;
      this.onLeave();
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

interface Member {
  readonly ctx: RequestContext;
  readonly stream: MemberStream;
  /** Sends a serialized result as this member's `next` message; absent: results go through its stream. */
  readonly send: ((payloadJson: Buffer) => void) | null;
  /** When the member's session was last confirmed live (0: never). */
  sessionConfirmedAt: number;
  /** Logged out, expired or idle: a session never comes back, so it is not asked again. */
  sessionDead: boolean;
}

/** Records an audited read for every member the current event is being executed for. */
class RecipientsAuditReads extends AuditReadCollector {
  constructor(private readonly recipients: () => readonly Member[]) {
    super();
  }

  override record(...read: Parameters<AuditReadCollector['record']>): void {
    for (const member of this.recipients()) member.ctx.auditReads.record(...read);
  }
}

/**
 * The subscribers sharing one event stream and one execution per event. A group of one
 * (`shared` null) is a subscription that cannot be shared: it executes with its own context and
 * its resolvers check the session themselves, exactly as graphql-js `subscribe` would run it.
 */
class Group {
  readonly members = new Set<Member>();
  private readonly context: RequestContext;
  private recipients: readonly Member[] = [];
  private closed = false;

  constructor(
    private readonly hub: SharedSubscriptions,
    private readonly shared: SharedOperation | null,
    private readonly args: ExecutionArgs,
    private readonly source: AsyncIterator<unknown>,
    template: RequestContext,
  ) {
    this.context = shared ? this.sharedContext(template) : template;
    void this.pump();
  }

  get open(): boolean {
    return !this.closed;
  }

  join(ctx: RequestContext): MemberStream {
    const stream = new MemberStream(() => this.leave(member));
    const channel = this.shared ? channels.get(ctx) : undefined;
    // Bytes, not strings: gluing a string per member and encoding it again cost more than the copy.
    const prefix = channel && Buffer.from(`{"id":${JSON.stringify(channel.id)},"type":"next","payload":`);
    const member: Member = {
      ctx,
      stream,
      send:
        channel && prefix
          ? (payloadJson) => {
              if (stream.isFinished) return;
              channel.send(Buffer.concat([prefix, payloadJson, CLOSING_BRACE], prefix.length + payloadJson.length + 1));
            }
          : null,
      sessionConfirmedAt: 0,
      sessionDead: false,
    };
    this.members.add(member);
    memberCount += 1;
    return stream;
  }

  /** The execution context of a shared group: the first member's viewer and access, which every member's equal. */
  private sharedContext(template: RequestContext): RequestContext {
    const ctx: RequestContext = {
      requestId: randomUUID(),
      ip: null,
      em: template.em,
      viewer: template.viewer,
      access: template.access,
      auditReads: new RecipientsAuditReads(() => this.recipients),
      cookies: template.cookies,
      events: template.events,
      mailer: template.mailer,
    };
    sharedContexts.add(ctx);
    return ctx;
  }

  private leave(member: Member): void {
    if (this.members.delete(member)) memberCount -= 1;
    if (this.members.size === 0) this.close();
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.hub.forget(this);
    // Unsubscribes from the event bus; the pending next() resolves as done and the pump stops.
    void this.source.return?.();
  }

  get key(): string | null {
    return this.shared?.key ?? null;
  }

  private async pump(): Promise<void> {
    let failure: { error: unknown } | undefined;
    try {
      for (;;) {
        const event = await this.source.next();
        if (event.done || this.closed) break;
        await this.deliver(event.value);
      }
    } catch (error) {
      failure = { error };
    }
    this.close();
    for (const member of this.members) member.stream.end(failure);
    memberCount -= this.members.size;
    this.members.clear();
  }

  private async deliver(payload: unknown): Promise<void> {
    const members = [...this.members];
    const live = this.shared ? await this.withLiveSessions(members) : members;
    if (live.length === 0) return;
    this.recipients = live;
    let result: ExecutionResult;
    try {
      result = await execute({ ...this.args, rootValue: payload, contextValue: this.context });
    } finally {
      this.recipients = [];
    }
    executionCount += 1;
    this.broadcast(await this.withAuditedReadsWritten(live), result);
  }

  /** The result to every recipient: one masked, serialized string for those with a socket. */
  private broadcast(recipients: readonly Member[], result: ExecutionResult): void {
    let payloadJson: Buffer | undefined;
    for (const member of recipients) {
      if (!member.send) {
        member.stream.push(result);
        continue;
      }
      payloadJson ??= Buffer.from(
        JSON.stringify(
          result.errors ? { ...result, errors: this.hub.formatErrors(result.errors, this.context) } : result,
        ),
      );
      member.send(payloadJson);
    }
  }

  /**
   * Members sent to directly have no `onNext` to write their audited reads, so they are written
   * here, before the data leaves, as `onNext` does: a member whose audit row could not be written
   * gets the error and its subscription ends, instead of the data. Returns who may receive it.
   */
  private async withAuditedReadsWritten(recipients: Member[]): Promise<Member[]> {
    const pending = recipients.filter((member) => member.send && member.ctx.auditReads.size > 0);
    if (pending.length === 0) return recipients;
    const outcomes = await Promise.allSettled(pending.map((member) => this.hub.flushAuditedReads(member.ctx)));
    const refused = new Set<Member>();
    outcomes.forEach((outcome, i) => {
      if (outcome.status === 'fulfilled') return;
      const member = pending[i]!;
      refused.add(member);
      member.stream.end({ error: outcome.reason });
      this.leave(member);
    });
    return refused.size === 0 ? recipients : recipients.filter((member) => !refused.has(member));
  }

  /**
   * Confirms the sessions not checked in the last interval, in one call for the group; members
   * whose session is gone get UNAUTHENTICATED for this event instead of data. Returns the rest.
   */
  private async withLiveSessions(members: Member[]): Promise<Member[]> {
    const now = Date.now();
    const due = members.filter(
      (member) => !member.sessionDead && now - member.sessionConfirmedAt >= this.hub.sessionRecheckMs,
    );
    let unconfirmed: ReadonlySet<Member> = new Set();
    if (due.length > 0) {
      const hashes = [...new Set(due.map((member) => member.ctx.viewer!.sessionTokenHash))];
      try {
        const live = await this.hub.liveSessions(this.context.em, hashes);
        for (const member of due) {
          if (live.has(member.ctx.viewer!.sessionTokenHash)) member.sessionConfirmedAt = now;
          else member.sessionDead = true;
        }
      } catch (error) {
        // The check itself failed: this event carries the (masked) error; the next one asks again.
        unconfirmed = new Set(due);
        this.broadcast(due, this.refusal(error));
      }
    }
    const dead = members.filter((member) => member.sessionDead);
    if (dead.length > 0) this.broadcast(dead, this.refusal(unauthenticatedError()));
    return members.filter((member) => !member.sessionDead && !unconfirmed.has(member));
  }

  /** What the resolver's own session check used to produce: the field null, the error at its path. */
  private refusal(error: unknown): ExecutionResult {
    const { rootField, nullable } = this.shared!;
    const responseKey = rootField.alias?.value ?? rootField.name.value;
    return {
      data: nullable ? { [responseKey]: null } : null,
      errors: [locatedError(error, [rootField], [responseKey])],
    };
  }
}

/**
 * The `subscribe` of graphql-ws (`useServer({ subscribe: (args) => hub.subscribe(args) })`):
 * authorises each subscriber with its own context, then puts it in its group. Call `attach`
 * from the `context` callback so a group can send to the subscriber's socket itself.
 */
export class SharedSubscriptions {
  private readonly groups = new Map<string, Group>();
  readonly liveSessions: LiveSessions;
  readonly formatErrors: SharedSubscriptionsOptions['formatErrors'];
  readonly flushAuditedReads: SharedSubscriptionsOptions['flushAuditedReads'];
  readonly sessionRecheckMs: number;

  constructor(options: SharedSubscriptionsOptions) {
    this.liveSessions = options.liveSessions;
    this.formatErrors = options.formatErrors;
    this.flushAuditedReads = options.flushAuditedReads;
    this.sessionRecheckMs = options.sessionRecheckMs ?? 10_000;
  }

  /**
   * Tells the hub where this operation's messages go (graphql-ws's `context` callback knows the
   * socket and the operation id; its `subscribe` does not), so a shared group can send to it.
   */
  attach(ctx: RequestContext, channel: SubscriberChannel): void {
    channels.set(ctx, channel);
  }

  async subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const ctx = args.contextValue as RequestContext;
    // The root field's own subscribe() runs for every subscriber: that is where it is authorised.
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source;
    const iterator = source[Symbol.asyncIterator]();
    const shared = sharedOperationOf(args, ctx);
    if (!shared) return new Group(this, null, args, iterator, ctx).join(ctx);
    const existing = this.groups.get(shared.key);
    if (existing?.open) {
      // The group already listens to the same topic: this subscriber's own listener is not needed.
      void iterator.return?.();
      return existing.join(ctx);
    }
    const group = new Group(this, shared, args, iterator, ctx);
    this.groups.set(shared.key, group);
    return group.join(ctx);
  }

  /** Live groups and their members, for tests and diagnostics. */
  stats(): { groups: number; members: number } {
    let members = 0;
    for (const group of this.groups.values()) members += group.members.size;
    return { groups: this.groups.size, members };
  }

  /** @internal A group that closed leaves the index (a later subscriber starts a new one). */
  forget(group: Group): void {
    if (group.key !== null && this.groups.get(group.key) === group) this.groups.delete(group.key);
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
}
