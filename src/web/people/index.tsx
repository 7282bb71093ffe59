import type { WebModule } from '../module-types';
import { PeopleListPage } from './people-list-page';
import { PersonCreatePage } from './person-create-page';
import { PersonPage } from './person-page';

export const peopleModule: WebModule = {
  routes: [
    { path: 'people', element: <PeopleListPage /> },
    { path: 'people/new', element: <PersonCreatePage /> },
    { path: 'people/:id', element: <PersonPage /> },
  ],
  nav: [{ labelKey: 'web.people.title', path: '/people', permission: 'user.list' }],
};
