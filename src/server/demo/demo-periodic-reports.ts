import { addDays, addMonths } from '../../regulations/checks/dates';
import { receiveReport, recordWarning, setSchedule, submitReport } from '../modules/periodic-reports/service';
import { buildScheduleInput, buildWarningInput } from '../testing/periodic-report-factories';
import { demoPdfUpload } from './render-demo-document';
import type { DemoWorld } from './demo-world';
import { formatDemoDate } from './demo-clock';

const quarterNames = ['I', 'II', 'III', 'IV'];
const quarterOf = (periodStart: string) => `Triwulan ${quarterNames[Math.floor((Number(periodStart.slice(5, 7)) - 1) / 3)]} ${periodStart.slice(0, 4)}`;

// a few agencies that are habitually late or silent, so the overview's gaps are stable and explainable
const oftenLate = new Set(['DISTAN', 'DISKAN', 'KEC-MK']);
const oftenSilent = new Set(['SATPOLPP', 'KEC-SS']);

/**
 * Periodic reports (Jambi 10/2017 Ps 22): quarterly, due 15 days after each quarter, for the
 * quarters of the last nine months. Most agencies report on time and the ICT office acknowledges receipt;
 * some report late; some do not report, and the Sekretaris Daerah records the mayor's
 * teguran for them (Ps 22(3)). The quarter in progress has no reports yet.
 */
export async function createDemoPeriodicReports(world: DemoWorld) {
  const { db, admin, clock } = world;
  const prng = world.prng('periodic-reports');
  const overview = await setSchedule(db, admin, buildScheduleInput({ periodMonths: 3, deadlineDays: 15, startsOn: addMonths(clock.today, -9) }));
  const schedule = overview.schedule!;
  const ended = overview.periods.filter((p) => p.deadline < clock.today);
  const sekda = world.person('sekda');
  const counts = { onTime: 0, late: 0, missing: 0, warnings: 0 };
  let warningNumber = 1;
  for (const period of ended) {
    for (const [code, agencyId] of world.agencyIds) {
      const roll = prng.next();
      const silent = oftenSilent.has(code) ? roll < 0.8 : roll < 0.06;
      const late = !silent && (oftenLate.has(code) ? roll < 0.85 : roll < 0.16);
      if (silent) {
        counts.missing++;
        // the teguran comes about ten days after the deadline, once that day has come
        const issuedOn = addDays(period.deadline, 10);
        if (issuedOn >= clock.today || prng.chance(0.25)) continue;
        const number = `800.1.6.3/${warningNumber++}/Setda/${issuedOn.slice(0, 4)} (contoh fiktif)`;
        const text = `Teguran Wali Kota kepada ${world.agencyNames.get(code)} karena laporan berkala ${quarterOf(period.start)} belum disampaikan sampai batas waktu ${formatDemoDate(period.deadline)}.`;
        await recordWarning(db, sekda, buildWarningInput(agencyId, period.start, { number, issuedOn, text }), clock.today);
        counts.warnings++;
        continue;
      }
      const day = late ? addDays(period.deadline, prng.int(3, 25)) : addDays(period.end, prng.int(2, schedule.deadlineDays));
      if (day >= clock.today) {
        counts.missing++;
        continue;
      }
      const reporter = prng.chance(0.7) ? world.operator(code) : world.head(code);
      const upload = await demoPdfUpload(`laporan-${quarterOf(period.start).toLowerCase().replace(/ /g, '-')}-${code.toLowerCase()}.pdf`, {
        title: `Laporan Berkala Penyelenggaraan SPBE ${quarterOf(period.start)}`,
        heading: [world.agencyNames.get(code)!, `Periode ${formatDemoDate(period.start)} sampai ${formatDemoDate(period.end)}`],
        paragraphs: ['Laporan pemanfaatan aplikasi, data dan infrastruktur TIK perangkat daerah selama periode ini, disampaikan kepada Wali Kota melalui Dinas Komunikasi dan Informatika.'],
        tenantName: world.tenantName,
      });
      const { id } = await submitReport(db, reporter, world.deps.files, { agencyId, periodStart: period.start, notes: `Laporan ${quarterOf(period.start)}` }, upload, clock.at(day, `${String(prng.int(8, 15)).padStart(2, '0')}:${String(prng.int(0, 59)).padStart(2, '0')}`));
      const received = addDays(day, prng.int(1, 4));
      if (received < clock.today) await receiveReport(db, admin, id, clock.at(received, '10:00'));
      counts[late ? 'late' : 'onTime']++;
    }
  }
  return { periods: overview.periods.length, ...counts };
}
