/**
 * The request engine: one pure function for every request type. It answers which steps a
 * person may take now, and takes one step, returning the new state, the step for the
 * history, the new deadline and the effect of a completed request, or a stable error code.
 */
import { matchesActorRule } from './actor-rules';
import { checkRequirements } from './requirements';
import type {
  Actor,
  RequestSnapshot,
  RequestTypeDefinition,
  StateDefinition,
  TransitionDefinition,
  TransitionInput,
  TransitionResult,
} from './types';
import { addWorkingDays, defaultTimeZone, toCalendarDate, type WorkingDayCalendar } from './working-days';

export function findState(def: RequestTypeDefinition, code: string): StateDefinition | undefined {
  return def.states.find((s) => s.code === code);
}

/** The transitions this person may take from the request's current state. */
export function availableTransitions(
  def: RequestTypeDefinition,
  request: RequestSnapshot,
  actor: Actor,
): TransitionDefinition[] {
  if (request.type !== def.code || findState(def, request.state)?.final) return [];
  return def.transitions.filter(
    (t) => t.from.includes(request.state) && !isSelfDecision(t, request, actor) && matchesActorRule(t.actor, actor, request),
  );
}

export function applyTransition(
  def: RequestTypeDefinition,
  request: RequestSnapshot,
  actor: Actor,
  input: TransitionInput,
  now: Date,
  calendar: WorkingDayCalendar,
): TransitionResult {
  if (request.type !== def.code) return { ok: false, code: 'REQUEST_TYPE_MISMATCH' };
  if (findState(def, request.state)?.final) return { ok: false, code: 'REQUEST_ALREADY_FINAL' };

  const transition = def.transitions.find((t) => t.name === input.transition && t.from.includes(request.state));
  if (!transition) return { ok: false, code: 'REQUEST_TRANSITION_NOT_ALLOWED' };
  // Checked before the actor rule so that a requester who also holds the deciding role
  // learns why: nobody decides their own request.
  if (isSelfDecision(transition, request, actor)) return { ok: false, code: 'REQUEST_SELF_DECISION' };
  if (!matchesActorRule(transition.actor, actor, request)) return { ok: false, code: 'REQUEST_ACTOR_NOT_PERMITTED' };

  const requires = transition.requires ?? {};
  if (input.fields && Object.keys(input.fields).length > 0 && !requires.form) {
    return { ok: false, code: 'REQUEST_FIELDS_NOT_EDITABLE' };
  }
  const today = toCalendarDate(now, calendar.timeZone);
  const checked = checkRequirements(requires, def.form, request, input, today);
  if (!checked.ok) return checked;

  const target = findState(def, transition.to);
  const note = input.note?.trim() || null;
  return {
    ok: true,
    state: transition.to,
    step: {
      transition: transition.name,
      from: request.state,
      to: transition.to,
      actorUserId: actor.userId,
      at: now.toISOString(),
      note,
      reasonCode: requires.reason ? (input.reasonCode ?? null) : null,
    },
    dueAt: target?.deadline ? addWorkingDays(today, target.deadline.workingDays, calendar) : null,
    fields: checked.fields,
    outcome: checked.outcome,
    effect: def.onComplete?.state === transition.to ? def.onComplete.effect : null,
  };
}

/** Past its due date, counted in the tenant's calendar dates (the due date itself is not late). */
export function isOverdue(request: Pick<RequestSnapshot, 'dueAt'>, now: Date, timeZone: string = defaultTimeZone): boolean {
  return request.dueAt !== null && toCalendarDate(now, timeZone) > request.dueAt;
}

function isSelfDecision(transition: TransitionDefinition, request: RequestSnapshot, actor: Actor): boolean {
  return transition.review === true && actor.userId === request.requesterUserId;
}
