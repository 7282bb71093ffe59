import { z } from 'zod';

/**
 * What a row of an import does: `valid` a new record (`imported` once saved), `update` a
 * change to the record it names by id or code (`updated` once saved), `unchanged` a row equal
 * to its record, `invalid` a row with problems.
 */
export const importRowStatuses = ['valid', 'invalid', 'imported', 'update', 'updated', 'unchanged'] as const;

/** The row-by-row report of an Excel import; nothing is saved until the user commits. */
export const ImportRowReport = z.object({
  row: z.number().int(),
  status: z.enum(importRowStatuses),
  label: z.string(),
  errors: z.array(z.object({ column: z.string(), code: z.string(), message: z.string() })),
});

export const ImportReport = z
  .object({
    committed: z.boolean(),
    total: z.number().int(),
    /** rows without problems: new, changed and unchanged */
    valid: z.number().int(),
    invalid: z.number().int(),
    /** rows saved: created plus updated */
    imported: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rows: z.array(ImportRowReport),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof ImportReport>;
