import { useRef, useState } from 'react';
import { newIdempotencyKey } from './use-submit-mutation';

/**
 * For an action written as a plain async handler (not a mutation): `run` starts it only when no
 * run is in flight (a double click before React re-renders the button does nothing) and gives
 * it a fresh idempotency key, so even a repeat that got through writes once. `busy` disables
 * or marks the button while it runs.
 */
export function useSingleFlight() {
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);
  async function run(action: (idempotencyKey: string) => Promise<void>) {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    try {
      await action(newIdempotencyKey());
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }
  return { run, busy };
}
