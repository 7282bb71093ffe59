import type { WebModule } from '../module-types';
import { AuditPage } from './audit-page';

export const auditModule: WebModule = {
  routes: [{ path: 'audit', element: <AuditPage /> }],
  nav: [{ labelKey: 'web.audit.title', path: '/audit', permission: 'audit.readAll' }],
};
