import type { DatasetInput } from '../../shared/datasets';
import type { Upload } from '../platform/http/read-upload';
import type { z } from 'zod';
import type { UrlResourceInput } from '../../shared/datasets';
import type { Prng } from './prng';

/**
 * Where a demo dataset ends up, walked through the producer → steward flow of Perpres 39/2019
 * Ps 21–22: a draft, handed in (in review), returned with notes, returned and handed in
 * again, published, published after a return, published and then edited (back in review),
 * or published and retired.
 */
export type DemoDatasetFlow = 'draft' | 'in_review' | 'returned' | 'resubmitted' | 'published' | 'republished' | 'edited_after_publish' | 'retired';

export interface DemoFileContext {
  prng: Prng;
  /** the day the data was last updated */
  updatedOn: string;
  agencies: readonly { code: string; name: string }[];
}

export interface DemoDataset {
  producer: string;
  flow: DemoDatasetFlow;
  /** metadata beyond producer and dates, as the factory takes it */
  metadata: Partial<DatasetInput> & Pick<DatasetInput, 'title' | 'classification'>;
  /** the application that produces it, by name in the application catalogue */
  sourceApplication?: string;
  /** days since the last update; beyond one update period the data is outdated (Dumai 18/2019 Ps 11(5)); null: never updated */
  updatedDaysAgo: number | null;
  files?: (c: DemoFileContext) => Promise<Upload[]> | Upload[];
  links?: z.input<typeof UrlResourceInput>[];
  /** the steward's notes when it returns the record */
  returnNotes?: string;
  /** what the producer changes after a return or after publication */
  revision?: Partial<DatasetInput>;
  retireReason?: string;
}

export const year = (day: string) => Number(day.slice(0, 4));
export const month = (day: string) => Number(day.slice(5, 7));
/** the last full year before the update */
export const lastYear = (day: string) => year(day) - 1;
/** the half-year before the update */
export const lastSemester = (day: string): [number, 1 | 2] => (month(day) > 6 ? [year(day), 1] : [year(day) - 1, 2]);
export const lastQuarter = (day: string): [number, number] => {
  const q = Math.ceil(month(day) / 3) - 1;
  return q === 0 ? [year(day) - 1, 4] : [year(day), q];
};

export const openLicence = 'CC BY 4.0';
export const fictional = 'Angka dalam data ini fiktif, dibuat untuk demonstrasi Simpul.';

const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);

/** The period a dataset's latest release covers, by its update frequency (Perpres 39/2019 Ps 7: metadata describes the data). */
export function coverageOf(frequency: string | null | undefined, updatedOn: string | null): { timeCoverageStart: string | null; timeCoverageEnd: string | null } {
  const none = { timeCoverageStart: null, timeCoverageEnd: null };
  if (!updatedOn) return none;
  if (frequency === 'annual' || frequency === 'biennial') return { timeCoverageStart: `${lastYear(updatedOn)}-01-01`, timeCoverageEnd: `${lastYear(updatedOn)}-12-31` };
  if (frequency === 'semiannual') {
    const [y, s] = lastSemester(updatedOn);
    return { timeCoverageStart: `${y}-${s === 1 ? '01' : '07'}-01`, timeCoverageEnd: lastDayOf(y, s === 1 ? 6 : 12) };
  }
  if (frequency === 'quarterly') {
    const [y, q] = lastQuarter(updatedOn);
    return { timeCoverageStart: `${y}-${String(q * 3 - 2).padStart(2, '0')}-01`, timeCoverageEnd: lastDayOf(y, q * 3) };
  }
  if (frequency === 'monthly') {
    const [y, m] = month(updatedOn) === 1 ? [year(updatedOn) - 1, 12] : [year(updatedOn), month(updatedOn) - 1];
    return { timeCoverageStart: `${y}-01-01`, timeCoverageEnd: lastDayOf(y, m) };
  }
  return none;
}
