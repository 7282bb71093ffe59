import type { ComponentType, ReactElement, ReactNode } from 'react';

/** One entry in the navbar; hidden unless the session has `permission` (the server still checks). */
export interface NavItem {
  labelKey: string;
  path: string;
  permission?: string;
  /** a small count beside the label (e.g. requests awaiting me) */
  badge?: ComponentType;
  /** a finer "can this person act here" than a permission (a queue only its reviewers work): renders its children or nothing */
  gate?: ComponentType<{ children: ReactNode }>;
}

/** A page of a module, mounted inside the app shell at `path` (relative, e.g. `agencies/:id`). */
export interface ModuleRoute {
  path: string;
  element: ReactElement;
}

/** What each module folder (src/web/<module>/index.tsx) exports for the registry. */
export interface WebModule {
  routes: ModuleRoute[];
  nav: NavItem[];
  /** widgets in the header beside the language switch (e.g. the notification bell) */
  header?: ComponentType[];
}
