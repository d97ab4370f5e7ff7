import { EventEmitter } from 'node:events';
import { PubSub } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';

/** Fan-out of domain events to subscriptions: in-process by default, Redis across API instances. */
export interface EventBus {
  publish(topic: string, payload: object): Promise<void>;
  subscribe<T>(topic: string): AsyncIterableIterator<T>;
  close(): Promise<void>;
}

/** Every open calendar of a facility listens on one topic: hundreds of listeners are normal. */
function unboundedEmitter(): EventEmitter {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return emitter;
}

class InProcessBus implements EventBus {
  private readonly pubSub = new PubSub({ eventEmitter: unboundedEmitter() });
  publish(topic: string, payload: object) {
    return this.pubSub.publish(topic, payload);
  }
  subscribe<T>(topic: string) {
    return this.pubSub.asyncIterableIterator<T>(topic);
  }
  async close() {}
}

class RedisBus implements EventBus {
  private readonly pubSub: RedisPubSub;
  constructor(url: string) {
    // Publisher and subscriber need separate connections (a subscribed Redis connection can only listen).
    this.pubSub = new RedisPubSub({ publisher: new Redis(url), subscriber: new Redis(url) });
  }
  publish(topic: string, payload: object) {
    return this.pubSub.publish(topic, payload);
  }
  subscribe<T>(topic: string) {
    return this.pubSub.asyncIterableIterator(topic) as AsyncIterableIterator<T>;
  }
  async close() {
    await this.pubSub.close();
  }
}

/** Redis when REDIS_URL is set (several API instances behind a load balancer), else in-process. */
export function createEventBus(redisUrl: string | undefined): EventBus {
  return redisUrl ? new RedisBus(redisUrl) : new InProcessBus();
}
