import type { TestProject } from 'vitest/node';
import { startSimpul, type SimpulWorld } from './simpul-process';

declare module 'vitest' {
  export interface ProvidedContext {
    simpul: SimpulWorld;
  }
}

/**
 * One Simpul process per run, shared by every file of the layer: PGlite by default,
 * the PostgreSQL server with TEST_DB=pg (as the rest of the suite).
 */
export default async function setup(project: TestProject) {
  const running = await startSimpul(process.env.TEST_DB === 'pg' ? 'postgres' : 'pglite');
  project.provide('simpul', running.world);
  return running.stop;
}
