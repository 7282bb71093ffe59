import { describe, expect, it } from 'vitest';
import { regulations } from './catalogue';
import { conflicts } from './conflicts';
import { dumai672022 } from './dumai-67-2022';
import { palu142022 } from './palu-14-2022';
import { evaluateCompliance } from './engine';
import { resolveParams } from './profiles';
import { coordinatingRoles, regulationParams } from './regulation-params';
import { buildReadEvaluationCycle, buildReadModel } from './testing/build-read-model';
import { dumaiProfile } from './testing/profiles';

const obligations = new Map([...palu142022.obligations, ...dumai672022.obligations].map((o) => [o.id, o]));

describe('parameters and conflicts of Palu 14/2022 and Dumai 67/2022', () => {
  it('Palu 14/2022 Ps 47(1), 48(3), 49(2): infrastructure, application and security audits every 24 months', () => {
    expect(regulationParams['palu-14-2022']?.auditCadenceMonths).toEqual({ infrastructure: 24, application: 24, security: 24 });
  });

  it('Dumai 67/2022 Ps 31(3) vs Lampiran I: the stricter yearly audit wins for every scope', () => {
    expect(regulationParams['dumai-67-2022']?.auditCadenceMonths).toEqual({ infrastructure: 12, application: 12, security: 12 });
    const conflict = conflicts.find((c) => c.id === 'dumai-67-2022/ict-audit-cadence');
    expect(conflict).toMatchObject({ stricter: 'dumai-67-2022/lampiran-I-I-annual-audit', weaker: 'dumai-67-2022/31-3' });
  });

  it('Dumai 67/2022: each conflict names two existing obligations, the stricter one not weaker in cadence', () => {
    for (const c of conflicts.filter((x) => x.id.startsWith('dumai-67-2022/') || x.id.startsWith('palu-14-2022/'))) {
      const stricter = obligations.get(c.stricter);
      const weaker = obligations.get(c.weaker);
      expect(stricter, c.stricter).toBeDefined();
      expect(weaker, c.weaker).toBeDefined();
      if (stricter?.cadence?.kind === 'every' && weaker?.cadence?.kind === 'every') {
        expect(stricter.cadence.months).toBeLessThanOrEqual(weaker.cadence.months);
      }
    }
  });

  it('Palu 14/2022 Ps 38(4) vs Dumai 67/2022 Ps 22(3): risk is coordinated with the ICT office and inspectorate in Palu, by the inspectorate alone in Dumai', () => {
    expect(coordinatingRoles['palu-14-2022']?.risk).toEqual({ roles: ['ict_office', 'inspectorate'], citation: { regulation: 'palu-14-2022', pasal: '38', ayat: '4' } });
    expect(coordinatingRoles['dumai-67-2022']?.risk).toEqual({ roles: ['inspectorate'], citation: { regulation: 'dumai-67-2022', pasal: '22', ayat: '3' } });
  });

  it('Palu 14/2022 and Dumai 67/2022: every coordinating role cites an obligation of its own regulation', () => {
    for (const [regulation, areas] of Object.entries(coordinatingRoles)) {
      for (const [area, { citation }] of Object.entries(areas ?? {})) {
        expect(citation.regulation, area).toBe(regulation);
        const id = [`${regulation}/${citation.pasal}`, citation.ayat, citation.huruf].filter(Boolean).join('-');
        const parent = `${regulation}/${citation.pasal}-${citation.ayat}`;
        expect(obligations.has(id) || obligations.has(parent), `${area} ${id}`).toBe(true);
      }
    }
  });

  it('Dumai 67/2022 Ps 31(3) vs Lampiran I: a Dumai tenant from 1 July 2022 resolves a yearly audit cadence', () => {
    expect(resolveParams(dumaiProfile, '2022-07-01').auditCadenceMonths).toEqual({ infrastructure: 12, application: 12, security: 12 });
    expect(resolveParams(dumaiProfile, '2022-06-30').auditCadenceMonths).toEqual({});
  });

  it('Dumai 67/2022 Ps 33(5) vs Lampiran I.J: the optional assessor team reports the mandatory one\'s result with both citations', () => {
    const model = buildReadModel({ asOf: '2024-01-15', evaluations: [buildReadEvaluationCycle({ year: 2024, status: 'open', submittedAt: null, hasAssessorTeamDecree: false })] });
    const results = evaluateCompliance({ profile: dumaiProfile, model, regulations, conflicts });
    const weaker = results.find((r) => r.obligationId === 'dumai-67-2022/lampiran-I-J-assessor-team');
    expect(weaker?.result.status).toBe('not_met');
    expect(weaker?.conflict).toMatchObject({
      stricterId: 'dumai-67-2022/33-5',
      citations: [
        { regulation: 'dumai-67-2022', pasal: '33', ayat: '5' },
        { regulation: 'dumai-67-2022', pasal: 'Lampiran I', huruf: 'J' },
      ],
    });
  });
});
