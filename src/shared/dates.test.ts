import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { latestTodayInIndonesia, PastIsoDate } from './dates';
import { ApplicationInput, HandoverItemInput } from './applications';
import { DatasetInput, DatasetUpdate } from './datasets';
import { InternalPolicyInput, PolicyReviewInput } from './internal-policies';
import { TeamInput } from './evaluations';
import { WarningInput } from './periodic-reports';
import { RegulationEntry } from './tenants';

const uuid = '0190b2a4-0000-7000-8000-000000000000';
const dayAfter = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const today = latestTodayInIndonesia();
const tomorrow = dayAfter(today, 1);

/** Every date field that records something that already happened, with a valid record around it. */
const pastDateFields: { name: string; schema: z.ZodType; valid: Record<string, unknown>; field: string }[] = [
  { name: 'internal policy decree', schema: InternalPolicyInput, valid: { decreeNumber: 'Perwal 1/2025', decreeDate: '2025-01-02' }, field: 'decreeDate' },
  { name: 'internal policy review', schema: PolicyReviewInput, valid: { reviewedAt: '2025-06-01', summary: 'Ditinjau bersama' }, field: 'reviewedAt' },
  { name: 'evaluation team decree', schema: TeamInput, valid: { memberUserIds: [], decreeNumber: 'SK 2/2025', decreeDate: '2025-02-01' }, field: 'decreeDate' },
  { name: 'periodic report warning letter', schema: WarningInput, valid: { agencyId: uuid, periodStart: '2025-01-01', number: 'B/1/2025', issuedOn: '2025-04-01', text: 'Teguran tertulis' }, field: 'issuedOn' },
  {
    name: 'application service evaluation',
    schema: ApplicationInput,
    valid: { name: 'Aplikasi', ownerAgencyId: uuid, kind: 'specific', businessFunction: 'Layanan', stage: 'maintenance', platforms: ['web'], lastServiceEvaluationAt: '2025-05-05' },
    field: 'lastServiceEvaluationAt',
  },
  { name: 'handover delivery', schema: HandoverItemInput, valid: { delivered: true, deliveredAt: '2025-03-03' }, field: 'deliveredAt' },
  { name: 'dataset last update', schema: DatasetInput, valid: { title: 'Data Uji', producerAgencyId: uuid, classification: 'public', lastUpdatedAt: '2025-01-31' }, field: 'lastUpdatedAt' },
  { name: 'dataset last update (PATCH)', schema: DatasetUpdate, valid: { lastUpdatedAt: '2025-01-31' }, field: 'lastUpdatedAt' },
];

const issueAt = (schema: z.ZodType, value: unknown, field: string) => {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues.find((i) => i.path[0] === field)?.message ?? null);
};

describe('a date of something that already happened cannot be in the future', () => {
  it('today in the latest Indonesian zone (WIT, UTC+9) is the boundary, so every tenant’s today is accepted', () => {
    expect(latestTodayInIndonesia(new Date('2026-03-01T14:59:59Z'))).toBe('2026-03-01');
    expect(latestTodayInIndonesia(new Date('2026-03-01T15:00:00Z'))).toBe('2026-03-02');
    expect(PastIsoDate.safeParse(today).success).toBe(true);
    expect(PastIsoDate.safeParse(tomorrow).success).toBe(false);
  });

  for (const c of pastDateFields) {
    it(`${c.name}: ${c.field} today or earlier is accepted, tomorrow is DATE_IN_FUTURE`, () => {
      expect(c.schema.safeParse(c.valid).success).toBe(true);
      expect(issueAt(c.schema, { ...c.valid, [c.field]: today }, c.field)).toBeNull();
      expect(issueAt(c.schema, { ...c.valid, [c.field]: tomorrow }, c.field)).toBe('DATE_IN_FUTURE');
    });
  }
});

describe('a period cannot end before it starts', () => {
  it('dataset time coverage: end before start is DATASET_COVERAGE_ORDER, the same day is a valid period', () => {
    const base = { title: 'Data Uji', producerAgencyId: uuid, classification: 'public' };
    expect(issueAt(DatasetInput, { ...base, timeCoverageStart: '2024-02-01', timeCoverageEnd: '2024-01-31' }, 'timeCoverageEnd')).toBe('DATASET_COVERAGE_ORDER');
    expect(issueAt(DatasetUpdate, { timeCoverageStart: '2024-02-01', timeCoverageEnd: '2024-01-31' }, 'timeCoverageEnd')).toBe('DATASET_COVERAGE_ORDER');
    expect(DatasetInput.safeParse({ ...base, timeCoverageStart: '2024-02-01', timeCoverageEnd: '2024-02-01' }).success).toBe(true);
  });
  it('a regulation in force until before it came into force is refused', () => {
    expect(issueAt(RegulationEntry, { regulation: 'dumai-18-2019', effectiveFrom: '2019-04-29', effectiveUntil: '2019-04-28' }, 'effectiveUntil')).toBe('EFFECTIVE_UNTIL_BEFORE_FROM');
  });
});
