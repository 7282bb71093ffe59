import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { useRef } from 'react';
import { ApiError } from '../api/client';
import { releaseLeaveGuards } from './leave-guard';

/** What one submission of a form carries to the server. */
export interface Submission {
  idempotencyKey: string;
}

/** 128 random bits as hex; crypto.getRandomValues works on plain http too (randomUUID does not). */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A file in a submission compares by what it is (JSON.stringify would make every file `{}`). */
function describeFiles(_key: string, value: unknown) {
  return value instanceof File ? { file: value.name, size: value.size, type: value.type, lastModified: value.lastModified } : value;
}

type Options<TResult, TInput> = Omit<UseMutationOptions<TResult, Error, TInput>, 'mutationFn'> & {
  mutationFn: (input: TInput, submission: Submission) => Promise<TResult>;
  /** false for a write that is not the page's form (an upload, an action button): typed work elsewhere stays guarded */
  releasesLeaveGuards?: boolean;
};

/**
 * A form's save: `submit` runs at most one request at a time (a second click while one is in
 * flight does nothing, even before React re-renders the button as loading), and each
 * submission carries an idempotency key. The key is kept when the request got no answer (a
 * network failure) and the same values are sent again, so a retry cannot write twice; any
 * answer from the server, or changed values, start a new submission with a new key.
 */
export function useSubmitMutation<TResult, TInput>(options: Options<TResult, TInput>) {
  const inFlight = useRef(false);
  const pending = useRef<{ body: string; key: string } | null>(null);
  const { mutationFn, onSuccess, onError, onSettled, releasesLeaveGuards = true, ...rest } = options;
  const mutation = useMutation<TResult, Error, TInput>({
    ...rest,
    mutationFn: (input) => {
      const body = JSON.stringify(input ?? null, describeFiles);
      if (pending.current?.body !== body) pending.current = { body, key: newIdempotencyKey() };
      return mutationFn(input, { idempotencyKey: pending.current.key });
    },
    onSuccess: (...args) => {
      pending.current = null;
      // saved: the navigation that may follow is not a loss of typed work
      if (releasesLeaveGuards) releaseLeaveGuards();
      return onSuccess?.(...args);
    },
    onError: (...args) => {
      if (args[0] instanceof ApiError) pending.current = null;
      return onError?.(...args);
    },
    onSettled: (...args) => {
      inFlight.current = false;
      return onSettled?.(...args);
    },
  });
  function submit(input: TInput, options?: Parameters<typeof mutation.mutate>[1]) {
    if (inFlight.current) return;
    inFlight.current = true;
    mutation.mutate(input, options);
  }
  return { ...mutation, submit, isPending: mutation.isPending || inFlight.current };
}
