import { z } from 'zod';

/** The row-by-row report of an Excel import; nothing is saved until the user commits. */
export const ImportRowReport = z.object({
  row: z.number().int(),
  status: z.enum(['valid', 'invalid', 'imported']),
  label: z.string(),
  errors: z.array(z.object({ column: z.string(), code: z.string(), message: z.string() })),
});

export const ImportReport = z
  .object({
    committed: z.boolean(),
    total: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    imported: z.number().int(),
    rows: z.array(ImportRowReport),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof ImportReport>;
