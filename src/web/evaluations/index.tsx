import type { WebModule } from '../module-types';
import { CycleListPage } from './cycle-list-page';
import { CyclePage } from './cycle-page';
import { IndicatorPage } from './indicator-page';
import { ResultsPage } from './results-page';
import { InternalPoliciesPage } from './internal-policies-page';
import { PeriodicReportsPage } from './periodic-reports-page';

export const evaluationsModule: WebModule = {
  routes: [
    { path: 'evaluations', element: <CycleListPage /> },
    { path: 'evaluations/:id', element: <CyclePage /> },
    { path: 'evaluations/:id/results', element: <ResultsPage /> },
    { path: 'evaluations/:id/indicators/:number', element: <IndicatorPage /> },
    { path: 'internal-policies', element: <InternalPoliciesPage /> },
    { path: 'periodic-reports', element: <PeriodicReportsPage /> },
  ],
  nav: [
    { labelKey: 'evaluations.title', path: '/evaluations', permission: 'evaluation.read' },
    { labelKey: 'evaluations.ui.policy.title', path: '/internal-policies', permission: 'internalPolicy.read' },
    { labelKey: 'evaluations.ui.reports.title', path: '/periodic-reports', permission: 'periodicReport.read' },
  ],
};
