import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  buildWorkingDayCalendar,
  isWorkingDay,
  listFixedHolidays,
  parseIsoDate,
  toCalendarDate,
  type HolidayEntry,
} from './working-days';

const defaults = buildWorkingDayCalendar([]);

// The kind of entries an administrator types in from the year's SKB of three ministers.
const cutiBersama2024: HolidayEntry[] = [
  { date: '2024-12-24', kind: 'collective_leave', name: 'Cuti bersama Hari Raya Natal' },
  { date: '2024-12-26', kind: 'collective_leave', name: 'Cuti bersama Hari Raya Natal' },
];

describe('working days', () => {
  it('Keppres 8/2024: the fixed-date national holidays are shipped for every year', () => {
    expect(listFixedHolidays(2031).map((h) => h.date)).toEqual([
      '2031-01-01',
      '2031-05-01',
      '2031-06-01',
      '2031-08-17',
      '2031-12-25',
    ]);
    expect(isWorkingDay('2031-01-01', defaults)).toBe(false); // a Wednesday
    expect(isWorkingDay('2031-01-02', defaults)).toBe(true);
  });

  it('Keppres 24/2013: 1 May is not a working day, even on a weekday', () => {
    expect(isWorkingDay('2024-05-01', defaults)).toBe(false); // a Wednesday
  });

  it('Simpul default: Saturday and Sunday are not working days', () => {
    expect(['2024-08-10', '2024-08-11'].map((d) => isWorkingDay(d, defaults))).toEqual([false, false]);
  });

  it('SKB 3 Menteri: the cuti bersama the administrator enters are not working days', () => {
    const calendar = buildWorkingDayCalendar(cutiBersama2024);
    expect(isWorkingDay('2024-12-24', calendar)).toBe(false);
    expect(isWorkingDay('2024-12-24', defaults)).toBe(true);
  });

  it('Simpul default: a tenant may switch the fixed holidays off and enter every date', () => {
    const calendar = buildWorkingDayCalendar([], { fixedDefaults: false });
    expect(isWorkingDay('2025-01-01', calendar)).toBe(true);
  });

  it('Simpul default: counting starts the day after, so Friday plus one working day is Monday', () => {
    expect(addWorkingDays('2024-08-09', 1, defaults)).toBe('2024-08-12');
  });

  it('Simpul default: five working days from a Friday end the next Friday', () => {
    expect(addWorkingDays('2024-08-02', 5, defaults)).toBe('2024-08-09');
  });

  it('Keppres 8/2024 and SKB 3 Menteri: a deadline skips the weekend, Christmas and the cuti bersama', () => {
    // Wed 18 Dec 2024 + 5: Thu 19, Fri 20, Mon 23, (Tue 24 leave, Wed 25 Christmas, Thu 26 leave) Fri 27, Mon 30
    expect(addWorkingDays('2024-12-18', 5, buildWorkingDayCalendar(cutiBersama2024))).toBe('2024-12-30');
    expect(addWorkingDays('2024-12-18', 5, defaults)).toBe('2024-12-26');
  });

  it('Simpul default: zero working days is the same day; a negative count is refused', () => {
    expect(addWorkingDays('2024-08-10', 0, defaults)).toBe('2024-08-10');
    expect(() => addWorkingDays('2024-08-10', -1, defaults)).toThrow(RangeError);
  });

  it('Simpul default: a date that does not exist is refused', () => {
    expect(() => parseIsoDate('2024-02-30')).toThrow(RangeError);
    expect(() => buildWorkingDayCalendar([{ date: '17-08-2024', kind: 'national_holiday', name: 'x' }])).toThrow(RangeError);
    expect(parseIsoDate('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('Simpul default: a calendar with no working day at all is refused instead of looping', () => {
    const everyDay: HolidayEntry[] = [];
    for (let i = 0; i < 3700; i++) {
      everyDay.push({ date: new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10), kind: 'regional_holiday', name: 'x' });
    }
    expect(() => addWorkingDays('2029-12-31', 1, buildWorkingDayCalendar(everyDay))).toThrow(RangeError);
  });

  it('Simpul default: an instant becomes a date in the tenant zone, not in UTC', () => {
    const instant = new Date('2024-08-15T17:30:00Z'); // 00:30 WIB, 01:30 WITA on 16 August
    expect(toCalendarDate(instant)).toBe('2024-08-16');
    expect(toCalendarDate(instant, 'Asia/Makassar')).toBe('2024-08-16');
    expect(toCalendarDate(new Date('2024-08-15T16:30:00Z'))).toBe('2024-08-15'); // 23:30 WIB
    expect(toCalendarDate(new Date('2024-08-15T16:30:00Z'), 'Asia/Makassar')).toBe('2024-08-16'); // 00:30 WITA
  });
});
