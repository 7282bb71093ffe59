import type { z } from 'zod';
import { InternalPolicyInput, PolicyReviewInput } from '../../shared/internal-policies';

/** The decree that sets an internal policy (Dumai 67/2022 Lampiran BAB II). */
export function buildInternalPolicyInput(overrides: Partial<z.input<typeof InternalPolicyInput>> = {}): z.infer<typeof InternalPolicyInput> {
  return InternalPolicyInput.parse({ title: null, decreeNumber: 'Peraturan Wali Kota Nomor 12 Tahun 2024', decreeDate: '2024-03-01', ...overrides });
}

/** A review report of a policy (laporan hasil reviu dan evaluasi). */
export function buildPolicyReviewInput(overrides: Partial<z.input<typeof PolicyReviewInput>> = {}): z.infer<typeof PolicyReviewInput> {
  return PolicyReviewInput.parse({ reviewedAt: '2025-03-01', summary: 'Kebijakan direviu dan masih sesuai kebutuhan.', followUp: null, ...overrides });
}
