import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { AuditWriteSubscriber } from '../platform/audit/audit-write.subscriber';
import { ENTITIES } from './entities';
import { MIGRATIONS } from '../migrations';

/** Entities whose writes are not audited row by row (sessions are security bookkeeping, logged as LOGIN/LOGOUT). */
const UNAUDITED = new Set(['Session', 'LoginThrottle', 'AuditEvent']);

function patientIdOf(entityName: string, entity: object): string | null {
  if (entityName === 'Patient') return (entity as { id: string }).id;
  return (entity as { patient?: { id?: string } }).patient?.id ?? null;
}

export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    migrations: {
      migrationsList: MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    subscribers: [new AuditWriteSubscriber({ skipEntities: UNAUDITED, patientIdOf })],
    // Reference.load() and Collection.load() are batched per tick: no N+1 from field resolvers.
    dataloader: true,
    forceUtcTimezone: true,
    // A request forks its own EntityManager; using the global one is a bug, so make it throw.
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: true },
    // Reference data without an entity (read with SQL): schema diffs must not offer to drop it.
    schemaGenerator: { skipTables: ['icd10_code'] },
    pool: { min: 0, max: Number(process.env.DATABASE_POOL_MAX ?? 10) },
    ...overrides,
  });
}
