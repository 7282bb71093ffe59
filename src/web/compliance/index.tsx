import type { WebModule } from '../module-types';
import { CompliancePage } from './compliance-page';
import { ObligationPage } from './obligation-page';
import { AttestationQueuePage } from '../attestations/queue-page';

export const complianceModule: WebModule = {
  routes: [
    { path: 'compliance', element: <CompliancePage /> },
    { path: 'compliance/obligations/:regulation/:ref', element: <ObligationPage /> },
    { path: 'compliance/attestations', element: <AttestationQueuePage /> },
  ],
  nav: [
    { labelKey: 'compliance-ui.title', path: '/compliance', permission: 'compliance.read' },
    { labelKey: 'attestations.queue.title', path: '/compliance/attestations', permission: 'attestation.verify' },
  ],
};
