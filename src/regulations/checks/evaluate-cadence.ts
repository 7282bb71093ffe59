import type { CheckResult, Finding } from '../types';

/** A cadence falls due soon this many days before its due date: time to plan the next round. */
export const dueSoonDays = 60;

const dayMs = 24 * 60 * 60 * 1000;

export function addMonths(isoDate: string, months: number): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString().slice(0, 10);
}

function daysUntil(asOf: string, dueDate: string): number {
  return (Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${asOf.slice(0, 10)}T00:00:00Z`)) / dayMs;
}

/**
 * "paling sedikit 1 (satu) kali dalam N bulan": met while the last occurrence is younger than
 * the cadence, due soon in its last `dueSoonDays`, not met once it has lapsed or never happened.
 */
export function evaluateCadence(
  lastDoneAt: string | null,
  months: number,
  asOf: string,
  finding: Finding,
  remedyKey: string,
): CheckResult {
  if (!lastDoneAt) return { status: 'not_met', missing: [finding], remedyKey };
  const dueDate = addMonths(lastDoneAt, months);
  const withDue: Finding = { ...finding, params: { ...finding.params, dueDate } };
  const days = daysUntil(asOf, dueDate);
  if (days < 0) return { status: 'not_met', missing: [withDue], remedyKey };
  if (days <= dueSoonDays) return { status: 'due_soon', dueDate, evidence: [withDue] };
  return { status: 'met', evidence: [withDue] };
}

/** Several records under one obligation: the worst status wins, findings are kept together. */
export function combineResults(results: readonly CheckResult[]): CheckResult {
  const notMet = results.filter((r) => r.status === 'not_met');
  if (notMet.length > 0) {
    return { status: 'not_met', missing: notMet.flatMap((r) => r.missing), remedyKey: notMet[0].remedyKey };
  }
  const unmeasurable = results.find((r) => r.status === 'not_measurable');
  if (unmeasurable) return unmeasurable;
  const dueSoon = results.filter((r) => r.status === 'due_soon');
  if (dueSoon.length > 0) {
    const dueDate = dueSoon.map((r) => r.dueDate).sort()[0];
    return { status: 'due_soon', dueDate, evidence: results.flatMap((r) => ('evidence' in r ? r.evidence : [])) };
  }
  return { status: 'met', evidence: results.flatMap((r) => ('evidence' in r ? r.evidence : [])) };
}
