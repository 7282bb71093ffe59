import type { WebModule } from '../module-types';
import { CompliancePage } from './compliance-page';
import { ObligationPage } from './obligation-page';

export const complianceModule: WebModule = {
  routes: [
    { path: 'compliance', element: <CompliancePage /> },
    { path: 'compliance/obligations/:regulation/:ref', element: <ObligationPage /> },
  ],
  nav: [{ labelKey: 'compliance-ui.title', path: '/compliance', permission: 'compliance.read' }],
};
