import { calculateIndex, findFramework, type FrameworkId, type IndicatorLevels } from '../../evaluation';
import { importOfficialResults } from '../modules/evaluations/official-results-service';
import { findIndicators } from '../modules/evaluations/queries';
import { finalLevel } from '../modules/evaluations/cycle-levels';
import { defaultImportLimits } from '../platform/excel/read-sheet';
import type { RequestContext } from '../platform/context';
import { advanceCycle, assignIndicators, createCycle, setTeam, uploadTeamDecree } from '../modules/evaluations/service';
import { addEvidenceFile, addEvidenceLink, returnIndicator, selfAssess, submitIndicator, verifyIndicator } from '../modules/evaluations/assessment-service';
import { findRecordedPolicyByCode } from '../modules/internal-policies/service';
import { policyForIndicator } from '../modules/internal-policies/policy-indicators';
import { buildSelfAssessmentInput, buildTeamInput, buildVerificationInput } from '../testing/evaluation-input-factories';
import { demoAdjustments, demoApplicationEvidence, demoAssignments, demoImprovements, demoLevels, demoPolicyEvidence, demoProgress, frameworkForYear } from './demo-evaluation-plan';
import { demoPolicies } from './demo-internal-policies';
import { demoPdfUpload } from './render-demo-document';
import type { DemoWorld } from './demo-world';
import { formatDemoDate } from './demo-clock';

interface Cycle {
  id: string;
  year: number;
  frameworkId: FrameworkId;
  assessors: RequestContext[];
  /** indicators already assigned when it opened (carried over from the previous cycle on the same framework) */
  carried: number;
}

/** 59/2020 indicators 1–10: the register as it stood at the end of `year` (no decree 1, a decree 2, reviewed since 3). */
function policyLevel(world: DemoWorld, frameworkId: FrameworkId, number: number, year: number): number | null {
  const code = policyForIndicator(frameworkId, number);
  if (!code) return null;
  const policy = demoPolicies.find((p) => p.code === code);
  const endOfYear = `${year}-12-31`;
  if (!policy || world.clock.date(-policy.enactedDaysAgo) > endOfYear) return 1;
  return policy.reviewsDaysAgo.some((d) => world.clock.date(-d) <= endOfYear) ? 3 : 2;
}

function levelOf(world: DemoWorld, cycle: Cycle, number: number, improved: boolean): number {
  const base = policyLevel(world, cycle.frameworkId, number, cycle.year) ?? demoLevels[cycle.frameworkId][number] ?? 2;
  return Math.min(5, base + (improved && demoImprovements[cycle.frameworkId].includes(number) ? 1 : 0));
}

/** The cycle with its two teams (Dumai 67/2022 Ps 33(4)-(5)); the assessor team's decree is uploaded as a file. */
async function openCycle(world: DemoWorld, year: number, decreeDate: string): Promise<Cycle> {
  const { db } = world;
  const sekda = world.person('sekda');
  const frameworkId = frameworkForYear(year);
  const cycle = await createCycle(db, sekda, { year, frameworkId });
  const coordination = [sekda, world.head('BAPPEDA'), world.head('DISKOMINFO'), world.person('perencana.bappeda')];
  const assessors = [world.person('auditor.inspektorat'), world.head('INSPEKTORAT'), world.operator('BAPPEDA')];
  const members = (people: RequestContext[]) => people.map((p) => p.actor!.userId);
  await setTeam(db, sekda, cycle.id, 'coordination', buildTeamInput(members(coordination), { decreeNumber: `Keputusan Wali Kota Dumai Nomor 100.3.3.2/45/${year} (contoh fiktif)`, decreeDate }));
  const assessorDecree = `Keputusan Wali Kota Dumai Nomor 100.3.3.2/52/${year} (contoh fiktif)`;
  await setTeam(db, sekda, cycle.id, 'assessor', buildTeamInput(members(assessors), { decreeNumber: assessorDecree, decreeDate }));
  const upload = await demoPdfUpload(`sk-tim-asesor-internal-${year}.pdf`, {
    title: assessorDecree,
    heading: [`tentang Tim Asesor Internal Evaluasi SPBE Tahun ${year}`, `Ditetapkan ${formatDemoDate(decreeDate)}`],
    paragraphs: ['Menetapkan Auditor TIK Inspektorat, Inspektur dan unsur Bappeda sebagai Tim Asesor Internal (Dumai 67/2022 Pasal 33 ayat (5)).'],
    tenantName: world.tenantName,
  });
  await uploadTeamDecree(db, sekda, world.deps.files, cycle.id, 'assessor', upload);
  return { id: cycle.id, year, frameworkId, assessors, carried: cycle.progress.assigned };
}

async function assign(world: DemoWorld, cycle: Cycle, skip: readonly number[] = []) {
  // createCycle carried the previous year's assignments over: the coordinator keeps them
  if (cycle.carried > 0) return;
  const plan = demoAssignments[cycle.frameworkId];
  const assignments = findFramework(cycle.frameworkId)
    .indicators.filter((i) => !skip.includes(i.number))
    .map((i) => ({ indicator: i.number, agencyId: world.agencyId(plan[i.number]) }));
  await assignIndicators(world.db, world.person('sekda'), cycle.id, { assignments });
}

function answererOf(world: DemoWorld, cycle: Cycle, number: number) {
  const agency = demoAssignments[cycle.frameworkId][number];
  return number % 3 === 0 ? world.head(agency) : world.operator(agency);
}

/** The assessor who looks at an indicator: never one of the answering agency (Inspektorat's go to Bappeda's member). */
function assessorOf(cycle: Cycle, number: number) {
  return demoAssignments[cycle.frameworkId][number] === 'INSPEKTORAT' ? cycle.assessors[2] : cycle.assessors[0];
}

/** The responsible agency answers one indicator, with its evidence (a recorded policy, an application, or a file), and sends it unless `draft`. */
async function answer(world: DemoWorld, cycle: Cycle, number: number, level: number, withFile: boolean, draft = false) {
  const { db } = world;
  const agency = demoAssignments[cycle.frameworkId][number];
  const framework = findFramework(cycle.frameworkId);
  const indicator = framework.indicators.find((i) => i.number === number)!;
  const levelName = framework.scales.find((s) => s.key === indicator.scale)?.levels.find((l) => l.value === level)?.name ?? String(level);
  const ctx = answererOf(world, cycle, number);
  const explanation = `Tingkat ${level} (${levelName}). ${indicator.name}: kondisi ${cycle.year} dijelaskan dalam bukti dukung terlampir.`;
  await selfAssess(db, ctx, cycle.id, number, buildSelfAssessmentInput(level, { explanation }));
  const policyCode = policyForIndicator(cycle.frameworkId, number) ?? demoPolicyEvidence[cycle.frameworkId][number];
  const policy = policyCode && level > 1 ? await findRecordedPolicyByCode(db, world.tenantId, policyCode) : null;
  if (policy) await addEvidenceLink(db, ctx, cycle.id, number, { recordType: 'internal_policy', recordId: policy.id });
  const application = demoApplicationEvidence[cycle.frameworkId][number];
  if (application) await addEvidenceLink(db, ctx, cycle.id, number, { recordType: 'application', recordId: world.applicationId(application) });
  if (withFile) {
    const upload = await demoPdfUpload(`bukti-${indicator.code.toLowerCase()}-${cycle.year}.pdf`, {
      title: `Bukti Dukung ${indicator.code} Tahun ${cycle.year}`,
      heading: [indicator.name, world.agencyNames.get(agency)!],
      paragraphs: [explanation],
      tenantName: world.tenantName,
    });
    await addEvidenceFile(db, ctx, world.deps.files, cycle.id, number, upload);
  }
  if (!draft) await submitIndicator(db, ctx, cycle.id, number, { note: null });
}

/** An assessor agrees, or sets one level lower with the note that says why (never their own agency's answer). */
async function verify(world: DemoWorld, cycle: Cycle, number: number, level: number) {
  const assessor = assessorOf(cycle, number);
  const note = demoAdjustments[cycle.frameworkId][number];
  const input = note && level > 1 ? buildVerificationInput({ decision: 'adjust', level: level - 1, note }) : buildVerificationInput({ note: null });
  await verifyIndicator(world.db, assessor, cycle.id, number, input);
}

/** A year's cycle carried through: every indicator answered and verified, closed, and its result sent to the mayor (Ps 33(6)). */
async function completeCycle(world: DemoWorld, year: number, improved: boolean) {
  const cycle = await openCycle(world, year, `${year}-02-${improved ? '12' : '14'}`);
  await assign(world, cycle);
  const numbers = findFramework(cycle.frameworkId).indicators.map((i) => i.number);
  for (const n of numbers) await answer(world, cycle, n, levelOf(world, cycle, n, improved), n % 4 === 1);
  for (const n of numbers) await verify(world, cycle, n, levelOf(world, cycle, n, improved));
  const sekda = world.person('sekda');
  await advanceCycle(world.db, sekda, cycle.id, 'self_assessed');
  await advanceCycle(world.db, cycle.assessors[0], cycle.id, 'verified');
  await advanceCycle(world.db, sekda, cycle.id, 'submitted');
  return cycle;
}

/**
 * The official result of a submitted year as the national evaluation might publish it
 * (fictional): the verified levels, every seventh indicator one level lower, with the index and
 * predicate those levels give, imported from CSV so the results page shows the comparison.
 */
async function importOfficialResult(world: DemoWorld, cycle: Cycle) {
  const framework = findFramework(cycle.frameworkId);
  const rows = await findIndicators(world.db, world.tenantId, cycle.id);
  const official = Object.fromEntries(rows.map((r) => [r.indicatorNumber, Math.max(1, (finalLevel(r) ?? 1) - (r.indicatorNumber % 7 === 0 ? 1 : 0))]));
  const result = calculateIndex(framework, official as IndicatorLevels);
  const lines = [
    'kode;nilai',
    ...framework.indicators.map((i) => `${i.code};${official[i.number]}`),
    `INDEKS;${result.index.reported.toFixed(2).replace('.', ',')}`,
    `PREDIKAT;${result.predicate.name}`,
  ];
  const upload = { content: Buffer.from(`${lines.join('\r\n')}\r\n`), fileName: `hasil-evaluasi-resmi-${cycle.year}-contoh-fiktif.csv`, mimeType: 'text/csv' };
  await importOfficialResults(world.db, world.person('sekda'), world.deps.files, cycle.id, upload, defaultImportLimits, true);
}

/**
 * The annual SPBE evaluation (Dumai 67/2022 Ps 33): the two previous years' cycles completed
 * and submitted (so the results and the year comparison have data), and this year's cycle in
 * progress — teams set by decree, most indicators assigned, some answered with evidence, some
 * of those verified, some set lower by an assessor with a note, the rest still open.
 */
export async function createDemoEvaluations(world: DemoWorld) {
  const { clock } = world;
  await completeCycle(world, clock.year - 2, false);
  const last = await completeCycle(world, clock.year - 1, true);
  await importOfficialResult(world, last);
  const decreeDate = [`${clock.year}-02-10`, clock.date(-3)].sort()[0];
  const current = await openCycle(world, clock.year, decreeDate);
  await assign(world, current, demoProgress.unassigned);
  for (const n of demoProgress.answered) await answer(world, current, n, levelOf(world, current, n, true), n % 2 === 1, demoProgress.drafts.includes(n));
  for (const [n, note] of Object.entries(demoProgress.returned).map(([k, v]) => [Number(k), v] as const)) {
    await returnIndicator(world.db, assessorOf(current, n), current.id, n, { note });
    const reply = demoProgress.resubmitted[n];
    if (reply) await submitIndicator(world.db, answererOf(world, current, n), current.id, n, { note: reply });
  }
  const adjusted = Object.keys(demoAdjustments[current.frameworkId]).map(Number).filter((n) => demoProgress.answered.includes(n));
  for (const n of [...demoProgress.agreed, ...adjusted]) await verify(world, current, n, levelOf(world, current, n, true));
  return { cycles: 3, currentYear: clock.year, frameworkId: current.frameworkId, answered: demoProgress.answered.length };
}
