import type { RequestTypeDefinition } from './types';

/**
 * A request type's state machine as a mermaid state diagram, so docs/requests.md is drawn
 * from the declaration and a test keeps the two the same.
 */
export function renderStateDiagram(def: RequestTypeDefinition): string {
  const lines = ['stateDiagram-v2', `  [*] --> ${def.initialState}`];
  for (const t of def.transitions) {
    for (const from of t.from) {
      const line = `  ${from} --> ${t.to}: ${t.name}`;
      if (!lines.includes(line)) lines.push(line);
    }
  }
  for (const s of def.states) if (s.final) lines.push(`  ${s.code} --> [*]`);
  return lines.join('\n');
}
