import type { WebModule } from '../module-types';
import { HomePage } from './home-page';

export const homeModule: WebModule = {
  routes: [{ path: '', element: <HomePage /> }],
  nav: [{ labelKey: 'web.nav.home', path: '/' }],
};
