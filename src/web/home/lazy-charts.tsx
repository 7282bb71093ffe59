import { Skeleton } from '@mantine/core';
import { lazy, Suspense, type ComponentProps } from 'react';

const AgencyBars = lazy(() => import('./charts').then((m) => ({ default: m.AgencyBarChart })));
const IndexBars = lazy(() => import('./charts').then((m) => ({ default: m.IndexBarChart })));

/** The chart chunk (recharts) loads only when a panel with a chart is shown. */
export function LazyAgencyBarChart(props: ComponentProps<typeof AgencyBars>) {
  return (
    <Suspense fallback={<Skeleton h={160} />}>
      <AgencyBars {...props} />
    </Suspense>
  );
}

export function LazyIndexBarChart(props: ComponentProps<typeof IndexBars>) {
  return (
    <Suspense fallback={<Skeleton h={180} />}>
      <IndexBars {...props} />
    </Suspense>
  );
}
