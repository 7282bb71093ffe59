import { useEffect, useRef } from 'react';

/**
 * Fills a form from the server's answer once, when it first arrives: a later refetch (window
 * focus, another tab's save) must not overwrite what the person is typing.
 */
export function useLoadOnce<T>(data: T | undefined, load: (data: T) => void) {
  const loaded = useRef(false);
  useEffect(() => {
    if (data === undefined || loaded.current) return;
    loaded.current = true;
    load(data);
  }, [data, load]);
}
