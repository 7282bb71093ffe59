import type { CheckResult, ComplianceReadModel, Finding } from '../types';
import { emptyRegistry, noneConcerned, notMeasurable, summarizeFindings, type DueFinding } from './check-result';
import { addDays, dueSoonWindowDays, toDay } from './dates';

function describeRequest(request: { id: string; type: string; requesterAgencyId: string }, messageKey: string, params: Record<string, string> = {}): Finding {
  return { messageKey, params: { type: request.type, ...params }, agencyId: request.requesterAgencyId, recordType: 'request', recordId: request.id };
}

/**
 * Requests of the given types are answered: one still undecided after its due date is
 * not met, one falling due within the warning window is due soon. A request decided late
 * is history, not a present gap, so it does not count against the obligation now.
 * Used for Dumai 18/2019 Ps 11(2) (serve other agencies' data requests) and Ps 12(3)
 * (the Sekda's decision on a data-use request).
 */
export function checkRequestsAnswered(options: { types: readonly string[] }): (model: ComplianceReadModel) => CheckResult {
  const types = new Set(options.types);
  return (model) => {
    if (!model.requests) return notMeasurable('requests');
    const today = toDay(model.asOf);
    const soon = addDays(today, dueSoonWindowDays);
    const missing: Finding[] = [];
    const dueSoon: DueFinding[] = [];
    let count = 0;
    for (const request of model.requests) {
      if (!types.has(request.type) || !request.submittedAt) continue;
      count += 1;
      if (request.decidedAt || !request.dueAt) continue;
      const due = toDay(request.dueAt);
      if (due < today) missing.push(describeRequest(request, 'compliance.requestOverdue', { dueDate: due }));
      else if (due <= soon) dueSoon.push({ dueDate: due, finding: describeRequest(request, 'compliance.requestDueSoon') });
    }
    // no request at all: the registry is empty; requests, but none of these types submitted:
    // the duty to answer concerns none of them
    if (model.requests.length === 0) return emptyRegistry(model, 'requests', 'requests');
    if (count === 0) return noneConcerned('requests');
    return summarizeFindings({
      missing,
      dueSoon,
      evidence: [{ messageKey: 'compliance.evidence.requestsChecked', params: { count } }],
      remedyKey: 'compliance.remedy.answerRequest',
    });
  };
}
