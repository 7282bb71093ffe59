import { v7 } from 'uuid';

/** Time-ordered UUIDv7, generated in the app so ids sort by creation and shard well. */
export function newId(): string {
  return v7();
}
