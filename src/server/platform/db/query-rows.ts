import type { SQL } from 'drizzle-orm';
import type { Queryable } from './database';

/** Raw SQL rows, the same shape on PGlite and node-postgres (both return `{ rows }`). */
export async function queryRows<T = Record<string, unknown>>(db: Queryable, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
