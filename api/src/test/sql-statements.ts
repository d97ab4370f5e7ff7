import type { TestServer } from './test-server';

/** How many SQL statements the server sent to PostgreSQL while `action` ran (one request at a time). */
export async function statementsDuring(server: TestServer, action: () => Promise<unknown>): Promise<number> {
  const knex = server.orm.em.getConnection().getKnex();
  let statements = 0;
  const count = () => void (statements += 1);
  knex.on('query', count);
  try {
    await action();
  } finally {
    knex.off('query', count);
  }
  return statements;
}
