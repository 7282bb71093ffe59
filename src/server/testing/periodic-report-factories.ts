import type { z } from 'zod';
import { ScheduleInput, WarningInput } from '../../shared/periodic-reports';

/** Jambi 10/2017 Ps 22(1): quarterly reports due 15 days after each quarter, unless overridden. */
export function buildScheduleInput(overrides: Partial<z.input<typeof ScheduleInput>> = {}): z.infer<typeof ScheduleInput> {
  return ScheduleInput.parse({ periodMonths: 3, deadlineDays: 15, startsOn: '2025-01-01', ...overrides });
}

/** Jambi 10/2017 Ps 22(3): the teguran to an agency that did not report for the period starting `periodStart`. */
export function buildWarningInput(agencyId: string, periodStart: string, overrides: Partial<z.input<typeof WarningInput>> = {}): z.infer<typeof WarningInput> {
  return WarningInput.parse({
    agencyId,
    periodStart,
    number: '800/1/Diskominfo',
    issuedOn: periodStart,
    text: 'Teguran atas laporan berkala yang belum disampaikan',
    ...overrides,
  });
}
