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
import type { DemoActor, DemoRequest } from './demo-request-scenarios';
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
  const byState: Record<string, number> = {};
  let letters = 0;
  for (const scenario of demoRequests) {
    const requester = scenario.requester.as === 'head' ? world.head(scenario.requester.agency) : world.operator(scenario.requester.agency);
    const input = buildRequestInput(scenario.type, {
      requesterAgencyId: world.agencyId(scenario.requester.agency),
      stewardAgencyId: scenario.steward ? world.agencyId(scenario.steward) : undefined,
      fields: resolve(scenario.fields, clock),
    });
    let request = await createRequest(db, requester, input, at(scenario.createdDaysAgo, '08:05'));
    for (const { daysAgo, time, event } of scenario.events) {
      const when = at(daysAgo, time);
      const actor = actorOf(world, requester, event.by);
      if (event.do === 'step') request = await takeRequestStep(db, actor, request.id, resolve(event.input, clock), when);
      else if (event.do === 'comment') request = await commentOnRequest(db, actor, request.id, event.body, when);
      else {
        const upload = await demoPdfUpload(event.fileName, { title: event.title, heading: [world.agencyNames.get(scenario.requester.agency)!], paragraphs: ['Latar belakang, maksud dan tujuan, ruang lingkup, keluaran, jadwal dan perkiraan biaya.'], tenantName: world.tenantName });
        request = await attachToRequest(db, actor, world.deps.files, request.id, upload, when);
      }
    }
    for (const kind of scenario.letters ?? []) {
      await getRequestLetter(db, world.deps, requester, request.id, kind, clock.now);
      letters++;
    }
    byState[`${scenario.type}.${request.state}`] = (byState[`${scenario.type}.${request.state}`] ?? 0) + 1;
  }
  return { requests: demoRequests.length, letters, byState };
}

