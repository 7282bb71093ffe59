import { z } from 'zod';
import { Uuid } from './common';
import { PastIsoDate } from './dates';
import { internalPolicies, internalPolicyDocuments } from '../regulations/dumai-67-2022/internal-policies';

export const internalPolicyCodes = [...internalPolicies.map((p) => p.code), ...internalPolicyDocuments.map((d) => d.code)] as [string, ...string[]];

export const InternalPolicyInput = z
  .object({
    title: z.string().trim().max(500).nullable().default(null),
    decreeNumber: z.string().trim().min(1).max(200),
    decreeDate: PastIsoDate,
  })
  .meta({ id: 'InternalPolicyInput' });

export const PolicyReviewInput = z
  .object({
    reviewedAt: PastIsoDate,
    summary: z.string().trim().min(3).max(10_000),
    followUp: z.string().trim().max(10_000).nullable().default(null),
  })
  .meta({ id: 'InternalPolicyReviewInput' });

const FileRef = z.object({ id: Uuid, fileName: z.string(), sha256: z.string() }).nullable();

export const PolicyReviewView = z
  .object({ id: Uuid, reviewedAt: z.string(), summary: z.string(), followUp: z.string().nullable(), file: FileRef })
  .meta({ id: 'InternalPolicyReview' });

export const InternalPolicyView = z
  .object({
    code: z.enum(internalPolicyCodes),
    kind: z.enum(['policy', 'document']),
    /** Dumai 67/2022 Lampiran I huruf A–J */
    section: z.string(),
    /** the 59/2020 indicator this policy is evidence for, when it is one of the ten */
    indicator: z.number().int().nullable(),
    id: Uuid.nullable(),
    title: z.string().nullable(),
    decreeNumber: z.string().nullable(),
    decreeDate: z.string().nullable(),
    file: FileRef,
    reviews: z.array(PolicyReviewView),
    review: z.object({ state: z.enum(['not_enacted', 'overdue', 'due_soon', 'current']), dueDate: z.string().nullable() }),
    abilities: z.object({ manage: z.boolean() }),
  })
  .meta({ id: 'InternalPolicy' });

export type InternalPolicyView = z.infer<typeof InternalPolicyView>;
