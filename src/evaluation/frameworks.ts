import data59 from '../../resources/frameworks/permenpanrb-59-2020.json';
import data8 from '../../resources/frameworks/permenpanrb-8-2026.json';
import { parseFramework } from './framework-schema';
import type { EvaluationFramework, FrameworkId } from './types';

/**
 * The frameworks Simpul ships, validated when this module loads: bad framework data stops the
 * process at start-up instead of producing a wrong index. To replace one, replace its JSON file
 * (docs/evaluation.md); no code changes.
 */
export const evaluationFrameworks: Readonly<Record<FrameworkId, EvaluationFramework>> = {
  'permenpanrb-59-2020': parseFramework(data59),
  'permenpanrb-8-2026': parseFramework(data8),
};

for (const [id, framework] of Object.entries(evaluationFrameworks)) {
  if (framework.id !== id) throw new Error(`framework file for ${id} declares id ${framework.id}`);
}

export function findFramework(id: FrameworkId): EvaluationFramework {
  return evaluationFrameworks[id];
}
