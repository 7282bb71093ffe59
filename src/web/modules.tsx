import type { WebModule } from './module-types';
import { homeModule } from './home';

/**
 * The module registry: every page of the app comes from one of these. Adding a module is one
 * line here; its folder exports `{ routes, nav }` (see docs/web.md).
 */
export const modules: WebModule[] = [
  homeModule,
];
