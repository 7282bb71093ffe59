import type { WebModule } from './module-types';
import { homeModule } from './home';
import { agenciesModule } from './agencies';
import { applicationsModule } from './applications';
import { peopleModule } from './people';
import { auditModule } from './audit';
import { complianceModule } from './compliance';
import { datasetsModule } from './datasets';
import { domainsModule } from './domains';
import { ictAssetsModule } from './ict-assets';
import { evaluationsModule } from './evaluations';
import { requestsModule } from './requests';
import { settingsModule } from './settings';

/**
 * The module registry: every page of the app comes from one of these. Adding a module is one
 * line here; its folder exports `{ routes, nav }` (see docs/web.md). Order = navbar order.
 */
export const modules: WebModule[] = [
  homeModule,
  agenciesModule,
  applicationsModule,
  datasetsModule,
  domainsModule,
  ictAssetsModule,
  requestsModule,
  complianceModule,
  evaluationsModule,
  peopleModule,
  auditModule,
  settingsModule,
];
