import type { RequestStepInput } from '../../shared/requests';
import { confidentialityStatement } from '../../workflow/types/data-access';
import type { DemoClock } from './demo-clock';

/** A value fixed by the day of the run: this year's fiscal year, a date ahead, a letter number. */
export type Dated<T> = T | ((clock: DemoClock) => T);

/** Who takes a step: the person who filed, an agency's operator or head, or a tenant-wide account by mailbox. */
export type DemoActor = 'requester' | { operator: string } | { head: string } | { person: string };

export type DemoRequestEvent =
  | { do: 'step'; by: DemoActor; input: Dated<RequestStepInput> }
  | { do: 'attach'; by: DemoActor; title: string; fileName: string }
  | { do: 'comment'; by: DemoActor; body: string };

/**
 * One request of the demo, from the draft to where it stands today. `days` counts working
 * days back from the run (by the tenant's calendar, holidays included), so a request
 * submitted 9 working days ago with 5 working days to be reviewed is overdue on any day the
 * demo is loaded.
 */
export interface DemoRequest {
  type: 'data_access' | 'technical_recommendation' | 'subdomain' | 'site_unblock';
  requester: { agency: string; as: 'operator' | 'head' };
  steward?: string;
  fields: Dated<Record<string, unknown>>;
  /** working days ago the draft was made */
  createdDaysAgo: number;
  events: { daysAgo: number; time: string; event: DemoRequestEvent }[];
  /** signed letters issued during the load (the others are issued on first download) */
  letters?: ('request' | 'decision')[];
}

export const acknowledged = { acknowledgedStatements: [confidentialityStatement] };
export const submit: DemoRequestEvent = { do: 'step', by: 'requester', input: { transition: 'submit', ...acknowledged } };
export const resubmit: DemoRequestEvent = { do: 'step', by: 'requester', input: { transition: 'resubmit', ...acknowledged } };
export const ictHead = { head: 'DISKOMINFO' };
export const ictOperator = { operator: 'DISKOMINFO' };
export const sekda = { person: 'sekda' };
export const step = (by: DemoActor, input: Dated<RequestStepInput>): DemoRequestEvent => ({ do: 'step', by, input });
export const recommend = (recommendation: 'approve' | 'reject', note: string) => step(ictHead, { transition: 'recommend', outcome: { recommendation }, note });
export const kak = (title: string): DemoRequestEvent => ({ do: 'attach', by: 'requester', title: `Kerangka Acuan Kerja: ${title}`, fileName: 'kerangka-acuan-kerja.pdf' });

export const dataAccess = (responsible: string, position: string, workUnit: string, intent: string, objective: string, use: string, kind: string, form: string) => ({
  responsiblePerson: { name: responsible, position },
  workUnit,
  purpose: { intent, objective, use },
  requestedData: { kind, form },
});
