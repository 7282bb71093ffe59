import type { z } from 'zod';
import { UrlResourceInput } from '../../shared/datasets';

/** A link resource of a dataset (a distribution published elsewhere). */
export function buildUrlResourceInput(overrides: Partial<z.input<typeof UrlResourceInput>> = {}): z.infer<typeof UrlResourceInput> {
  return UrlResourceInput.parse({ name: 'Tautan data', url: 'https://data.example.org/unduh.csv', format: 'CSV', description: null, ...overrides });
}
