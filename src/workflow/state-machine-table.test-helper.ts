/**
 * A table-driven test of one request type as a pure state machine. The table is written by
 * hand from the articles; the tests check the declaration against it in three ways:
 * every (state, transition) pair is allowed or refused as the table says, every person in
 * the fixtures is allowed or refused each allowed step as the table says, and
 * availableTransitions offers each person exactly their steps.
 */
import { describe, expect, it } from 'vitest';
import { applyTransition, availableTransitions } from './engine';
import { actors, calendar, now, requesterUserId, type ActorName } from './test-fixtures';
import type { RequestSnapshot, RequestTypeDefinition, TransitionInput, TransitionName } from './types';

export const transitionNames: readonly TransitionName[] = [
  'submit',
  'recommend',
  'return_for_revision',
  'resubmit',
  'withdraw',
  'approve',
  'reject',
];

export interface AllowedStep {
  to: string;
  /** everyone in the fixtures who may take the step; all others are refused */
  actors: readonly ActorName[];
  input: Omit<TransitionInput, 'transition'>;
  /** a reviewer's step: refused to the requester as REQUEST_SELF_DECISION */
  review: boolean;
  /** the article the step follows, for the test name */
  cites: string;
}

export interface StateMachineTable {
  def: RequestTypeDefinition;
  /** a request in each state, complete enough for every allowed step */
  requestIn: (state: string) => RequestSnapshot;
  states: readonly string[];
  finalStates: readonly string[];
  allowed: Readonly<Record<string, Partial<Record<TransitionName, AllowedStep>>>>;
  /** the articles the whole type follows, for the test names */
  cites: string;
  /** names a variant of a type built with other options */
  variant?: string;
}

export function describeStateMachine(table: StateMachineTable): void {
  const { def, allowed } = table;
  const title = table.variant ? `${def.code} (${table.variant})` : def.code;

  describe(`${title}: states and transitions`, () => {
    it(`${table.cites}: declares exactly the states of the table`, () => {
      expect(def.states.map((s) => s.code).sort()).toEqual([...table.states].sort());
      expect(def.states.filter((s) => s.final).map((s) => s.code).sort()).toEqual([...table.finalStates].sort());
    });

    for (const state of table.states) {
      for (const name of transitionNames) {
        const step = allowed[state]?.[name];
        if (table.finalStates.includes(state)) {
          it(`${table.cites}: ${name} from final state ${state} is refused`, () => {
            const result = apply(table, state, name, 'requester', {});
            expect(result).toEqual({ ok: false, code: 'REQUEST_ALREADY_FINAL' });
          });
        } else if (step) {
          it(`${step.cites}: ${name} from ${state} leads to ${step.to}`, () => {
            const result = apply(table, state, name, step.actors[0], step.input);
            expect(result.ok && result.state).toBe(step.to);
          });
        } else {
          it(`${table.cites}: ${name} from ${state} is not a transition`, () => {
            const result = apply(table, state, name, 'requester', {});
            expect(result).toEqual({ ok: false, code: 'REQUEST_TRANSITION_NOT_ALLOWED' });
          });
        }
      }
    }
  });

  describe(`${title}: who may act`, () => {
    for (const [state, steps] of Object.entries(allowed)) {
      for (const [name, step] of Object.entries(steps) as [TransitionName, AllowedStep][]) {
        for (const actorName of Object.keys(actors) as ActorName[]) {
          const expected = expectedFor(step, actorName);
          it(`${step.cites}: ${name} from ${state} by ${actorName}: ${expected}`, () => {
            const result = apply(table, state, name, actorName, step.input);
            expect(result.ok ? 'allowed' : result.code).toBe(expected);
          });
        }
      }
    }

    for (const state of table.states) {
      it(`${table.cites}: in ${state}, each person is offered exactly their steps`, () => {
        for (const actorName of Object.keys(actors) as ActorName[]) {
          const offered = availableTransitions(def, table.requestIn(state), actors[actorName]).map((t) => t.name);
          const expected = Object.entries(allowed[state] ?? {})
            .filter(([, step]) => expectedFor(step, actorName) === 'allowed')
            .map(([name]) => name);
          expect({ actorName, offered: offered.sort() }).toEqual({ actorName, offered: expected.sort() });
        }
      });
    }
  });
}

function expectedFor(step: AllowedStep, actorName: ActorName): string {
  if (step.review && actors[actorName].userId === requesterUserId) return 'REQUEST_SELF_DECISION';
  return step.actors.includes(actorName) ? 'allowed' : 'REQUEST_ACTOR_NOT_PERMITTED';
}

function apply(
  table: StateMachineTable,
  state: string,
  transition: TransitionName,
  actorName: ActorName,
  input: Omit<TransitionInput, 'transition'>,
) {
  return applyTransition(table.def, table.requestIn(state), actors[actorName], { transition, ...input }, now, calendar);
}

/** Everyone who is the requester in the fixtures (may submit, resubmit, withdraw). */
export const requesterActors: readonly ActorName[] = ['requester', 'requesterWithDecidingRoles'];
