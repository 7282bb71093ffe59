import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { useT } from '../i18n/i18n';

interface Guard {
  isDirty: () => boolean;
  release: () => void;
}

// Every mounted form with a guard; the router has one blocker for all of them (it supports one).
const guards = new Set<Guard>();

const anyDirty = () => [...guards].some((g) => g.isDirty());

/** A successful save (use-submit-mutation): the navigation that follows is not a loss of typed work. */
export function releaseLeaveGuards(): void {
  for (const guard of guards) guard.release();
}

/**
 * The one blocker, mounted once inside the router: leaving the page (a link, back or forward)
 * while a form holds unsaved work asks first; staying keeps every value.
 */
export function useLeavePrompt(): void {
  const t = useT();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => anyDirty() && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search));
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(t('web.leave.confirm'))) blocker.proceed();
    else blocker.reset();
  }, [blocker, t]);
  useEffect(() => {
    const handleBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!anyDirty()) return;
      event.preventDefault();
      // older browsers show their prompt only when returnValue is set
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', handleBeforeUnload);
    return () => window.removeEventListener('beforeunload', handleBeforeUnload);
  }, []);
}

/**
 * Typed work is kept: the form is dirty while `current` differs from what it was opened with
 * (`initial`: new stored values loaded into it are the new baseline) or last saved. A failed
 * save keeps it dirty, since the work is still unsaved.
 */
export function useLeaveGuard(current: unknown, initial: unknown, enabled = true): void {
  const initialText = JSON.stringify(initial);
  const baseline = useRef(initialText);
  const lastInitial = useRef(initialText);
  if (lastInitial.current !== initialText) {
    lastInitial.current = initialText;
    baseline.current = initialText;
  }
  const latest = useRef('');
  latest.current = JSON.stringify(current);
  const on = useRef(enabled);
  on.current = enabled;

  useEffect(() => {
    const guard: Guard = {
      isDirty: () => on.current && latest.current !== baseline.current,
      release: () => {
        baseline.current = latest.current;
      },
    };
    guards.add(guard);
    return () => {
      guards.delete(guard);
    };
  }, []);
}
