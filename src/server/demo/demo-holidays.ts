import type { HolidayInput } from '../../shared/requests';
import { addHoliday } from '../modules/requests/calendar-service';
import { buildHolidayInput } from '../testing/calendar-factories';
import type { DemoWorld } from './demo-world';

type Entry = [date: string, name: string];

/**
 * The movable national holidays and the cuti bersama of each year, as the joint decree (SKB)
 * of the Minister of Religious Affairs, the Minister of Manpower and the Minister for
 * Administrative Reform sets them. The fixed-date holidays (1 January, 1 May, 1 June,
 * 17 August, 25 December) ship with Simpul and are not entered. These are public facts, not
 * demo fiction: request deadlines are counted in working days over them.
 */
const holidaysByYear: Record<number, { national: Entry[]; collectiveLeave: Entry[] }> = {
  2025: {
    national: [
      ['2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'],
      ['2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'],
      ['2025-03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947'],
      ['2025-03-31', 'Hari Raya Idulfitri 1446 Hijriah'],
      ['2025-04-01', 'Hari Raya Idulfitri 1446 Hijriah'],
      ['2025-04-18', 'Wafat Yesus Kristus'],
      ['2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'],
      ['2025-05-12', 'Hari Raya Waisak 2569 BE'],
      ['2025-05-29', 'Kenaikan Yesus Kristus'],
      ['2025-06-06', 'Hari Raya Iduladha 1446 Hijriah'],
      ['2025-06-27', 'Tahun Baru Islam 1447 Hijriah'],
      ['2025-09-05', 'Maulid Nabi Muhammad SAW'],
    ],
    collectiveLeave: [
      ['2025-01-28', 'Cuti bersama Tahun Baru Imlek'],
      ['2025-03-28', 'Cuti bersama Hari Suci Nyepi'],
      ['2025-04-02', 'Cuti bersama Idulfitri'],
      ['2025-04-03', 'Cuti bersama Idulfitri'],
      ['2025-04-04', 'Cuti bersama Idulfitri'],
      ['2025-04-07', 'Cuti bersama Idulfitri'],
      ['2025-05-13', 'Cuti bersama Hari Raya Waisak'],
      ['2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'],
      ['2025-06-09', 'Cuti bersama Iduladha'],
      ['2025-08-18', 'Cuti bersama Hari Kemerdekaan'],
      ['2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus'],
    ],
  },
  2026: {
    national: [
      ['2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'],
      ['2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'],
      ['2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'],
      ['2026-03-21', 'Hari Raya Idulfitri 1447 Hijriah'],
      ['2026-03-22', 'Hari Raya Idulfitri 1447 Hijriah'],
      ['2026-04-03', 'Wafat Yesus Kristus'],
      ['2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'],
      ['2026-05-14', 'Kenaikan Yesus Kristus'],
      ['2026-05-27', 'Hari Raya Iduladha 1447 Hijriah'],
      ['2026-05-31', 'Hari Raya Waisak 2570 BE'],
      ['2026-06-16', 'Tahun Baru Islam 1448 Hijriah'],
      ['2026-08-25', 'Maulid Nabi Muhammad SAW'],
    ],
    collectiveLeave: [
      ['2026-02-16', 'Cuti bersama Tahun Baru Imlek'],
      ['2026-03-18', 'Cuti bersama Hari Suci Nyepi'],
      ['2026-03-20', 'Cuti bersama Idulfitri'],
      ['2026-03-23', 'Cuti bersama Idulfitri'],
      ['2026-03-24', 'Cuti bersama Idulfitri'],
      ['2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'],
      ['2026-05-28', 'Cuti bersama Iduladha'],
      ['2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'],
    ],
  },
};

/** The years the demo enters holidays for: the run's year and the one before (its oldest dates). */
export function listDemoHolidays(year: number): HolidayInput[] {
  return [year - 1, year].flatMap((y) => {
    const entries = holidaysByYear[y];
    if (!entries) return [];
    return [
      ...entries.national.map(([date, name]) => buildHolidayInput({ date, name, kind: 'national_holiday' })),
      ...entries.collectiveLeave.map(([date, name]) => buildHolidayInput({ date, name, kind: 'collective_leave' })),
    ];
  });
}

/** The ICT office administrator keeps the calendar (policy holiday.manage). */
export async function seedDemoHolidays(world: DemoWorld): Promise<number> {
  const holidays = listDemoHolidays(world.clock.year);
  for (const holiday of holidays) await addHoliday(world.db, world.admin, holiday);
  return holidays.length;
}

/** The years whose holidays the demo knows; outside them only the fixed-date holidays count. */
export const demoHolidayYears = Object.keys(holidaysByYear).map(Number);
