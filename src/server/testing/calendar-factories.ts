import { HolidayInput } from '../../shared/requests';

/** A holiday the administrator enters (a movable national holiday unless overridden). */
export function buildHolidayInput(overrides: Partial<HolidayInput> = {}): HolidayInput {
  return HolidayInput.parse({ date: '2026-03-19', kind: 'national_holiday', name: 'Hari Suci Nyepi', ...overrides });
}
