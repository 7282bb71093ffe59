import type { z } from 'zod';
import { SelfAssessmentInput, TeamInput, VerificationInput } from '../../shared/evaluations';

/** A coordination or assessor team (Dumai 67/2022 Ps 33(4)-(5)), without a decree unless given. */
export function buildTeamInput(memberUserIds: string[], overrides: Partial<z.input<typeof TeamInput>> = {}): z.infer<typeof TeamInput> {
  return TeamInput.parse({ memberUserIds, ...overrides });
}

/** An agency's answer for one indicator. */
export function buildSelfAssessmentInput(level: number, overrides: Partial<z.input<typeof SelfAssessmentInput>> = {}): z.infer<typeof SelfAssessmentInput> {
  return SelfAssessmentInput.parse({ level, ...overrides });
}

/** An assessor's verification: agreement, or another level with the note that says why. */
export function buildVerificationInput(overrides: Partial<z.input<typeof VerificationInput>> = {}): z.infer<typeof VerificationInput> {
  return VerificationInput.parse({ decision: 'agree', ...overrides });
}
