import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluationErrorCodes } from './errors';
import { toHundredths } from './fraction';
import { parseFramework } from './framework-schema';
import { evaluationFrameworks, findFramework } from './frameworks';
import type { EvaluationFramework } from './types';

const spbe = findFramework('permenpanrb-59-2020');
const pemdi = findFramework('permenpanrb-8-2026');

const regulationText = readFileSync(new URL('../../resources/reference/PAN_RB_No_59_Tahun_2020_SPBE.txt', import.meta.url), 'utf8');

/** The SALINAN's pages by their header number ("-31-" starts page 31). */
const pages = new Map<number, string>();
{
  let page = 1;
  for (const line of regulationText.replaceAll('\f', '').split('\n')) {
    const header = /^\s*-(\d+)-\s*$/.exec(line);
    if (header) page = Number(header[1]);
    else pages.set(page, `${pages.get(page) ?? ''}${line}\n`);
  }
}

/** Whitespace collapsed and words broken at a line end ("perundang- undangan") joined again. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/(\S)- (?=\S)/g, '$1-').trim();
}

// The questionnaire of indicators 8 and 9 prints its "Pertanyaan :" label between the two lines of
// the question; dropping the label leaves the question as one run of text.
const normalisedRegulation = normalise([...pages.values()].join('\n')).replaceAll('Pertanyaan : ', '');

/** Texts not found verbatim in the regulation (an empty list is a pass, and a failure stays short). */
function findNotInRegulation(texts: readonly string[]): string[] {
  return texts.filter((text) => !normalisedRegulation.includes(normalise(text)));
}

/** Sentences of a text; Tabel 1 prints level names in the left column between the sentences. */
function splitSentences(text: string): string[] {
  return text.split(/(?<=\.) /);
}

function sumWeights(items: readonly { weight: number }[]): number {
  return items.reduce((sum, item) => sum + toHundredths(item.weight), 0) / 100;
}

function rawData(id: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../resources/frameworks/${id}.json`, import.meta.url), 'utf8'));
}

describe('PermenPANRB 59/2020 Lampiran Bab II huruf B angka 1 (Gambar 1, Tabel 3–6): structure', () => {
  it('has 4 domains, 8 aspects and 47 indicators', () => {
    expect(spbe.domains).toHaveLength(4);
    expect(spbe.aspects).toHaveLength(8);
    expect(spbe.indicators).toHaveLength(47);
  });

  it('Gambar 1: aspects hold indicators 1–10, 11–14, 15–18, 19–20, 21–28, 29–31, 32–41, 42–47', () => {
    const ranges = spbe.aspects.map((aspect) => {
      const numbers = spbe.indicators.filter((i) => i.aspect === aspect.number).map((i) => i.number);
      return [Math.min(...numbers), Math.max(...numbers), numbers.length];
    });
    expect(ranges).toEqual([[1, 10, 10], [11, 14, 4], [15, 18, 4], [19, 20, 2], [21, 28, 8], [29, 31, 3], [32, 41, 10], [42, 47, 6]]);
  });

  it('Tabel 3–6: domain 1 holds aspect 1, domain 2 aspects 2–4, domain 3 aspects 5–6, domain 4 aspects 7–8', () => {
    expect(spbe.aspects.map((aspect) => aspect.domain)).toEqual([1, 2, 2, 2, 3, 3, 4, 4]);
  });

  it('Tabel 7–8 names: Kebijakan Internal SPBE … Layanan Publik Berbasis Elektronik', () => {
    expect(spbe.domains?.map((domain) => domain.name)).toEqual(['Kebijakan Internal SPBE', 'Tata Kelola SPBE', 'Manajemen SPBE', 'Layanan SPBE']);
    expect(spbe.aspects[5]?.name).toBe('Pelaksanaan Audit TIK');
    expect(spbe.aspects[6]?.name).toBe('Layanan Administrasi Pemerintahan Berbasis Elektronik');
  });
});

describe('PermenPANRB 59/2020 Lampiran Bab II huruf B angka 2 (Tabel 7–9): weights', () => {
  it('Tabel 7: domain weights 13,00 / 25,00 / 16,50 / 45,50, total 100,00', () => {
    expect(spbe.domains?.map((domain) => domain.weight)).toEqual([13, 25, 16.5, 45.5]);
    expect(sumWeights(spbe.domains ?? [])).toBe(100);
  });

  it('Tabel 8: aspect weights 13 / 10 / 10 / 5 / 12 / 4,5 / 27,5 / 18, total 100,00, and per domain they make Tabel 7', () => {
    expect(spbe.aspects.map((aspect) => aspect.weight)).toEqual([13, 10, 10, 5, 12, 4.5, 27.5, 18]);
    expect(sumWeights(spbe.aspects)).toBe(100);
    for (const domain of spbe.domains ?? []) {
      expect(sumWeights(spbe.aspects.filter((aspect) => aspect.domain === domain.number))).toBe(domain.weight);
    }
  });

  it('Tabel 9: indicator weights 1,30 (1–10), 2,50 (11–20), 1,50 (21–31), 2,75 (32–41), 3,00 (42–47); per aspect they make Tabel 8; total 100,00', () => {
    const expected = (n: number) => (n <= 10 ? 1.3 : n <= 20 ? 2.5 : n <= 31 ? 1.5 : n <= 41 ? 2.75 : 3);
    expect(spbe.indicators.map((indicator) => indicator.weight)).toEqual(spbe.indicators.map((i) => expected(i.number)));
    for (const aspect of spbe.aspects) {
      expect(sumWeights(spbe.indicators.filter((indicator) => indicator.aspect === aspect.number))).toBe(aspect.weight);
    }
    expect(sumWeights(spbe.indicators)).toBe(100);
  });

  it('Tabel 9 weights stand in the regulation text next to each indicator', () => {
    const table9 = normalise([18, 19, 20].map((page) => pages.get(page)).join('\n'));
    for (const indicator of spbe.indicators) {
      const printed = indicator.weight.toFixed(2).replace('.', ',');
      expect(table9).toMatch(new RegExp(`Indikator ${indicator.number} [^,]*?${printed}`));
    }
  });
});

describe('PermenPANRB 59/2020 Lampiran Bab II huruf A (Tabel 1–2) and huruf B angka 5 (Tabel 13)', () => {
  it('Tabel 1 process scale for indicators 1–31 (kebijakan, tata kelola, manajemen), Tabel 2 service scale for 32–47', () => {
    expect(spbe.indicators.filter((i) => i.scale === 'process').map((i) => i.number)).toEqual(
      Array.from({ length: 31 }, (_, index) => index + 1),
    );
    const names = (key: string) => spbe.scales.find((scale) => scale.key === key)?.levels.map((level) => level.name);
    expect(names('process')).toEqual(['Rintisan', 'Terkelola', 'Terdefinisi', 'Terpadu dan Terukur', 'Optimum']);
    expect(names('service')).toEqual(['Informasi', 'Interaksi', 'Transaksi', 'Kolaborasi', 'Optimum']);
  });

  it('Tabel 1–2 level criteria stand verbatim in the regulation text, sentence by sentence', () => {
    const levels = spbe.scales.flatMap((scale) => scale.levels);
    expect(levels.every((level) => level.criterion)).toBe(true);
    expect(findNotInRegulation(levels.flatMap((level) => splitSentences(level.criterion ?? '')))).toEqual([]);
  });

  it('Tabel 13: Memuaskan ≥ 4,2, Sangat Baik ≥ 3,5, Baik ≥ 2,6, Cukup ≥ 1,8, Kurang below', () => {
    expect(spbe.predicates.map((band) => [band.name, band.min])).toEqual([
      ['Memuaskan', 4.2],
      ['Sangat Baik', 3.5],
      ['Baik', 2.6],
      ['Cukup', 1.8],
      ['Kurang', null],
    ]);
    expect(normalise(pages.get(24) ?? '')).toContain('1 4,2 – 5,0 Memuaskan 2 3,5 – < 4,2 Sangat Baik 3 2,6 – < 3,5 Baik 4 1,8 – < 2,6 Cukup 5 < 1,8 Kurang');
  });
});

describe('PermenPANRB 59/2020 Lampiran Bab II huruf E: the questionnaire', () => {
  it('every indicator has its question and five level criteria, verbatim as printed', () => {
    expect(spbe.indicators.every((indicator) => indicator.question && indicator.criteria)).toBe(true);
    const texts = spbe.indicators.flatMap((indicator) => [indicator.question ?? '', ...Object.values(indicator.criteria ?? {})]);
    expect(texts).toHaveLength(47 * 6);
    expect(findNotInRegulation(texts)).toEqual([]);
  });

  it('each questionnaire page reference is the page where "Indikator N :" is printed', () => {
    for (const indicator of spbe.indicators) {
      const firstPage = indicator.questionnaireSource?.pages?.[0] ?? 0;
      expect(pages.get(firstPage)).toMatch(new RegExp(`Indikator ${indicator.number}\\s+:`));
    }
  });

  it('indicator 3 keeps its misprinted criteria table as printed and is marked uncertain', () => {
    const third = spbe.indicators[2]!;
    expect(third.criteria?.['3']).toMatch(/^Kondisi:/);
    expect(third.criteria?.['4']).toMatch(/^Kriteria tingkat 2 telah terpenuhi/);
    expect(third.uncertain?.fields).toEqual(['criteria']);
    expect(spbe.indicators.filter((indicator) => indicator.uncertain).map((indicator) => indicator.number)).toEqual([3]);
  });
});

describe('PermenPANRB 8/2026 (official text not available): data from secondary sources, marked uncertain', () => {
  it('loads with 7 aspects and 20 indicators and no domain level', () => {
    expect(pemdi.domains).toBeUndefined();
    expect(pemdi.aspects).toHaveLength(7);
    expect(pemdi.indicators).toHaveLength(20);
    expect(pemdi.replaces).toEqual(['permenpanrb-59-2020']);
  });

  it('aspect weights 10 / 10 / 15 / 15 / 10 / 15 / 25 are made of their indicator weights and total 100', () => {
    expect(pemdi.aspects.map((aspect) => aspect.weight)).toEqual([10, 10, 15, 15, 10, 15, 25]);
    for (const aspect of pemdi.aspects) {
      expect(sumWeights(pemdi.indicators.filter((indicator) => indicator.aspect === aspect.number))).toBe(aspect.weight);
    }
  });

  it('every value not read in the regulation carries an uncertainty mark with a reason in both languages', () => {
    const marked = [
      pemdi,
      pemdi.method,
      ...pemdi.aspects,
      ...pemdi.indicators,
      ...pemdi.predicates,
      ...pemdi.scales.flatMap((scale) => scale.levels),
    ];
    for (const item of marked) {
      expect(item.uncertain?.reason.id.length).toBeGreaterThan(20);
      expect(item.uncertain?.reason.en.length).toBeGreaterThan(20);
      expect(item.uncertain?.confidence).not.toBe('A');
    }
    expect(pemdi.indicators.find((indicator) => indicator.number === 13)?.uncertain?.reason.en).toContain('weight 4');
  });

  it('predicate bands as reported: Memuaskan ≥ 4,00, Sangat Baik ≥ 3,50, Baik ≥ 2,50, Cukup ≥ 1,50, Kurang from 1,00', () => {
    expect(pemdi.predicates.map((band) => [band.name, band.min, band.stage?.name])).toEqual([
      ['Memuaskan', 4, 'Unggul'],
      ['Sangat Baik', 3.5, 'Melembaga'],
      ['Baik', 2.5, 'Berkembang'],
      ['Cukup', 1.5, 'Membangun'],
      ['Kurang', 1, 'Merintis'],
    ]);
  });
});

describe('framework schema: replacement data must hang together (PermenPANRB 59/2020 Tabel 7–9 rules)', () => {
  const valid = rawData('permenpanrb-59-2020') as EvaluationFramework;

  it('both shipped files parse, and each is registered under its own id', () => {
    expect(parseFramework(rawData('permenpanrb-8-2026')).id).toBe('permenpanrb-8-2026');
    expect(Object.entries(evaluationFrameworks).every(([id, framework]) => framework.id === id)).toBe(true);
  });

  it('refuses indicator weights that do not sum to their aspect weight', () => {
    const broken = structuredClone(valid);
    broken.indicators[0]!.weight = 1.4;
    expect(() => parseFramework(broken)).toThrow(/indicator weights sum to 13.1/);
  });

  it('refuses an aspect without a domain when the framework has domains, and a domain on an aspect when it has none', () => {
    const withoutDomain = structuredClone(valid);
    delete withoutDomain.aspects[0]!.domain;
    expect(() => parseFramework(withoutDomain)).toThrow(/aspect 1 has no known domain/);
    const pemdiWithDomain = structuredClone(rawData('permenpanrb-8-2026')) as EvaluationFramework;
    pemdiWithDomain.aspects[0]!.domain = 1;
    expect(() => parseFramework(pemdiWithDomain)).toThrow(/framework has no domains/);
  });

  it('refuses predicate bands out of order and a weight with three decimals', () => {
    const unordered = structuredClone(valid);
    unordered.predicates[1]!.min = 4.5;
    expect(() => parseFramework(unordered)).toThrow(/ordered from the highest down/);
    const precise = structuredClone(valid);
    precise.domains![0]!.weight = 13.001;
    expect(() => parseFramework(precise)).toThrow(/more than two decimals/);
  });

  it('refuses indicators that are not numbered 1..n and levels that are not 1–5 in order', () => {
    const gap = structuredClone(valid);
    gap.indicators[46]!.number = 48;
    expect(() => parseFramework(gap)).toThrow(/expected indicator 47/);
    const scale = structuredClone(valid);
    scale.scales[0]!.levels.reverse();
    expect(() => parseFramework(scale)).toThrow(/levels must be 1, 2, 3, 4, 5 in order/);
  });
});

describe('i18n namespace evaluation: every name key of the framework data has an Indonesian and an English text', () => {
  const messages = (language: string) =>
    JSON.parse(readFileSync(new URL(`../i18n/${language}/evaluation.json`, import.meta.url), 'utf8')) as Record<string, string>;
  const indonesian = messages('id');
  const english = messages('en');

  it('both languages have the same keys', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(indonesian).sort());
  });

  it('titles, scales, levels, domains, aspects, predicates and uncertain fields of both frameworks resolve', () => {
    const keys = Object.values(evaluationFrameworks).flatMap((framework) => [
      framework.titleKey,
      ...framework.scales.flatMap((scale) => [scale.nameKey, ...scale.levels.map((level) => level.nameKey)]),
      ...(framework.domains ?? []).map((domain) => domain.nameKey),
      ...framework.aspects.map((aspect) => aspect.nameKey),
      ...framework.predicates.flatMap((band) => [band.nameKey, ...(band.stage ? [band.stage.nameKey] : [])]),
      ...[framework, framework.method, ...framework.aspects, ...framework.indicators, ...framework.predicates].flatMap(
        (item) => (item.uncertain?.fields ?? []).map((field) => `uncertain.field.${field}`),
      ),
    ]);
    expect(keys.filter((key) => !indonesian[key] || !english[key])).toEqual([]);
  });

  it('every evaluation error code has a message', () => {
    expect(evaluationErrorCodes.filter((code) => !indonesian[`error.${code}`] || !english[`error.${code}`])).toEqual([]);
  });

  it('Indonesian level and predicate names are the regulation\'s own (Tabel 1, 2 and 13)', () => {
    const mismatched = Object.values(evaluationFrameworks).flatMap((framework) =>
      [...framework.scales.flatMap((scale) => scale.levels), ...framework.predicates, ...(framework.domains ?? []), ...framework.aspects]
        .filter((item) => indonesian[item.nameKey] !== item.name)
        .map((item) => item.nameKey),
    );
    expect(mismatched).toEqual([]);
  });
});
