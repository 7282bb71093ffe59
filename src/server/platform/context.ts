import type { Logger } from './logger';
import type { DB } from './db/database';
import type { Locale } from '../../i18n/format';
import type { Actor } from './policy/actor';
import type { Config } from './config';
import type { FileStore } from './files/file-store';

/** Everything a service function needs about who is asking, passed explicitly. */
export interface RequestContext {
  tenantId: string;
  actor: Actor | null;
  locale: Locale;
  requestId: string;
  log: Logger;
}

/** The long-lived parts of the app, built once at start-up and handed to routes. */
export interface AppDeps {
  config: Config;
  db: DB;
  log: Logger;
  files: FileStore;
}
