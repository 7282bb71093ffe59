/**
 * The table shared by the request types the ICT office decides alone (technical
 * recommendation, subdomain, site unblock): staff may return a request, the head decides.
 */
import { requesterActors, type StateMachineTable } from '../state-machine-table.test-helper';
import type { RequestSnapshot, RequestTypeDefinition, TransitionInput } from '../types';

export function buildIctOfficeTable(options: {
  def: RequestTypeDefinition;
  requestIn: (state: string) => RequestSnapshot;
  cites: string;
  submitInput?: Omit<TransitionInput, 'transition'>;
  approveInput: Omit<TransitionInput, 'transition'>;
  rejectReason: string;
}): StateMachineTable {
  const { cites } = options;
  const requester = { actors: requesterActors, review: false, cites };
  const submitInput = options.submitInput ?? {};
  const withdraw = { to: 'withdrawn', input: {}, ...requester };
  return {
    def: options.def,
    requestIn: options.requestIn,
    cites,
    states: ['draft', 'submitted', 'returned', 'approved', 'rejected', 'withdrawn'],
    finalStates: ['approved', 'rejected', 'withdrawn'],
    allowed: {
      draft: { submit: { to: 'submitted', input: submitInput, ...requester }, withdraw },
      submitted: {
        return_for_revision: {
          to: 'returned',
          actors: ['ictHead', 'ictOperator'],
          input: { note: 'Lengkapi dokumen' },
          review: true,
          cites,
        },
        approve: { to: 'approved', actors: ['ictHead'], input: options.approveInput, review: true, cites },
        reject: { to: 'rejected', actors: ['ictHead'], input: { reasonCode: options.rejectReason }, review: true, cites },
        withdraw,
      },
      returned: { resubmit: { to: 'submitted', input: submitInput, ...requester }, withdraw },
    },
  };
}
