import type { RequestContext } from '../platform/context';
import { createRequest } from '../modules/requests/service';
import { takeRequestStep } from '../modules/requests/transition-service';
import { attachToRequest, commentOnRequest } from '../modules/requests/attachment-service';
import { loadWorkingDayCalendar } from '../modules/requests/calendar-service';
import { getRequestLetter } from '../modules/requests/letters/letter-service';
import { buildRequestInput } from '../testing/requests-factories';
// the subdomain request's approval registers the subdomain: the domain registry's handler, as the app loads it
import '../modules/domains/request-effect';
import type { DemoClock } from './demo-clock';
import type { RequestView } from '../../shared/requests';
import type { DemoActor, DemoRequest, DemoRequestEvent } from './demo-request-scenarios';
import { dataAccessRequests } from './demo-requests-data-access';
import { recommendationRequests, siteUnblockRequests, subdomainRequests } from './demo-requests-ict-office';
import { demoPdfUpload } from './render-demo-document';
import type { DemoWorld } from './demo-world';

/** Every request of the demo, by type. */
export const demoRequests: readonly DemoRequest[] = [...dataAccessRequests, ...recommendationRequests, ...subdomainRequests, ...siteUnblockRequests];

const resolve = <T>(value: T | ((clock: DemoClock) => T), clock: DemoClock): T => (typeof value === 'function' ? (value as (c: DemoClock) => T)(clock) : value);

function actorOf(world: DemoWorld, requester: RequestContext, by: DemoActor): RequestContext {
  if (by === 'requester') return requester;
  if ('operator' in by) return world.operator(by.operator);
  if ('head' in by) return world.head(by.head);
  return world.person(by.person);
}

/**
 * Every request of the demo, filed and moved on the working days its scenario names, as the
 * people who would take each step: the engine checks who may act and what each step needs,
 * numbers the letter, runs the effect of an approval (a subdomain enters the registry),
 * records the step and queues the notifications. A few decided requests get their signed
 * letters now; the others are signed when first downloaded.
 */
export async function createDemoRequests(world: DemoWorld) {
  const { db, clock } = world;
  const calendar = await loadWorkingDayCalendar(db, world.tenantId);
  const at = (daysAgo: number, time: string) => clock.at(clock.workingDaysAgo(daysAgo, calendar), time);
  const requesters = demoRequests.map((s) => (s.requester.as === 'head' ? world.head(s.requester.agency) : world.operator(s.requester.agency)));
  // one timeline across requests, so letter numbers follow the order in which requests came in
  const timeline = demoRequests
    .flatMap((scenario, index) => [
      { index, when: at(scenario.createdDaysAgo, '08:05'), event: null as DemoRequestEvent | null },
      ...scenario.events.map(({ daysAgo, time, event }) => ({ index, when: at(daysAgo, time), event })),
    ])
    .sort((a, b) => a.when.getTime() - b.when.getTime() || a.index - b.index);
  const requests = new Map<number, RequestView>();
  for (const { index, when, event } of timeline) {
    const scenario = demoRequests[index];
    const requester = requesters[index];
    if (!event) {
      const input = buildRequestInput(scenario.type, {
        requesterAgencyId: world.agencyId(scenario.requester.agency),
        stewardAgencyId: scenario.steward ? world.agencyId(scenario.steward) : undefined,
        fields: resolve(scenario.fields, clock),
      });
      requests.set(index, await createRequest(db, requester, input, when));
      continue;
    }
    const id = requests.get(index)!.id;
    const actor = actorOf(world, requester, event.by);
    if (event.do === 'step') requests.set(index, await takeRequestStep(db, actor, id, resolve(event.input, clock), when));
    else if (event.do === 'comment') requests.set(index, await commentOnRequest(db, actor, id, event.body, when));
    else {
      const upload = await demoPdfUpload(event.fileName, { title: event.title, heading: [world.agencyNames.get(scenario.requester.agency)!], paragraphs: ['Latar belakang, maksud dan tujuan, ruang lingkup, keluaran, jadwal dan perkiraan biaya.'], tenantName: world.tenantName });
      requests.set(index, await attachToRequest(db, actor, world.deps.files, id, upload, when));
    }
  }
  const byState: Record<string, number> = {};
  let letters = 0;
  for (const [index, scenario] of demoRequests.entries()) {
    const request = requests.get(index)!;
    for (const kind of scenario.letters ?? []) {
      await getRequestLetter(db, world.deps, requesters[index], request.id, kind, clock.now);
      letters++;
    }
    byState[`${scenario.type}.${request.state}`] = (byState[`${scenario.type}.${request.state}`] ?? 0) + 1;
  }
  return { requests: demoRequests.length, letters, byState };
}
