import { customType } from 'drizzle-orm/pg-core';

/** A generated tsvector column for full-text search (STACK.md: emitted as GENERATED ALWAYS AS … STORED). */
export const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});
