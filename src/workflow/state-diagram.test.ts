import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderStateDiagram } from './state-diagram';
import { deriveRequestTypeParams, listRequestTypes } from './types/index';
import { buildDataAccessType } from './types/data-access';

const doc = readFileSync(new URL('../../docs/requests.md', import.meta.url), 'utf8');

describe('docs/requests.md state diagrams', () => {
  for (const def of listRequestTypes(deriveRequestTypeParams(['palu-14-2022'], 'palukota.go.id'))) {
    it(`${def.citations.map((c) => `${c.regulation} Ps ${c.pasal}`).join(', ')}: the ${def.code} diagram matches the declaration`, () => {
      expect(doc).toContain(`\`\`\`mermaid\n${renderStateDiagram(def)}\n\`\`\``);
    });
  }

  it('Palu 14/2022 Ps 9(8), Dumai 18/2019 Ps 12(3): both recommenders draw the same data_access diagram', () => {
    expect(renderStateDiagram(buildDataAccessType({ recommender: 'ict_office' }))).toBe(
      renderStateDiagram(buildDataAccessType({ recommender: 'data_steward' })),
    );
  });

  it('Dumai 18/2019 Ps 19(4): a diagram starts at draft and ends at each final state', () => {
    const diagram = renderStateDiagram(listRequestTypes(deriveRequestTypeParams([], 'dumaikota.go.id'))[3]);
    expect(diagram.split('\n').slice(0, 2)).toEqual(['stateDiagram-v2', '  [*] --> draft']);
    expect(diagram).toContain('  withdrawn --> [*]');
    expect(diagram).toContain('  submitted --> approved: approve');
  });
});
